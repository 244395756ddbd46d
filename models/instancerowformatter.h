// InstanceRowFormatter: what InstanceTableModel::data() answers for one row, column and role —
// display text, tooltips, the stale font, and the raw values behind the custom roles.
#pragma once

#include "instancestore.h"

#include <QFont>
#include <QHash>
#include <QVariant>

class InstanceRowFormatter
{
public:
    explicit InstanceRowFormatter(const InstanceStore &store);

    QVariant data(const InstanceStore::Row &row, int column, int role) const;

    // Plain-text explanation of why a row is stale, for tooltips and the health strip.
    static QString staleReason(const FetchError &error);
    static QDateTime dateTimeOf(qint64 ms);
    static QString columnTitle(int column);
    static QHash<int, QByteArray> customRoleNames();

private:
    QVariant displayData(const InstanceStore::Row &row, const InstanceStore::Scope &scope,
                         int column) const;
    QVariant sortData(const InstanceStore::Row &row, const InstanceStore::Scope &scope,
                      int column) const;
    QVariant toolTipData(const InstanceStore::Row &row, const InstanceStore::Scope &scope,
                         int column) const;

    const InstanceStore &m_store;
    QFont m_staleFont;
};
