// ScopeHealthText: every status says what happened, where and what to do, keeps the cloud's
// code and request id verbatim, and never leaves a placeholder unfilled.
#include "scopehealthtext.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using S = ScopeHealth::Status;
using K = FetchError::Kind;

class tst_ScopeHealthText : public QObject
{
    Q_OBJECT

private slots:
    void headlines_data();
    void headlines();
    void explanationsNameAccountRegionAndAction_data();
    void explanationsNameAccountRegionAndAction();
    void authNamesTheKeyField();
    void clockSkewSaysByHowMuch();
    void detailsUnavailableIsSaid();
    void detailsCarryRequestId();
    void serverTextIsOneBoundedLine();
    void zenlayerHasNoRegion();

private:
    static ScopeHealth health(S status, std::optional<FetchError> error = std::nullopt)
    {
        ScopeHealth h;
        h.cloud = Cloud::Aliyun;
        h.scope = { u"prod"_s, u"cn-hangzhou"_s };
        h.status = status;
        h.lastError = std::move(error);
        return h;
    }
    static FetchError error(K kind, const QString &code, const QString &requestId = {})
    {
        FetchError e;
        e.kind = kind;
        e.code = code;
        e.requestId = requestId;
        e.message = u"message from the server"_s;
        return e;
    }
    const QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
};

void tst_ScopeHealthText::headlines_data()
{
    QTest::addColumn<ScopeHealth>("h");
    QTest::addColumn<QString>("expected");

    ScopeHealth ok = health(S::Ok);
    ok.lastSuccess = now.addSecs(-12);
    QTest::newRow("ok") << ok << u"OK · 12 s ago"_s;
    ScopeHealth throttled = health(S::Throttled, error(K::Throttled, u"Throttling.User"_s));
    throttled.nextAttempt = now.addSecs(8);
    QTest::newRow("throttled") << throttled << u"Throttled · retrying in 8 s"_s;
    QTest::newRow("auth") << health(S::AuthFailed, error(K::Auth, u"X"_s)) << u"Auth failed"_s;
    QTest::newRow("skew") << health(S::ClockSkew, error(K::ClockSkew, u"X"_s)) << u"Clock skew"_s;
    ScopeHealth unreachable = health(S::Unreachable, error(K::Network, {}));
    unreachable.nextAttempt = now.addSecs(125);
    unreachable.stale = true;
    unreachable.lastSuccess = now.addSecs(-600);
    QTest::newRow("unreachable, stale")
        << unreachable << u"Unreachable · retrying in 2 min · stale 10 min"_s;
    ScopeHealth details = ok;
    details.detailsError = error(K::Auth, u"Forbidden.RAM"_s);
    QTest::newRow("details") << details << u"OK · 12 s ago · details unavailable"_s;
    QTest::newRow("waiting") << health(S::Waiting) << u"Waiting for the first listing"_s;
}

void tst_ScopeHealthText::headlines()
{
    QFETCH(ScopeHealth, h);
    QFETCH(QString, expected);
    QCOMPARE(ScopeHealthText::headline(h, now), expected);
}

void tst_ScopeHealthText::explanationsNameAccountRegionAndAction_data()
{
    QTest::addColumn<ScopeHealth>("h");
    QTest::addColumn<QString>("action");
    QTest::newRow("throttled") << health(S::Throttled, error(K::Throttled, u"Throttling"_s))
                               << u"retries"_s;
    QTest::newRow("unreachable") << health(S::Unreachable, error(K::Network, u"ConnRefused"_s))
                                 << u"network"_s;
    QTest::newRow("timeout") << health(S::Unreachable, error(K::Timeout, u"Timeout"_s))
                             << u"network"_s;
    QTest::newRow("invalid") << health(S::Failing,
                                       error(K::InvalidRequest, u"InvalidRegionId.NotFound"_s))
                             << u"Accounts"_s;
    QTest::newRow("server") << health(S::Failing, error(K::Server, u"InternalError"_s))
                            << u"Retrying"_s;
    QTest::newRow("malformed") << health(S::Failing, error(K::Malformed, u"Malformed"_s))
                               << u"proxy"_s;
    QTest::newRow("skew") << health(S::ClockSkew,
                                    error(K::ClockSkew, u"InvalidTimeStamp.Expired"_s))
                          << u"clock"_s;
}

void tst_ScopeHealthText::explanationsNameAccountRegionAndAction()
{
    QFETCH(ScopeHealth, h);
    QFETCH(QString, action);
    h.nextAttempt = now.addSecs(30);
    const QString text = ScopeHealthText::explanation(h, u"Production"_s, now);
    QVERIFY2(text.contains(u"“Production”"_s), qPrintable(text));
    QVERIFY2(text.contains(u"cn-hangzhou"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Alibaba Cloud"_s), qPrintable(text));
    QVERIFY2(text.contains(action), qPrintable(text));
    if (h.lastError->kind != K::Timeout)
        QVERIFY2(text.contains(h.lastError->code), qPrintable(text));
    QVERIFY2(!text.contains(QRegularExpression(u"%\\d"_s)), qPrintable(text));
}

void tst_ScopeHealthText::authNamesTheKeyField()
{
    const QString text = ScopeHealthText::explanation(
        health(S::AuthFailed, error(K::Auth, u"InvalidAccessKeyId.NotFound"_s)), u"prod"_s, now);
    QCOMPARE(text,
             u"The Alibaba Cloud key for “prod” was refused in cn-hangzhou "
             "(InvalidAccessKeyId.NotFound). Check the AccessKey ID and secret in Accounts; "
             "polling of this account stays stopped until they change."_s);
    QVERIFY(ScopeHealthText::needsAttention(
        health(S::AuthFailed, error(K::Auth, u"InvalidAccessKeyId.NotFound"_s))));
    QVERIFY(!ScopeHealthText::needsAttention(health(S::Throttled, error(K::Throttled, {}))));
}

void tst_ScopeHealthText::clockSkewSaysByHowMuch()
{
    FetchError e = error(K::ClockSkew, u"AuthFailure.SignatureExpire"_s);
    e.serverTime = now.addSecs(-16 * 60);
    ScopeHealth h = health(S::ClockSkew, e);
    h.lastAttempt = now;
    QVERIFY(ScopeHealthText::explanation(h, u"prod"_s, now)
                .endsWith(u"The difference is about 16 min."_s));
}

void tst_ScopeHealthText::detailsUnavailableIsSaid()
{
    ScopeHealth h = health(S::Ok);
    h.lastSuccess = now;
    h.detailsError = error(K::Auth, u"Forbidden.RAM"_s);
    const QString text = ScopeHealthText::explanation(h, u"prod"_s, now);
    QVERIFY2(text.contains(u"unavailable (Forbidden.RAM)"_s), qPrintable(text));
    QVERIFY(text.contains(u"States still refresh"_s));
}

void tst_ScopeHealthText::detailsCarryRequestId()
{
    FetchError e = error(K::Server, u"InternalError"_s, u"6A1B-77C2"_s);
    e.httpStatus = 500;
    const QString text = ScopeHealthText::details(health(S::Failing, e), u"prod"_s, now);
    QVERIFY(text.contains(u"\n    Request id: 6A1B-77C2"_s));
    QVERIFY(text.contains(u"\n    HTTP status: 500"_s));
    QVERIFY(text.contains(u"\n    Code: InternalError"_s));
    QVERIFY(text.contains(u"\n    Message: message from the server"_s));
}

void tst_ScopeHealthText::serverTextIsOneBoundedLine()
{
    FetchError e = error(K::Server, u"Bad\nCode<b>x</b>"_s + QString(500, u'y'));
    const QString text = ScopeHealthText::explanation(health(S::Failing, e), u"a\nb"_s, now);
    QVERIFY(!text.contains(u'\n'));
    QVERIFY(text.size() < 600);
    // Plain text: the markup is kept as characters; widgets must show it with Qt::PlainText.
    QVERIFY(text.contains(u"<b>x</b>"_s));
}

void tst_ScopeHealthText::zenlayerHasNoRegion()
{
    ScopeHealth h = health(S::Ok);
    h.cloud = Cloud::Zenlayer;
    h.scope.region.clear();
    QCOMPARE(ScopeHealthText::where(h), u"all regions"_s);
}

QTEST_GUILESS_MAIN(tst_ScopeHealthText)
#include "tst_scopehealthtext.moc"
