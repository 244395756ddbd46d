// Each state has its own phrase ("%1 running") so that translations are whole phrases.
#include "summaryline.h"

SummaryLine::SummaryLine(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Summary"));
}

void SummaryLine::setCounts(const QHash<InstanceState, int> &byState, int accounts,
                            int staleAccounts, int shown, int total)
{
    QString text = compose(byState, accounts, staleAccounts, locale());
    if (shown >= 0)
        text +=
            u' ' + tr("— showing %1 of %2").arg(locale().toString(shown), locale().toString(total));
    if (text != this->text())
        setText(text);
}

QString SummaryLine::statePhrase(InstanceState state, int count, const QLocale &locale)
{
    const QString n = locale.toString(count);
    switch (state) {
    case InstanceState::Pending:
        return tr("%1 pending").arg(n);
    case InstanceState::Starting:
        return tr("%1 starting").arg(n);
    case InstanceState::Running:
        return tr("%1 running").arg(n);
    case InstanceState::Stopping:
        return tr("%1 stopping").arg(n);
    case InstanceState::Stopped:
        return tr("%1 stopped").arg(n);
    case InstanceState::Rebooting:
        return tr("%1 rebooting").arg(n);
    case InstanceState::Maintenance:
        return tr("%1 in maintenance").arg(n);
    case InstanceState::Error:
        return tr("%1 error").arg(n);
    case InstanceState::Deleting:
        return tr("%1 deleting").arg(n);
    case InstanceState::Deleted:
        return tr("%1 deleted").arg(n);
    case InstanceState::Unknown:
        return tr("%1 unknown").arg(n);
    }
    return n;
}

QString SummaryLine::compose(const QHash<InstanceState, int> &byState, int accounts,
                             int staleAccounts, const QLocale &locale)
{
    QStringList parts;
    for (InstanceState s : { InstanceState::Running, InstanceState::Stopped, InstanceState::Error })
        parts.append(statePhrase(s, byState.value(s), locale));
    for (InstanceState s : allInstanceStates) {
        if (s == InstanceState::Running || s == InstanceState::Stopped || s == InstanceState::Error)
            continue;
        if (const int n = byState.value(s))
            parts.append(statePhrase(s, n, locale));
    }
    QString accountsPart = tr("%n account(s)", nullptr, accounts);
    if (staleAccounts > 0)
        accountsPart = tr("%1, %2 stale").arg(accountsPart, locale.toString(staleAccounts));
    return tr("%1 — %2").arg(parts.join(tr(" · ")), accountsPart);
}
