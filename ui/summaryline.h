// SummaryLine: one line over the table — "1,204 running · 12 stopped · 3 error — 4 accounts,
// 1 stale" — with numbers in the user's locale. Running, stopped and error are always shown;
// other states only when some instance is in them.
#pragma once

#include "instancestate.h"

#include <QHash>
#include <QLabel>
#include <QLocale>

class SummaryLine : public QLabel
{
    Q_OBJECT

public:
    explicit SummaryLine(QWidget *parent = nullptr);

    // `shown` is how many rows the filters let through, or -1 when nothing is filtered.
    void setCounts(const QHash<InstanceState, int> &byState, int accounts, int staleAccounts,
                   int shown = -1, int total = 0);

    static QString compose(const QHash<InstanceState, int> &byState, int accounts,
                           int staleAccounts, const QLocale &locale = QLocale());
    static QString statePhrase(InstanceState state, int count, const QLocale &locale);
};
