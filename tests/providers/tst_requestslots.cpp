// RequestSlots: the global and per-account caps, FIFO order without one busy account holding
// up the others, grants always from the event loop, release and withdrawal, and owners that
// disappear while waiting.
#include "requestslots.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_RequestSlots : public QObject
{
    Q_OBJECT

private slots:
    void perHostCapLetsOtherHostsThrough();
    void perHostCapHoldsPerLane();
    void grantsAreNeverSynchronous();
    void globalCap();
    void accountCapDoesNotBlockOthers();
    void releaseWithdrawsAWaiter();
    void releaseTwiceIsHarmless();
    void deadOwnerGivesTheSlotBack();
    void raisingTheLimitGrantsWaiters();
};

void tst_RequestSlots::grantsAreNeverSynchronous()
{
    RequestSlots slotsUnderTest(4);
    QObject owner;
    bool granted = false;
    slotsUnderTest.acquire(u"a"_s, 4, &owner, [&] { granted = true; });
    QVERIFY(!granted);
    QCOMPARE(slotsUnderTest.inFlight(), 1); // counted at once, delivered later
    QVERIFY(QTest::qWaitFor([&] { return granted; }, 1000));
}

void tst_RequestSlots::globalCap()
{
    RequestSlots limiter(3);
    QObject owner;
    QList<int> order;
    QList<RequestSlots::Ticket> tickets;
    for (int i = 0; i < 5; ++i)
        tickets.append(
            limiter.acquire(u"acct%1"_s.arg(i), 10, &owner, [&order, i] { order.append(i); }));
    QVERIFY(QTest::qWaitFor([&] { return order.size() == 3; }, 1000));
    QTest::qWait(20);
    QCOMPARE(order, (QList<int> { 0, 1, 2 }));
    QCOMPARE(limiter.inFlight(), 3);
    QCOMPARE(limiter.waiting(), 2);
    limiter.release(tickets.at(1));
    QVERIFY(QTest::qWaitFor([&] { return order.size() == 4; }, 1000));
    QCOMPARE(order.last(), 3);
    QCOMPARE(limiter.peakInFlight(), 3);
}

void tst_RequestSlots::accountCapDoesNotBlockOthers()
{
    RequestSlots limiter(10);
    QObject owner;
    QStringList granted;
    const auto first = limiter.acquire(u"busy"_s, 2, &owner, [&] { granted.append(u"busy1"_s); });
    limiter.acquire(u"busy"_s, 2, &owner, [&] { granted.append(u"busy2"_s); });
    limiter.acquire(u"busy"_s, 2, &owner, [&] { granted.append(u"busy3"_s); });
    limiter.acquire(u"calm"_s, 2, &owner, [&] { granted.append(u"calm1"_s); });
    QVERIFY(QTest::qWaitFor([&] { return granted.size() == 3; }, 1000));
    QTest::qWait(20);
    QCOMPARE(granted, (QStringList { u"busy1"_s, u"busy2"_s, u"calm1"_s }));
    QCOMPARE(limiter.inFlight(u"busy"_s), 2);
    limiter.release(first);
    QVERIFY(QTest::qWaitFor([&] { return granted.size() == 4; }, 1000));
    QCOMPARE(granted.last(), u"busy3"_s);
    QCOMPARE(limiter.peakInFlight(u"busy"_s), 2);
}

void tst_RequestSlots::releaseWithdrawsAWaiter()
{
    RequestSlots limiter(1);
    QObject owner;
    int grants = 0;
    const auto held = limiter.acquire(u"a"_s, 1, &owner, [&] { ++grants; });
    const auto waiting = limiter.acquire(u"a"_s, 1, &owner, [&] { grants += 100; });
    QVERIFY(QTest::qWaitFor([&] { return grants == 1; }, 1000));
    limiter.release(waiting);
    QCOMPARE(limiter.waiting(), 0);
    limiter.release(held);
    QTest::qWait(20);
    QCOMPARE(grants, 1);
    QCOMPARE(limiter.inFlight(), 0);
}

void tst_RequestSlots::releaseTwiceIsHarmless()
{
    RequestSlots limiter(2);
    QObject owner;
    const auto t = limiter.acquire(u"a"_s, 2, &owner, [] {});
    limiter.release(t);
    limiter.release(t);
    limiter.release(12345);
    QCOMPARE(limiter.inFlight(), 0);
    QCOMPARE(limiter.inFlight(u"a"_s), 0);
}

void tst_RequestSlots::deadOwnerGivesTheSlotBack()
{
    RequestSlots limiter(1);
    bool later = false;
    {
        QObject owner;
        limiter.acquire(u"a"_s, 1, &owner, [] { QFAIL("granted to a destroyed owner"); });
    } // destroyed before the grant is delivered
    QObject survivor;
    limiter.acquire(u"b"_s, 1, &survivor, [&] { later = true; });
    QVERIFY(QTest::qWaitFor([&] { return later; }, 1000));
    QCOMPARE(limiter.inFlight(), 1);
}

void tst_RequestSlots::raisingTheLimitGrantsWaiters()
{
    RequestSlots limiter(1);
    QObject owner;
    int grants = 0;
    for (int i = 0; i < 3; ++i)
        limiter.acquire(u"a%1"_s.arg(i), 1, &owner, [&] { ++grants; });
    QVERIFY(QTest::qWaitFor([&] { return grants == 1; }, 1000));
    QSignalSpy changed(&limiter, &RequestSlots::usageChanged);
    limiter.setGlobalLimit(3);
    QVERIFY(QTest::qWaitFor([&] { return grants == 3; }, 1000));
    QVERIFY(changed.size() >= 1);
}

void tst_RequestSlots::perHostCapLetsOtherHostsThrough()
{
    RequestSlots limiter(16);
    QObject owner;
    QStringList granted;
    const QString busy = u"http://127.0.0.1:1"_s;
    const QString calm = u"http://127.0.0.1:2"_s;
    for (int i = 0; i < RequestSlots::perHostLimit + 2; ++i)
        limiter.acquire(u"acct%1"_s.arg(i), 4, busy, &owner, [&] { granted.append(u"busy"_s); });
    limiter.acquire(u"other"_s, 4, calm, &owner, [&] { granted.append(u"calm"_s); });
    QTRY_COMPARE(granted.size(), RequestSlots::perHostLimit + 1);
    QCOMPARE(granted.count(u"busy"_s), RequestSlots::perHostLimit);
    QCOMPARE(granted.count(u"calm"_s), 1); // not held up behind the host at its cap
    QCOMPARE(limiter.inFlightToHost(busy), RequestSlots::perHostLimit);
    QCOMPARE(limiter.waiting(), 2);
}

void tst_RequestSlots::perHostCapHoldsPerLane()
{
    QCOMPARE(RequestSlots::lanesFor(16), 3);
    QCOMPARE(RequestSlots::lanesFor(6), 1);
    QCOMPARE(RequestSlots::lanesFor(1), 1);
    RequestSlots limiter(16);
    limiter.setLanes(2);
    QObject owner;
    const QString host = u"http://127.0.0.1:1"_s;
    QList<RequestSlots::Ticket> tickets;
    QList<RequestSlots::Ticket> granted;
    for (int i = 0; i < 2 * RequestSlots::perHostLimit + 1; ++i) {
        const RequestSlots::Ticket t =
            limiter.acquire(u"acct%1"_s.arg(i), 4, host, &owner,
                            [&granted, &tickets, i] { granted.append(tickets.at(i)); });
        tickets.append(t);
    }
    QTRY_COMPARE(granted.size(), 2 * RequestSlots::perHostLimit);
    QCOMPARE(limiter.waiting(), 1);
    QCOMPARE(limiter.inFlightToHost(host), 2 * RequestSlots::perHostLimit);
    // Lane 0 is filled before lane 1.
    for (int i = 0; i < granted.size(); ++i)
        QCOMPARE(limiter.lane(tickets.at(i)), i < RequestSlots::perHostLimit ? 0 : 1);
    // A slot given back on lane 0 goes to the waiter, on lane 0.
    limiter.release(tickets.at(2));
    QTRY_COMPARE(granted.size(), 2 * RequestSlots::perHostLimit + 1);
    QCOMPARE(limiter.lane(tickets.last()), 0);
    QCOMPARE(limiter.lane(tickets.at(2)), 0); // released: unknown, 0
}

QTEST_GUILESS_MAIN(tst_RequestSlots)
#include "tst_requestslots.moc"
