// The strip is rebuilt from m_health on every change (a handful of pills: cheap), reusing the
// pill widgets so that keyboard focus stays where it was. One timer refreshes the ages.
#include "healthstrip.h"

#include "flowlayout.h"
#include "healthdetailsdialog.h"
#include "healthpill.h"
#include "scopehealthtext.h"
#include "uiicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace {

// Lower is worse: what the user must act on comes first, then what Fleetwatch is retrying.
int severity(const ScopeHealth &h)
{
    using S = ScopeHealth::Status;
    if (ScopeHealthText::needsAttention(h))
        return 0;
    switch (h.status) {
    case S::Failing:
    case S::Unreachable:
        return 1;
    case S::Throttled:
        return 2;
    case S::Ok:
        return h.stale ? 3 : (h.detailsError ? 4 : 9);
    case S::Waiting:
        return 7;
    case S::Paused:
        return 8;
    default:
        return 5;
    }
}

bool isProblem(const ScopeHealth &h)
{
    return severity(h) < 7;
}

} // namespace

HealthStrip::HealthStrip(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(6);
    m_title = new QLabel(tr("Accounts:"), this);
    m_title->setTextFormat(Qt::PlainText);
    // As tall as a pill, so the label lines up with the first row of pills.
    m_title->setMinimumHeight(fontMetrics().height() + 8);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_title, 0, Qt::AlignTop);
    auto *pills = new QWidget(this);
    pills->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_pillLayout = new FlowLayout(pills, 6);
    layout->addWidget(pills, 1);
    m_all = new QToolButton(this);
    m_all->setText(tr("All &scopes…"));
    m_all->setToolTip(tr("Every account and region with its status, errors and request ids"));
    m_all->setIcon(UiIcons::named(QStringLiteral("health-details")));
    m_all->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_all->setAutoRaise(true);
    connect(m_all, &QToolButton::clicked, this, [this] { showDetails(); });
    layout->addWidget(m_all, 0, Qt::AlignTop);

    m_ageTimer = new QTimer(this);
    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, &HealthStrip::rebuild);
    setVisible(false);
}

HealthStrip::~HealthStrip() = default;

void HealthStrip::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    rebuild();
}

QDateTime HealthStrip::now() const
{
    return m_clock();
}

void HealthStrip::setHealth(const QList<ScopeHealth> &health)
{
    m_health.clear();
    for (const ScopeHealth &h : health)
        m_health.insert(h.scope, h);
    rebuild();
}

void HealthStrip::updateHealth(const ScopeHealth &health)
{
    m_health.insert(health.scope, health);
    rebuild();
}

void HealthStrip::removeScope(const ScopeKey &scope)
{
    if (m_health.remove(scope))
        rebuild();
}

void HealthStrip::removeAccount(const QString &accountId)
{
    const bool removed =
        m_health.removeIf([&](const auto &it) { return it.key().accountId == accountId; });
    if (removed)
        rebuild();
}

void HealthStrip::setAccountNames(const QHash<QString, QString> &names)
{
    m_accountNames = names;
    rebuild();
}

QString HealthStrip::accountName(const QString &accountId) const
{
    return m_accountNames.value(accountId, accountId);
}

QList<ScopeHealth> HealthStrip::health() const
{
    QList<ScopeHealth> all = m_health.values();
    std::sort(all.begin(), all.end(), [this](const ScopeHealth &a, const ScopeHealth &b) {
        const int sa = severity(a), sb = severity(b);
        if (sa != sb)
            return sa < sb;
        const QString na = accountName(a.scope.accountId), nb = accountName(b.scope.accountId);
        const int byName = QString::localeAwareCompare(na, nb);
        if (byName != 0)
            return byName < 0;
        return a.scope < b.scope;
    });
    return all;
}

int HealthStrip::accountCount() const
{
    QSet<QString> accounts;
    for (const ScopeHealth &h : m_health)
        accounts.insert(h.scope.accountId);
    return int(accounts.size());
}

int HealthStrip::staleAccountCount() const
{
    QSet<QString> stale;
    for (const ScopeHealth &h : m_health) {
        if (h.stale || (isProblem(h) && h.status != ScopeHealth::Status::Ok))
            stale.insert(h.scope.accountId);
    }
    return int(stale.size());
}

QList<HealthPill *> HealthStrip::pills() const
{
    QList<HealthPill *> visible;
    for (HealthPill *pill : m_pills) {
        if (!pill->isHidden())
            visible.append(pill);
    }
    return visible;
}

HealthPill *HealthStrip::pillAt(int index)
{
    while (m_pills.size() <= index) {
        auto *pill = new HealthPill(m_pillLayout->parentWidget());
        const int i = int(m_pills.size());
        connect(pill, &HealthPill::clicked, this, [this, i] {
            showDetails(i < m_pillScopes.size() ? m_pillScopes.at(i) : ScopeKey {});
        });
        m_pillLayout->addWidget(pill);
        m_pills.append(pill);
    }
    return m_pills.at(index);
}

void HealthStrip::rebuild()
{
    const QDateTime at = now();
    const QList<ScopeHealth> all = health();
    int used = 0;
    m_pillScopes.clear();

    QList<ScopeHealth> fine;
    QList<ScopeHealth> waiting;
    int problems = 0;
    for (const ScopeHealth &h : all) {
        if (!isProblem(h)) {
            (h.status == ScopeHealth::Status::Ok ? fine : waiting).append(h);
            continue;
        }
        ++problems;
        if (used >= maxProblemPills)
            continue;
        const QString account = accountName(h.scope.accountId);
        const QString label = pillLabel(h, at);
        const StateColors::Tone tone =
            StateColors::toneOf(h.status, h.stale || h.detailsError.has_value());
        pillAt(used)->setContent(UiIcons::health(h.status, h.stale, h.detailsError.has_value(),
                                                 StateColors::accent(tone, palette())),
                                 tone, label, ScopeHealthText::explanation(h, account, at),
                                 ScopeHealthText::details(h, account, at));
        m_pillScopes.append(h.scope);
        ++used;
    }
    if (problems > maxProblemPills) {
        const int more = problems - maxProblemPills;
        pillAt(used)->setContent(UiIcons::named(QStringLiteral("health-details")),
                                 StateColors::Tone::Warning,
                                 tr("+%n more with problems", nullptr, more),
                                 tr("Show every account and region with its status"), {});
        m_pillScopes.append(ScopeKey {});
        ++used;
    }
    auto group = [&](const QList<ScopeHealth> &scopes, const QString &text, const QIcon &icon,
                     StateColors::Tone tone) {
        QStringList lines;
        for (const ScopeHealth &h : scopes.mid(0, 30))
            lines.append(pillLabel(h, at));
        if (scopes.size() > 30)
            lines.append(tr("and %n more", nullptr, int(scopes.size() - 30)));
        pillAt(used)->setContent(icon, tone, text, lines.join(u'\n'), lines.join(u'\n'));
        m_pillScopes.append(ScopeKey {});
        ++used;
    };
    if (!fine.isEmpty()) {
        qint64 oldest = 0;
        for (const ScopeHealth &h : fine) {
            if (h.lastSuccess.isValid())
                oldest = std::max(oldest, h.lastSuccess.secsTo(at));
        }
        const QString text = fine.size() == 1
            ? pillLabel(fine.first(), at)
            : tr("%n scope(s) OK · refreshed within %1", nullptr, int(fine.size()))
                  .arg(ScopeHealthText::duration(oldest));
        group(fine, text,
              UiIcons::named(QStringLiteral("health-ok"),
                             StateColors::accent(StateColors::Tone::Good, palette())),
              StateColors::Tone::Good);
    }
    if (!waiting.isEmpty()) {
        const bool paused = waiting.first().status == ScopeHealth::Status::Paused;
        group(waiting,
              paused ? tr("%n scope(s) paused", nullptr, int(waiting.size()))
                     : tr("%n scope(s) waiting for a first listing", nullptr, int(waiting.size())),
              UiIcons::named(paused ? QStringLiteral("pause") : QStringLiteral("health-waiting")),
              StateColors::Tone::Muted);
    }
    for (int i = 0; i < m_pills.size(); ++i)
        m_pills.at(i)->setVisible(i < used);

    setVisible(!m_health.isEmpty());
    if (m_health.isEmpty())
        m_ageTimer->stop();
    else if (!m_ageTimer->isActive())
        m_ageTimer->start();
    if (m_dialog)
        m_dialog->setHealth(all, m_accountNames, at);
    const std::pair<int, int> counts { accountCount(), staleAccountCount() };
    if (counts != m_lastCounts) {
        m_lastCounts = counts;
        emit summaryChanged();
    }
}

QString HealthStrip::pillLabel(const ScopeHealth &h, const QDateTime &at) const
{
    const QString account = ScopeHealthText::serverText(accountName(h.scope.accountId), 40);
    // A healthy scope whose details call fails: the failure is the news, not the "OK".
    const QString what = h.status == ScopeHealth::Status::Ok && !h.stale && h.detailsError
        ? tr("Details unavailable")
        : ScopeHealthText::headline(h, at);
    if (h.scope.region.isEmpty())
        return tr("%1 — %2").arg(account, what);
    return tr("%1 · %2 — %3").arg(account, ScopeHealthText::where(h), what);
}

void HealthStrip::showDetails(const ScopeKey &focus)
{
    if (!m_dialog) {
        m_dialog = new HealthDetailsDialog(window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &HealthDetailsDialog::accountsRequested, this,
                &HealthStrip::accountsRequested);
    }
    m_dialog->setHealth(health(), m_accountNames, now());
    m_dialog->select(focus);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}
