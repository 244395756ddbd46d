// Percent-encoding, and how each cloud's scheme applies it differently: JD Cloud and ACS3 sign
// RFC 3986 encoded names and values, Alibaba RPC encodes twice, Tencent v1 signs raw values,
// TC3 signs the query exactly as sent, Zenlayer signs the body bytes. The same awkward value
// (space, *, ~, /, UTF-8) goes through each.
#include "acs3signer.h"
#include "aliyunrpcsigner.h"
#include "jdcloudsigner.h"
#include "percentencoding.h"
#include "tc3signer.h"
#include "tencentv1signer.h"
#include "zenlayersigner.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString awkward = u"a b*~/é+中"_s;
const Credentials credentials(u"AKID"_s, "secret");
} // namespace

class tst_PercentEncoding : public QObject
{
    Q_OBJECT

private slots:
    void rfc3986_data();
    void rfc3986();
    void pathKeepsSlash();
    void decode();
    void jdCloudEncodesNamesAndValuesOnce();
    void jdCloudSortsByEncodedName();
    void aliyunRpcEncodesTwiceInStringToSign();
    void acs3EncodesLikeJdCloud();
    void tencentV1SignsRawValuesAndRewritesUnderscore();
    void tc3SignsQueryExactlyAsSent();
    void zenlayerSignsBodyBytes();
};

void tst_PercentEncoding::rfc3986_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("space is %20, never +") << u" "_s << QByteArray("%20");
    QTest::newRow("star") << u"*"_s << QByteArray("%2A");
    QTest::newRow("tilde stays") << u"~"_s << QByteArray("~");
    QTest::newRow("slash") << u"/"_s << QByteArray("%2F");
    QTest::newRow("plus") << u"+"_s << QByteArray("%2B");
    QTest::newRow("utf-8 é") << u"é"_s << QByteArray("%C3%A9");
    QTest::newRow("utf-8 中") << u"中"_s << QByteArray("%E4%B8%AD");
    QTest::newRow("unreserved") << u"AZaz09-_.~"_s << QByteArray("AZaz09-_.~");
    QTest::newRow("delimiters") << u"&=?%:"_s << QByteArray("%26%3D%3F%25%3A");
    QTest::newRow("upper-case hex") << u"\n"_s << QByteArray("%0A");
}

void tst_PercentEncoding::rfc3986()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, encoded);
    QCOMPARE(PercentEncoding::rfc3986(input), encoded);
    QCOMPARE(PercentEncoding::decode(encoded), input);
}

void tst_PercentEncoding::pathKeepsSlash()
{
    QCOMPARE(PercentEncoding::rfc3986Path(u"/v1/a b/é"), QByteArray("/v1/a%20b/%C3%A9"));
}

void tst_PercentEncoding::decode()
{
    QCOMPARE(PercentEncoding::decode("a%2Fb%2fc"), u"a/b/c"_s);
    QCOMPARE(PercentEncoding::decode("100%"), u"100%"_s); // incomplete: kept
    QCOMPARE(PercentEncoding::decode("%zz%4"), u"%zz%4"_s); // invalid: kept
    QCOMPARE(PercentEncoding::decode("a+b"), u"a+b"_s); // '+' is not a space here
}

void tst_PercentEncoding::jdCloudEncodesNamesAndValuesOnce()
{
    RequestToSign r;
    r.method = "GET";
    r.host = u"vm.jdcloud-api.com"_s;
    r.path = u"/v1/regions/cn-north-1/instance Status"_s;
    r.query = { { u"filters.1.values.1"_s, awkward } };
    JdCloudSigner::addSigningHeaders(r, QDateTime::fromSecsSinceEpoch(0, Qt::UTC), u"n"_s);
    const QByteArray canonical =
        JdCloudSigner::sign(r, JdCloudSigner::Version::V2, credentials, u"cn-north-1"_s, u"vm"_s)
            .canonicalRequest;
    const QList<QByteArray> lines = canonical.split('\n');
    QCOMPARE(lines.at(1), QByteArray("/v1/regions/cn-north-1/instance%20Status"));
    QCOMPARE(lines.at(2), QByteArray("filters.1.values.1=a%20b%2A~%2F%C3%A9%2B%E4%B8%AD"));
}

void tst_PercentEncoding::jdCloudSortsByEncodedName()
{
    // Byte order of the encoded strings: "values.10" sorts before "values.2".
    const QList<std::pair<QString, QString>> query = { { u"filters.1.values.2"_s, u"b"_s },
                                                       { u"filters.1.values.10"_s, u"a"_s },
                                                       { u"a"_s, u"2"_s },
                                                       { u"a"_s, u"1"_s } };
    QCOMPARE(JdCloudSigner::canonicalQuery(query),
             QByteArray("a=1&a=2&filters.1.values.10=a&filters.1.values.2=b"));
}

void tst_PercentEncoding::aliyunRpcEncodesTwiceInStringToSign()
{
    const SignatureResult result =
        AliyunRpcSigner::sign("GET", { { u"ZoneId"_s, awkward } }, credentials);
    // First pass: a%20b%2A~%2F%C3%A9…; second pass turns every % into %25; ~ stays literal.
    QCOMPARE(result.stringToSign,
             QByteArray("GET&%2F&ZoneId%3Da%2520b%252A~%252F%25C3%25A9%252B%25E4%25B8%25AD"));
    QVERIFY(result.signedQuery.startsWith("ZoneId=a%20b%2A~%2F%C3%A9%2B%E4%B8%AD&Signature="));
    // The base64 signature is encoded on the wire: + / = become %2B %2F %3D.
    const QByteArray sent = result.signedQuery.mid(result.signedQuery.indexOf("Signature=") + 10);
    QVERIFY(!sent.contains('+') && !sent.contains('/') && !sent.contains('='));
    QCOMPARE(PercentEncoding::decode(sent), QString::fromLatin1(result.signature));
}

void tst_PercentEncoding::acs3EncodesLikeJdCloud()
{
    RequestToSign r;
    r.method = "GET";
    r.host = u"ecs.cn-hangzhou.aliyuncs.com"_s;
    r.path = u"/"_s;
    r.query = { { u"ZoneId"_s, awkward } };
    const QList<QByteArray> lines = Acs3Signer::sign(r, credentials).canonicalRequest.split('\n');
    QCOMPARE(lines.at(2), QByteArray("ZoneId=a%20b%2A~%2F%C3%A9%2B%E4%B8%AD"));
}

void tst_PercentEncoding::tencentV1SignsRawValuesAndRewritesUnderscore()
{
    const SignatureResult result = TencentV1Signer::sign(
        "GET", u"cvm.tencentcloudapi.com"_s, u"/"_s,
        { { u"Filters_1"_s, awkward }, { u"_private"_s, u"x"_s }, { u"Action"_s, u"A&B=C"_s } },
        credentials);
    QCOMPARE(QString::fromUtf8(result.stringToSign),
             u"GETcvm.tencentcloudapi.com/?Action=A&B=C&Filters.1=a b*~/é+中&_private=x"_s);
}

void tst_PercentEncoding::tc3SignsQueryExactlyAsSent()
{
    const auto sign = [](const QByteArray &rawQuery) {
        return Tc3Signer::sign("GET", u"cvm.tencentcloudapi.com"_s, rawQuery,
                               "application/x-www-form-urlencoded", {}, credentials, 1704067199,
                               u"cvm"_s);
    };
    const SignatureResult plus = sign("Name=a+b");
    const SignatureResult percent = sign("Name=a%20b");
    QCOMPARE(plus.canonicalRequest.split('\n').at(2), QByteArray("Name=a+b"));
    QCOMPARE(percent.canonicalRequest.split('\n').at(2), QByteArray("Name=a%20b"));
    QVERIFY(plus.signature != percent.signature);
}

void tst_PercentEncoding::zenlayerSignsBodyBytes()
{
    RequestToSign r;
    r.method = "POST";
    r.host = u"console.zenlayer.com"_s;
    r.headers = { { "Content-Type", "application/json" } };
    r.body = "{\"instanceName\":\"é\"}";
    const QByteArray raw = ZenlayerSigner::sign(r, credentials, 1).signature;
    r.body = "{\"instanceName\":\"\\u00e9\"}";
    const QByteArray escaped = ZenlayerSigner::sign(r, credentials, 1).signature;
    QVERIFY(raw != escaped);
}

QTEST_GUILESS_MAIN(tst_PercentEncoding)
#include "tst_percentencoding.moc"
