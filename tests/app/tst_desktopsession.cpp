// The window mode as `fleetwatch --demo` runs it: the real DesktopSession (stores, poller,
// model, window) on the in-process emulator's demo fleet. Within seconds the table shows the
// whole fleet, every scope is healthy, and the demo wrote nothing to the accounts file,
// the keychain or the user's settings.
#include "desktopsession.h"
#include "emulator.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "mainwindow.h"
#include "poller.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_DesktopSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void demoShowsTheLiveFleet();
};

void tst_DesktopSession::demoShowsTheLiveFleet()
{
    const QString userSettings = QSettings().fileName();
    QFile::remove(userSettings);

    CommandLine options;
    options.demo = true;
    DesktopSession session(options);
    QVERIFY2(session.start(), qPrintable(session.errorString()));
    session.show();
    MainWindow *window = session.window();
    QVERIFY(!window->isShowingEmptyState());

    const int fleetSize = session.demo()->config().totalInstances();
    QTRY_COMPARE_WITH_TIMEOUT(session.model()->rowCount(), fleetSize, 15000);
    QCOMPARE(window->proxy()->rowCount(), fleetSize);
    for (const ScopeHealth &health : session.poller()->allHealth())
        QCOMPARE(health.status, ScopeHealth::Status::Ok);
    // Names arrive from the details calls.
    QTRY_VERIFY_WITH_TIMEOUT(session.model()->detailsAt(0).has_value(), 15000);

    // F5 refreshes through the poller: the emulator sees new status requests.
    const qint64 before = session.demo()->totalRequests();
    emit window->refreshRequested();
    QTRY_VERIFY_WITH_TIMEOUT(session.demo()->totalRequests() > before, 5000);

    // Nothing of the demo lands in the user's own settings file.
    window->saveLayout();
    QVERIFY(!QFile::exists(userSettings));
}

QTEST_MAIN(tst_DesktopSession)
#include "tst_desktopsession.moc"
