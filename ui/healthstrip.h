// HealthStrip: the account-health strip under the table. One pill per scope (account +
// region) that needs a look — auth failed, clock skew, throttled (retrying in N s),
// unreachable, failing, stale, details unavailable — worst first, and one pill summing up the
// scopes that are fine ("38 scopes OK · refreshed within 12 s"). Each pill explains itself in
// plain words in its tooltip, copies the cloud's code and request id from its context menu,
// and opens the full list when clicked.
#pragma once

#include "scopehealth.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class FlowLayout;
class HealthDetailsDialog;
class HealthPill;
class QLabel;
class QTimer;
class QToolButton;

class HealthStrip : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxProblemPills = 5;

    explicit HealthStrip(QWidget *parent = nullptr);
    ~HealthStrip() override;

    void setHealth(const QList<ScopeHealth> &health); // replaces everything
    void updateHealth(const ScopeHealth &health); // one scope, added or replaced
    void removeScope(const ScopeKey &scope);
    void removeAccount(const QString &accountId);
    void setAccountNames(const QHash<QString, QString> &names);
    QString accountName(const QString &accountId) const;

    // Tests drive the clock that ages ("12 s ago") are counted from.
    void setClock(std::function<QDateTime()> clock);

    QList<ScopeHealth> health() const; // sorted worst first
    int accountCount() const;
    int staleAccountCount() const; // accounts with a stale or failing scope
    QList<HealthPill *> pills() const; // the visible ones, in order
    HealthDetailsDialog *detailsDialog() const { return m_dialog; }

public slots:
    void showDetails(const ScopeKey &focus = {});

signals:
    void summaryChanged(); // account or stale counts may have changed
    void accountsRequested(); // the user asked to fix an account (from the details dialog)

private:
    void rebuild();
    QString pillLabel(const ScopeHealth &health, const QDateTime &at) const;
    HealthPill *pillAt(int index);
    QDateTime now() const;

    QHash<ScopeKey, ScopeHealth> m_health;
    QHash<QString, QString> m_accountNames;
    std::function<QDateTime()> m_clock;
    FlowLayout *m_pillLayout = nullptr;
    QList<HealthPill *> m_pills;
    QList<ScopeKey> m_pillScopes; // the scope each problem pill stands for (empty: a group)
    QLabel *m_title = nullptr;
    QToolButton *m_all = nullptr;
    QTimer *m_ageTimer = nullptr;
    QPointer<HealthDetailsDialog> m_dialog;
    std::pair<int, int> m_lastCounts { -1, -1 };
};
