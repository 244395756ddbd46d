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

    void setCounts(const QHash<InstanceState, int> &byState, int accounts, int staleAccounts);

    static QString compose(const QHash<InstanceState, int> &byState, int accounts,
                           int staleAccounts, const QLocale &locale = QLocale());
    static QString statePhrase(InstanceState state, int count, const QLocale &locale);
};
