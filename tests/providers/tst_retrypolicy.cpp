// The retry schedule, value by value: throttling slows polling below its normal rate, other
// transient errors retry early then back off, hints are floors, jitter stays within ±20 %.
#include "retrypolicy.h"

#include <QTest>

using Kind = FetchError::Kind;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void throttlingWaitsLongerThanTheInterval();
    void transientErrorsRetryEarlyThenBackOff();
    void hintIsAFloor();
    void jitterStaysInBounds();
    void capped();
    void nonTransientKindsWaitForTheInterval();
};

static constexpr qint64 interval = 30'000;

void tst_RetryPolicy::throttlingWaitsLongerThanTheInterval()
{
    // random01 = 0.5 means no jitter.
    QCOMPARE(RetryPolicy::delayAfterFailure(Kind::Throttled, 1, {}, interval, 0.5), 60'000);
    QCOMPARE(RetryPolicy::delayAfterFailure(Kind::Throttled, 2, {}, interval, 0.5), 120'000);
    QCOMPARE(RetryPolicy::delayAfterFailure(Kind::Throttled, 3, {}, interval, 0.5), 240'000);
    // Even with the most negative jitter, a throttled scope is polled less often than normal.
    for (int n = 1; n < 10; ++n)
        QVERIFY(RetryPolicy::delayAfterFailure(Kind::Throttled, n, {}, interval, 0.0) > interval);
}

void tst_RetryPolicy::transientErrorsRetryEarlyThenBackOff()
{
    for (Kind kind : { Kind::Server, Kind::Network, Kind::Timeout, Kind::Malformed }) {
        QCOMPARE(RetryPolicy::delayAfterFailure(kind, 1, {}, interval, 0.5), 5'000);
        QCOMPARE(RetryPolicy::delayAfterFailure(kind, 2, {}, interval, 0.5), 10'000);
        QCOMPARE(RetryPolicy::delayAfterFailure(kind, 3, {}, interval, 0.5), 20'000);
        QCOMPARE(RetryPolicy::delayAfterFailure(kind, 4, {}, interval, 0.5), 40'000);
        QVERIFY(RetryPolicy::backsOff(kind));
    }
}

void tst_RetryPolicy::hintIsAFloor()
{
    QCOMPARE(RetryPolicy::delayAfterFailure(Kind::Throttled, 1, 300'000, interval, 0.5), 300'000);
    QCOMPARE(RetryPolicy::delayAfterFailure(Kind::Throttled, 1, 1'000, interval, 0.5), 60'000);
    QCOMPARE(RetryPolicy::delayAfterFailure(Kind::Server, 1, 7'000, interval, 0.0), 7'000);
}

void tst_RetryPolicy::jitterStaysInBounds()
{
    QCOMPARE(RetryPolicy::delayAfterFailure(Kind::Network, 1, {}, interval, 0.0), 4'000);
    QCOMPARE(RetryPolicy::delayAfterFailure(Kind::Network, 1, {}, interval, 0.999999), 5'999);
    QCOMPARE(RetryPolicy::delayAfterFailure(Kind::Network, 1, {}, interval, 7.0), 6'000);
}

void tst_RetryPolicy::capped()
{
    QCOMPARE(RetryPolicy::delayAfterFailure(Kind::Throttled, 30, {}, interval, 0.5),
             RetryPolicy::maximumDelayMs);
    QCOMPARE(RetryPolicy::delayAfterFailure(Kind::Timeout, 1000, {}, interval, 0.5),
             RetryPolicy::maximumDelayMs);
}

void tst_RetryPolicy::nonTransientKindsWaitForTheInterval()
{
    for (Kind kind : { Kind::Auth, Kind::ClockSkew, Kind::InvalidRequest }) {
        QVERIFY(!RetryPolicy::backsOff(kind));
        QCOMPARE(RetryPolicy::delayAfterFailure(kind, 3, {}, interval, 0.5), interval);
    }
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
