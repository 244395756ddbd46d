// The window mode as `fleetwatch --demo` runs it: the real DesktopSession (stores, poller,
// model, window) on the in-process emulator's demo fleet. Within seconds the table shows the
// whole fleet, every scope is healthy, and the demo wrote nothing to the accounts file,
// the keychain or the user's settings. And the real session started on a corrupt accounts
// file: the user is told which line and field, the accounts without errors are used, and
// neither the session nor a later save changes a byte of the file.
#include "accountregistry.h"
#include "desktopsession.h"
#include "emulator.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "mainwindow.h"
#include "poller.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class tst_DesktopSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void demoShowsTheLiveFleet();
    void corruptAccountsFileIsExplainedAndKept();
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

void tst_DesktopSession::corruptAccountsFileIsExplainedAndKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"accounts.json"_s);
    // Line 4 names a cloud nobody knows; the account on line 5 is fine (its endpoint is a
    // closed loopback port, and it has no secret: nothing leaves this machine).
    const QByteArray corrupt = "{\n  \"version\": 1,\n  \"accounts\": [\n"
                               "    {\"id\": \"bad\", \"name\": \"Bad\", \"cloud\": \"aws\", "
                               "\"accessKeyId\": \"x\", \"regions\": []},\n"
                               "    {\"id\": \"good\", \"name\": \"Good\", \"cloud\": \"aliyun\", "
                               "\"accessKeyId\": \"AKGOOD\", \"regions\": [\"cn-hangzhou\"], "
                               "\"endpoint\": \"http://127.0.0.1:9\"}\n  ]\n}\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(corrupt), corrupt.size());
    }
    const auto bytesOnDisk = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
    };

    CommandLine options;
    options.accountsFile = path;
    {
        DesktopSession session(options);
        QVERIFY2(session.start(), qPrintable(session.errorString()));
        AccountRegistry *registry = session.registry();
        QVERIFY(registry);
        QVERIFY(registry->isReadOnly());
        // The account without errors is used.
        QCOMPARE(registry->ids(), QStringList { u"good"_s });

        // show() tells the user at once, in a box naming the file, the line and the field.
        QString told;
        QTimer::singleShot(0, this, [&told] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            told = box->text();
            box->accept();
        });
        session.show();
        QVERIFY2(told.contains(path), qPrintable(told));
        QVERIFY2(told.contains(u":4:"_s) && told.contains(u"cloud"_s), qPrintable(told));
        QVERIFY2(told.contains(u"Fix"_s), qPrintable(told)); // and what to do

        // A later change is refused with the same explanation, and writes nothing.
        Account added = registry->accounts().constFirst();
        added.id = u"another"_s;
        added.name = u"Another"_s;
        const AccountsSaveResult saved = registry->add(added);
        QCOMPARE(saved.status, AccountsSaveResult::Status::Refused);
        QVERIFY(!saved.errorString().isEmpty());
        QCOMPARE(registry->ids(), QStringList { u"good"_s });
        QCOMPARE(bytesOnDisk(), corrupt);
    }
    // Nor does closing the session.
    QCOMPARE(bytesOnDisk(), corrupt);
}

QTEST_MAIN(tst_DesktopSession)
#include "tst_desktopsession.moc"
