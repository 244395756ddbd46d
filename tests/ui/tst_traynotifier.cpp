// TrayNotifier with a driven clock: a mass event is one notification, notifications respect the
// minimum gap, the chosen transitions are the only ones announced, text from servers cannot
// become markup, and the tooltip shows the counts in the user's locale.
#include "traynotifier.h"
#include "uilanguage.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using S = InstanceState;

class tst_TrayNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void massEventIsOneNotification();
    void rateLimited();
    void onlyChosenTransitions();
    void disabledSendsNothing();
    void serverTextCannotBecomeMarkup();
    void tooltipCounts();

private:
    TransitionDigest::Event event(const QString &id, S from, S to, const QString &label = {})
    {
        return {
            { Cloud::Aliyun, u"prod"_s, u"cn-hangzhou"_s, id }, u"cn-hangzhou"_s, label, from, to
        };
    }
    QDateTime clock = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
};

void tst_TrayNotifier::initTestCase()
{
    QVERIFY(UiLanguage::install(u"en"_s));
}

void tst_TrayNotifier::massEventIsOneNotification()
{
    TrayNotifier tray;
    tray.setClock([this] { return clock; });
    QSignalSpy shown(&tray, &TrayNotifier::notificationShown);
    for (int i = 0; i < 40; ++i) {
        tray.addTransition(event(u"i-%1"_s.arg(i), S::Running, S::Stopped));
        clock = clock.addMSecs(100);
    }
    tray.flush();
    QCOMPARE(shown.size(), 0); // still settling
    clock = clock.addSecs(5);
    tray.flush();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).at(0).toString(), u"40 instances in cn-hangzhou stopped"_s);
    QVERIFY(!shown.at(0).at(2).toBool());
}

void tst_TrayNotifier::rateLimited()
{
    TrayNotifier tray;
    tray.setClock([this] { return clock; });
    QSignalSpy shown(&tray, &TrayNotifier::notificationShown);
    // Ten minutes of one failure every 3 s: at most one notification a minute.
    for (int i = 0; i < 200; ++i) {
        tray.addTransition(event(u"e-%1"_s.arg(i), S::Running, S::Error));
        clock = clock.addSecs(3);
        tray.flush();
    }
    QVERIFY2(shown.size() >= 9 && shown.size() <= 11, qPrintable(QString::number(shown.size())));
    QVERIFY(shown.at(1).at(2).toBool()); // Error is severe
    // Every transition was announced once: the counts in the titles add up.
    int total = 0;
    for (const auto &args : shown)
        total += args.at(0).toString().section(u' ', 0, 0).toInt();
    clock = clock.addSecs(120);
    tray.flush();
    total += shown.last().at(0).toString().section(u' ', 0, 0).toInt();
    QCOMPARE(total, 200);
}

void tst_TrayNotifier::onlyChosenTransitions()
{
    TrayNotifier tray;
    tray.setClock([this] { return clock; });
    QSignalSpy shown(&tray, &TrayNotifier::notificationShown);
    tray.addTransition(event(u"a"_s, S::Stopped, S::Starting));
    tray.addTransition(event(u"b"_s, S::Starting, S::Running));
    clock = clock.addSecs(10);
    tray.flush();
    QCOMPARE(shown.size(), 0);
    TransitionDigest::Options options;
    options.triggers = TransitionDigest::Trigger::EnteredRunning;
    tray.setOptions(options);
    tray.addTransition(event(u"b"_s, S::Starting, S::Running, u"web-1"_s));
    clock = clock.addSecs(10);
    tray.flush();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).at(0).toString(), u"web-1 in cn-hangzhou started running"_s);
}

void tst_TrayNotifier::disabledSendsNothing()
{
    TrayNotifier tray;
    tray.setClock([this] { return clock; });
    tray.setEnabled(false);
    QSignalSpy shown(&tray, &TrayNotifier::notificationShown);
    tray.addTransition(event(u"a"_s, S::Running, S::Error));
    clock = clock.addSecs(100);
    tray.flush();
    QCOMPARE(shown.size(), 0);
}

void tst_TrayNotifier::serverTextCannotBecomeMarkup()
{
    TrayNotifier tray;
    tray.setClock([this] { return clock; });
    QSignalSpy shown(&tray, &TrayNotifier::notificationShown);
    tray.addTransition(
        event(u"<img src=http://x/y.png>"_s, S::Running, S::Error, u"<b>x</b> & co"_s));
    clock = clock.addSecs(10);
    tray.flush();
    QCOMPARE(shown.size(), 1);
    const QString title = shown.at(0).at(0).toString();
    const QString body = shown.at(0).at(1).toString();
    for (const QString &text : { title, body }) {
        QVERIFY2(!text.contains(u'<') && !text.contains(u'>') && !text.contains(u'&'),
                 qPrintable(text));
    }
    QCOMPARE(title, u"‹b›x‹/b› ＆ co in cn-hangzhou entered Error"_s);
    QVERIFY(body.contains(u"‹img src=http://x/y.png›"_s));
}

void tst_TrayNotifier::tooltipCounts()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TrayNotifier tray;
    tray.setCounts({ 1204, 12, 3, 1219, 1 });
    QCOMPARE(tray.toolTip(),
             u"Fleetwatch — 1,204 running · 12 stopped · 3 error\n1 account not up to date"_s);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    tray.setCounts({ 1204, 12, 3, 1219, 0 });
    QCOMPARE(tray.toolTip(), u"Fleetwatch — 1.204 running · 12 stopped · 3 error"_s);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(tst_TrayNotifier)
#include "tst_traynotifier.moc"
