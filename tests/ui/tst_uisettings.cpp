// UiSettings: defaults, round trips through a real settings file (QStandardPaths test mode),
// values of the wrong type falling back to defaults, and a file from a newer version that is
// read but never written.
#include "uisettings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using T = TransitionDigest::Trigger;

class tst_UiSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaults();
    void roundTrip();
    void pollIntervalIsClamped();
    void noTriggersIsNotDefault();
    void wrongTypesFallBack();
    void newerVersionIsReadButNeverWritten();

private:
    QString path() const { return UiSettings().fileName(); }
};

void tst_UiSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FleetwatchTest"_s);
    QCoreApplication::setApplicationName(u"tst_uisettings"_s);
    QVERIFY(path().contains(u".qttest"_s));
}

void tst_UiSettings::init()
{
    QFile::remove(path());
}

void tst_UiSettings::defaults()
{
    UiSettings s;
    QCOMPARE(s.storedVersion(), 0);
    QVERIFY(!s.isReadOnly());
    QCOMPARE(s.pollSeconds(), 30);
    QCOMPARE(s.notifyTriggers(), TransitionDigest::Triggers(T::LeftRunning | T::EnteredError));
    QCOMPARE(s.language(), u"system"_s);
    QVERIFY(!s.startMinimized());
    QVERIFY(s.notificationsEnabled());
    QVERIFY(s.headerState().isEmpty());
    QVERIFY(s.filter(u"states"_s).isEmpty());
}

void tst_UiSettings::roundTrip()
{
    {
        UiSettings s;
        s.setPollSeconds(45);
        s.setNotifyTriggers(T::EnteredError | T::EnteredRunning);
        s.setLanguage(u"zh_CN"_s);
        s.setStartMinimized(true);
        s.setNotificationsEnabled(false);
        s.setHeaderState(QByteArray("\x00\x01header", 8));
        s.setWindowGeometry("geometry");
        s.setFilter(u"states"_s, { u"running"_s, u"error"_s });
        s.setFilter(u"regions"_s, { u"aliyun/cn-hangzhou"_s });
        s.sync();
    }
    UiSettings s;
    QCOMPARE(s.storedVersion(), UiSettings::currentVersion);
    QCOMPARE(s.pollSeconds(), 45);
    QCOMPARE(s.notifyTriggers(), TransitionDigest::Triggers(T::EnteredError | T::EnteredRunning));
    QCOMPARE(s.language(), u"zh_CN"_s);
    QVERIFY(s.startMinimized());
    QVERIFY(!s.notificationsEnabled());
    QCOMPARE(s.headerState(), QByteArray("\x00\x01header", 8));
    QCOMPARE(s.windowGeometry(), QByteArray("geometry"));
    QCOMPARE(s.filter(u"states"_s), QStringList({ u"running"_s, u"error"_s }));
    QCOMPARE(s.filter(u"regions"_s), QStringList({ u"aliyun/cn-hangzhou"_s }));
    s.setFilter(u"states"_s, {});
    QVERIFY(s.filter(u"states"_s).isEmpty());
}

void tst_UiSettings::pollIntervalIsClamped()
{
    UiSettings s;
    s.setPollSeconds(1);
    QCOMPARE(s.pollSeconds(), UiSettings::minimumPollSeconds);
    s.setPollSeconds(1'000'000);
    QCOMPARE(s.pollSeconds(), UiSettings::maximumPollSeconds);
}

void tst_UiSettings::noTriggersIsNotDefault()
{
    {
        UiSettings s;
        s.setNotifyTriggers({});
        s.sync();
    }
    QCOMPARE(UiSettings().notifyTriggers(), TransitionDigest::Triggers());
}

void tst_UiSettings::wrongTypesFallBack()
{
    {
        QSettings raw(path(), QSettings::IniFormat);
        raw.setValue(u"settingsVersion"_s, 1);
        raw.setValue(u"poll/intervalSeconds"_s, u"soon"_s);
        raw.setValue(u"ui/language"_s, u"../../etc/passwd"_s);
        raw.setValue(u"ui/startMinimized"_s, u"maybe"_s);
        raw.setValue(u"notify/triggers"_s, QStringList { u"bogus"_s, u"enteredError"_s });
        raw.setValue(u"table/header"_s, 42);
        raw.sync();
    }
    UiSettings s;
    QCOMPARE(s.pollSeconds(), 30);
    QCOMPARE(s.language(), u"system"_s);
    QVERIFY(!s.startMinimized());
    QCOMPARE(s.notifyTriggers(), TransitionDigest::Triggers(T::EnteredError));
    QVERIFY(s.headerState().isEmpty());
}

void tst_UiSettings::newerVersionIsReadButNeverWritten()
{
    {
        QSettings raw(path(), QSettings::IniFormat);
        raw.setValue(u"settingsVersion"_s, 99);
        raw.setValue(u"poll/intervalSeconds"_s, 60);
        raw.setValue(u"future/shinyThing"_s, u"keep me"_s);
        raw.sync();
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    {
        UiSettings s;
        QVERIFY(s.isReadOnly());
        QCOMPARE(s.storedVersion(), 99);
        QCOMPARE(s.pollSeconds(), 60); // understood values are used
        s.setPollSeconds(10);
        s.setHeaderState("new layout");
        s.setFilter(u"states"_s, { u"running"_s });
        s.sync();
        QCOMPARE(s.pollSeconds(), 60);
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

QTEST_GUILESS_MAIN(tst_UiSettings)
#include "tst_uisettings.moc"
