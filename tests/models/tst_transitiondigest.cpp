// TransitionDigest driven by a hand-held clock: which transitions are kept, how a mass event
// becomes one grouped notification, and that notifications never come closer than the gap.
#include "transitiondigest.h"
#include "uilanguage.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using S = InstanceState;

class tst_TransitionDigest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultTriggers_data();
    void defaultTriggers();
    void chosenTriggers();
    void massEventIsOneGroupedNotification();
    void severalGroupsInOneNotification();
    void singleInstanceNamesIt();
    void rateLimitedByMinimumGap();
    void instanceCountsOnceWithLatestTransition();
    void serverTextIsOneBoundedLine();
    void narrowingTriggersDropsPending();

private:
    static TransitionDigest::Event event(const QString &id, const QString &where, S from, S to,
                                         const QString &label = {})
    {
        return { { Cloud::Aliyun, u"prod"_s, where, id }, where, label, from, to };
    }
    const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
};

void tst_TransitionDigest::initTestCase()
{
    // English plural forms ("7 instances") come from the English catalogue, as in the app.
    QVERIFY(UiLanguage::install(u"en"_s));
}

void tst_TransitionDigest::defaultTriggers_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<S>("to");
    QTest::addColumn<bool>("kept");
    QTest::newRow("running->stopped") << S::Running << S::Stopped << true;
    QTest::newRow("running->stopping") << S::Running << S::Stopping << true;
    QTest::newRow("running->unknown") << S::Running << S::Unknown << true;
    QTest::newRow("pending->error") << S::Pending << S::Error << true;
    QTest::newRow("stopping->stopped") << S::Stopping << S::Stopped << false;
    QTest::newRow("stopped->running") << S::Stopped << S::Running << false;
    QTest::newRow("pending->starting") << S::Pending << S::Starting << false;
    QTest::newRow("error->error") << S::Error << S::Error << false;
}

void tst_TransitionDigest::defaultTriggers()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(bool, kept);
    TransitionDigest digest;
    QCOMPARE(digest.add(event(u"i-1"_s, u"cn-hangzhou"_s, from, to), t0), kept);
    QCOMPARE(digest.pendingCount(), kept ? 1 : 0);
    QCOMPARE(digest.due().has_value(), kept);
}

void tst_TransitionDigest::chosenTriggers()
{
    TransitionDigest::Options options;
    options.triggers = TransitionDigest::Trigger::EnteredRunning;
    TransitionDigest digest(options);
    QVERIFY(!digest.add(event(u"i-1"_s, u"r"_s, S::Running, S::Stopped), t0));
    QVERIFY(!digest.add(event(u"i-2"_s, u"r"_s, S::Pending, S::Error), t0));
    QVERIFY(digest.add(event(u"i-3"_s, u"r"_s, S::Starting, S::Running), t0));
    QCOMPARE(TransitionDigest::triggerName(TransitionDigest::Trigger::EnteredError),
             u"enteredError"_s);
}

void tst_TransitionDigest::massEventIsOneGroupedNotification()
{
    TransitionDigest digest; // settle 5 s
    for (int i = 0; i < 7; ++i)
        digest.add(event(u"i-%1"_s.arg(i), u"cn-hangzhou"_s, S::Running, S::Stopped),
                   t0.addMSecs(i * 500));
    QCOMPARE(*digest.due(), t0.addSecs(5));
    QVERIFY(!digest.take(t0.addMSecs(4999)));
    const auto n = digest.take(t0.addSecs(5));
    QVERIFY(n);
    QCOMPARE(n->title, u"7 instances in cn-hangzhou stopped"_s);
    QCOMPARE(n->instanceCount, 7);
    QVERIFY(!n->severe);
    QCOMPARE(n->body, u"i-0, i-1, i-2, i-3, i-4 and 2 more"_s);
    QCOMPARE(digest.pendingCount(), 0);
    QVERIFY(!digest.take(t0.addSecs(10)));
}

void tst_TransitionDigest::severalGroupsInOneNotification()
{
    TransitionDigest digest;
    for (int i = 0; i < 3; ++i)
        digest.add(event(u"a-%1"_s.arg(i), u"cn-hangzhou"_s, S::Running, S::Stopped), t0);
    digest.add(event(u"b-1"_s, u"ap-guangzhou"_s, S::Running, S::Error), t0);
    digest.add(event(u"b-2"_s, u"ap-guangzhou"_s, S::Pending, S::Error), t0);
    const auto n = digest.take(t0.addSecs(6));
    QVERIFY(n);
    QCOMPARE(n->title, u"5 instances changed state"_s);
    QCOMPARE(n->body,
             u"3 instances in cn-hangzhou stopped\n2 instances in ap-guangzhou entered Error"_s);
    QVERIFY(n->severe);
}

void tst_TransitionDigest::singleInstanceNamesIt()
{
    TransitionDigest digest;
    digest.add(event(u"i-bp67"_s, u"cn-hangzhou"_s, S::Running, S::Stopped, u"web-prod-03"_s), t0);
    const auto n = digest.take(t0.addSecs(5));
    QVERIFY(n);
    QCOMPARE(n->title, u"web-prod-03 in cn-hangzhou stopped"_s);
    QCOMPARE(n->body, u"Running → Stopped\ni-bp67"_s);
}

void tst_TransitionDigest::rateLimitedByMinimumGap()
{
    TransitionDigest digest; // gap 60 s
    digest.add(event(u"i-1"_s, u"r"_s, S::Running, S::Stopped), t0);
    QVERIFY(digest.take(t0.addSecs(5)));
    // A second wave 10 s later waits until 60 s after the first notification, gathering.
    digest.add(event(u"i-2"_s, u"r"_s, S::Running, S::Stopped), t0.addSecs(15));
    QCOMPARE(*digest.due(), t0.addSecs(65));
    digest.add(event(u"i-3"_s, u"r"_s, S::Running, S::Stopped), t0.addSecs(40));
    QVERIFY(!digest.take(t0.addSecs(21)));
    QVERIFY(!digest.take(t0.addSecs(64)));
    const auto n = digest.take(t0.addSecs(65));
    QVERIFY(n);
    QCOMPARE(n->instanceCount, 2);
    // Count notifications over a simulated storm: one transition per second for ten minutes.
    int sent = 0;
    QDateTime now = t0.addSecs(100);
    for (int s = 0; s < 600; ++s, now = now.addSecs(1)) {
        digest.add(event(u"s-%1"_s.arg(s), u"r"_s, S::Running, S::Stopped), now);
        if (digest.take(now))
            ++sent;
    }
    QVERIFY2(sent <= 10, qPrintable(QString::number(sent)));
    QVERIFY(sent >= 9);
}

void tst_TransitionDigest::instanceCountsOnceWithLatestTransition()
{
    TransitionDigest::Options options;
    options.triggers = TransitionDigest::allTriggers;
    TransitionDigest digest(options);
    digest.add(event(u"i-1"_s, u"r"_s, S::Running, S::Stopping), t0);
    digest.add(event(u"i-1"_s, u"r"_s, S::Stopping, S::Stopped), t0.addSecs(1));
    QCOMPARE(digest.pendingCount(), 1);
    const auto n = digest.take(t0.addSecs(6));
    QVERIFY(n);
    QCOMPARE(n->instanceCount, 1);
    QCOMPARE(n->title, u"i-1 in r stopped"_s);
}

void tst_TransitionDigest::serverTextIsOneBoundedLine()
{
    TransitionDigest digest;
    const QString hostile = u"evil\nname\twith <b>tags</b>"_s + QString(200, u'x');
    digest.add(event(u"i-1"_s, u"r\nx"_s, S::Running, S::Stopped, hostile), t0);
    const auto n = digest.take(t0.addSecs(5));
    QVERIFY(n);
    QVERIFY(!n->title.contains(u'\n'));
    QVERIFY(!n->title.contains(u'\t'));
    QVERIFY(n->title.size() < 120);
    // The digest produces plain text; escaping for a markup-reading notification server is the
    // tray's job, so the tags are still there, verbatim.
    QVERIFY(n->title.contains(u"<b>tags</b>"_s));
}

void tst_TransitionDigest::narrowingTriggersDropsPending()
{
    TransitionDigest digest;
    digest.add(event(u"i-1"_s, u"r"_s, S::Running, S::Stopped), t0);
    digest.add(event(u"i-2"_s, u"r"_s, S::Pending, S::Error), t0);
    TransitionDigest::Options options;
    options.triggers = TransitionDigest::Trigger::EnteredError;
    digest.setOptions(options);
    QCOMPARE(digest.pendingCount(), 1);
    options.triggers = {};
    digest.setOptions(options);
    QVERIFY(!digest.due());
}

QTEST_GUILESS_MAIN(tst_TransitionDigest)
#include "tst_transitiondigest.moc"
