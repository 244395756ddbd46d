// InstanceRowFilter: the criteria of the instance table's filter panel — sets of clouds,
// states, regions and accounts, and a free text — and the test of one row against them.
#pragma once

#include "instancestore.h"

#include <QList>
#include <QSet>
#include <QString>

struct InstanceRowFilter
{
    quint32 cloudMask = 0; // bit int(Cloud); 0 = any cloud
    quint32 stateMask = 0; // bit int(InstanceState); 0 = any state
    QSet<QString> regions; // the region shown (RegionRole); empty = any
    QSet<QString> accountIds; // empty = any
    QString text; // trimmed; matched case-insensitively in id, name and IPs (use setText)
    QString foldedText; // text, case-folded once rather than per row

    void setText(const QString &value)
    {
        text = value.trimmed();
        foldedText = text.toCaseFolded();
    }

    bool isActive() const
    {
        return cloudMask || stateMask || !regions.isEmpty() || !accountIds.isEmpty()
            || !text.isEmpty();
    }
    bool accepts(const InstanceStore &store, const InstanceStore::Row &row) const;
    // Whether every row this filter accepts is accepted by wider (this one only narrows it).
    bool isNarrowerOrEqual(const InstanceRowFilter &wider) const;
    // Whether a dataChanged with these roles may change what accepts() answers.
    bool dependsOn(const QList<int> &roles) const;

    friend bool operator==(const InstanceRowFilter &, const InstanceRowFilter &) = default;
};
