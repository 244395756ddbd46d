// MainWindow: the instance table over its filter proxy, the filter side panel, the search box,
// the summary line, the account-health strip, the tray and the empty state shown before any
// account exists. It talks to nothing on the network: the app feeds it (the model it is given,
// setScopeHealth) and listens to what the user asks for (the signals below).
#pragma once

#include "filterpanel.h"
#include "instancekey.h"
#include "instancestate.h"
#include "scopehealth.h"
#include "transitiondigest.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>

#include <memory>

class EmptyState;
class HealthStrip;
class InstanceFilterProxy;
class InstanceTableModel;
class InstanceTableView;
class MainActions;
class QAction;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTimer;
class SummaryLine;
class TrayNotifier;
class UiSettings;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The model stays the caller's; the window keeps its own proxy, settings and tray.
    explicit MainWindow(InstanceTableModel *model = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the app reads at start-up (and after pollIntervalChanged).
    int pollSeconds() const;
    bool startsMinimized() const; // setting on and a tray to minimise to
    // Shows the window, or only the tray icon when the user chose to start minimised.
    void showAccordingToSettings();

    // Parts, for the app's wiring and for tests.
    InstanceFilterProxy *proxy() const { return m_proxy; }
    InstanceTableView *table() const { return m_table; }
    FilterPanel *filterPanel() const { return m_filters; }
    HealthStrip *healthStrip() const { return m_health; }
    SummaryLine *summaryLine() const { return m_summary; }
    TrayNotifier *tray() const { return m_tray; }
    EmptyState *emptyState() const { return m_empty; }
    QLineEdit *searchBox() const { return m_search; }
    UiSettings *settings() const { return m_settings.get(); }
    MainActions *actions() const { return m_actions; }
    bool isShowingEmptyState() const;

public slots:
    // The poller's view of one scope; the strip, the summary and the tray follow it.
    void setScopeHealth(const ScopeHealth &health);
    void setAllScopeHealth(const QList<ScopeHealth> &health);
    void removeAccount(const QString &accountId);
    // Display names by account id (also passed on to the model).
    void setAccountNames(const QHash<QString, QString> &names);
    // Whether any account is configured: without one the window shows the empty state.
    void setHasAccounts(bool hasAccounts);
    // Reflects the poller's state in the pause action (no signal is emitted).
    void setPaused(bool paused);
    void showSettings();
    void showAbout();
    void exportView(const QString &format = QString()); // "csv", "json" or ask
    // Writes the rows shown; returns what went wrong in plain words, empty on success.
    QString exportTo(const QString &fileName, const QString &format);
    void saveLayout();

signals:
    void refreshRequested(); // F5
    void pauseRequested(bool paused); // the pause toggle
    void pollIntervalChanged(int seconds); // the settings dialog changed it
    void accountsDialogRequested(); // Accounts ▸ Manage accounts…, health strip
    void addAccountRequested();
    void importRequested(); // import from the clouds' CLI profiles
    void demoRequested(); // "Try the demo"
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createTablePage();
    void restoreLayout();
    void applyFilters();
    void scheduleCounts();
    void updateCounts();
    void updatePage();
    void onTransition(const InstanceKey &key, InstanceState from, InstanceState to);
    void toggleWindow();

    InstanceTableModel *m_model = nullptr;
    InstanceFilterProxy *m_proxy = nullptr;
    std::unique_ptr<UiSettings> m_settings;
    InstanceTableView *m_table = nullptr;
    FilterPanel *m_filters = nullptr;
    QLineEdit *m_search = nullptr;
    SummaryLine *m_summary = nullptr;
    HealthStrip *m_health = nullptr;
    EmptyState *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    TrayNotifier *m_tray = nullptr;
    QTimer *m_countsTimer = nullptr;
    MainActions *m_actions = nullptr;
    bool m_hasAccounts = false;
    bool m_quitting = false;
};
