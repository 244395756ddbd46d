// The worked examples the clouds publish (specs/SIGNING.md §7) and the JD Cloud Python SDK's
// own signer tests (jdcloud_sdk/core/signer_test.py: JDCLOUD3, ak "ak", sk "sk"), each
// reproduced from its published inputs.
#include "acs3signer.h"
#include "aliyunrpcsigner.h"
#include "jdcloudsigner.h"
#include "percentencoding.h"
#include "tc3signer.h"
#include "tencentv1signer.h"
#include "zenlayersigner.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using Pairs = QList<std::pair<QString, QString>>;

class tst_SigningExamples : public QObject
{
    Q_OBJECT

private slots:
    void aliyunRpcDocExample_data();
    void aliyunRpcDocExample();
    void acs3DocExample();
    void tc3DocExample_data();
    void tc3DocExample();
    void tencentV1DocExample_data();
    void tencentV1DocExample();
    void zenlayerDocExample();
    void jdCloudPythonSdkTests_data();
    void jdCloudPythonSdkTests();
};

static QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

void tst_SigningExamples::aliyunRpcDocExample_data()
{
    QTest::addColumn<QString>("timestampName");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("Timestamp") << u"Timestamp"_s << QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    // Older documentation pages spell the parameter TimeStamp; their published result differs.
    QTest::newRow("TimeStamp") << u"TimeStamp"_s << QByteArray("CT9X0VtwR86fNWSnsc6v8YGOjuE=");
}

void tst_SigningExamples::aliyunRpcDocExample()
{
    QFETCH(QString, timestampName);
    QFETCH(QByteArray, signature);
    const Pairs params = { { u"Action"_s, u"DescribeRegions"_s },
                           { u"Format"_s, u"XML"_s },
                           { u"Version"_s, u"2014-05-26"_s },
                           { u"AccessKeyId"_s, u"testid"_s },
                           { u"SignatureMethod"_s, u"HMAC-SHA1"_s },
                           { u"SignatureVersion"_s, u"1.0"_s },
                           { u"SignatureNonce"_s, u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s },
                           { timestampName, u"2016-02-23T12:46:24Z"_s } };
    const SignatureResult result =
        AliyunRpcSigner::sign("GET", params, Credentials(u"testid"_s, "testsecret"));
    QCOMPARE(result.signature, signature);
    if (timestampName == u"Timestamp") {
        QCOMPARE(result.stringToSign,
                 QByteArray("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML"
                            "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-"
                            "a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12"
                            "%253A46%253A24Z%26Version%3D2014-05-26"));
    }
}

void tst_SigningExamples::acs3DocExample()
{
    RequestToSign r;
    r.method = "POST";
    r.host = u"ecs.cn-shanghai.aliyuncs.com"_s;
    r.path = u"/"_s;
    r.query = { { u"ImageId"_s, u"win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"_s },
                { u"RegionId"_s, u"cn-shanghai"_s } };
    r.headers = { { "host", "ecs.cn-shanghai.aliyuncs.com" },
                  { "x-acs-action", "RunInstances" },
                  { "x-acs-version", "2014-05-26" },
                  { "x-acs-date", "2023-10-26T10:22:32Z" },
                  { "x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d" },
                  { "x-acs-content-sha256", sha256Hex({}) } };
    const SignatureResult result =
        Acs3Signer::sign(r, Credentials(u"YourAccessKeyId"_s, "YourAccessKeySecret"));
    QCOMPARE(sha256Hex(result.canonicalRequest),
             QByteArray("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
    QCOMPARE(result.signature,
             QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
}

void tst_SigningExamples::tc3DocExample_data()
{
    QTest::addColumn<QByteArray>("secretKey");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("intl doc")
        << QByteArray("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")
        << QByteArray("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
    // The Chinese page signs its masked key literally.
    QTest::newRow("cn doc, masked key")
        << QByteArray("Gu5t9xGARNpq86cd98joQYCN3*******")
        << QByteArray("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
}

void tst_SigningExamples::tc3DocExample()
{
    QFETCH(QByteArray, secretKey);
    QFETCH(QByteArray, signature);
    const QByteArray body =
        R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";
    QCOMPARE(sha256Hex(body),
             QByteArray("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
    const SignatureResult result = Tc3Signer::sign(
        "POST", u"cvm.tencentcloudapi.com"_s, {}, "application/json; charset=utf-8", body,
        Credentials(u"AKID**********************0123456789EXAMPLE"_s, secretKey), 1551113065,
        u"cvm"_s);
    QCOMPARE(sha256Hex(result.canonicalRequest),
             QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
    QCOMPARE(result.signature, signature);
}

void tst_SigningExamples::tencentV1DocExample_data()
{
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QByteArray>("secretKey");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("doc") << u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s
                         << QByteArray("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")
                         << QByteArray("EliP9YW3pW28FpsEdkXt/+WcGeI=");
    QTest::newRow("cn doc, masked") << u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******"_s
                                    << QByteArray("Gu5t9xGARNpq86cd98joQYCN3*******")
                                    << QByteArray("zmmjn35mikh6pM3V7sUEuX4wyYM=");
}

void tst_SigningExamples::tencentV1DocExample()
{
    QFETCH(QString, secretId);
    QFETCH(QByteArray, secretKey);
    QFETCH(QByteArray, signature);
    const Pairs params = { { u"Action"_s, u"DescribeInstances"_s },
                           { u"InstanceIds.0"_s, u"ins-09dx96dg"_s },
                           { u"Limit"_s, u"20"_s },
                           { u"Nonce"_s, u"11886"_s },
                           { u"Offset"_s, u"0"_s },
                           { u"Region"_s, u"ap-guangzhou"_s },
                           { u"SecretId"_s, secretId },
                           { u"Timestamp"_s, u"1465185768"_s },
                           { u"Version"_s, u"2017-03-12"_s } };
    const SignatureResult result = TencentV1Signer::sign(
        "GET", u"cvm.tencentcloudapi.com"_s, u"/"_s, params, Credentials(secretId, secretKey));
    QCOMPARE(result.signature, signature);
}

void tst_SigningExamples::zenlayerDocExample()
{
    RequestToSign r;
    r.method = "POST";
    r.host = u"console.zenlayer.com"_s;
    r.path = u"/api/v2/vm"_s;
    r.headers = { { "Content-Type", "application/json; charset=utf-8" } };
    r.body = R"({"pageSize":10,"pageNum":1,"zoneId":"HKG-A"})";
    QCOMPARE(sha256Hex(r.body),
             QByteArray("5f714687ba91c606d503467766151206392474accd137ffea6dce2420b67c29a"));
    const SignatureResult result = ZenlayerSigner::sign(
        r, Credentials(u"0D9UtpyKYcHxms5v"_s, "Gu5t9xGARNpq86cd98joQYCN3"), 1673361177);
    QCOMPARE(sha256Hex(result.canonicalRequest),
             QByteArray("29396f9dfa0f03820b931e8aa06e20cda197e73285ebd76aceb83f7dede493ee"));
    QCOMPARE(result.signature,
             QByteArray("efb356c32e55c781e10dc676da59462c22596d82e91c57803666243379555b2f"));
}

void tst_SigningExamples::jdCloudPythonSdkTests_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Pairs>("query");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("signature");
    const QString instances = u"/v1/regions/cn-north-1/instances"_s;
    // Inputs as the SDK test writes them; our signers take decoded paths and values.
    QTest::newRow("path_null")
        << QString() << Pairs() << QByteArray("X-Jdcloud-Nonce")
        << QByteArray("44c5ec30b6185516986ae171d8276552bc0f37f6a536a44e4f578958fc1c12be");
    QTest::newRow("path_nullSlashes")
        << u"v1"_s << Pairs() << QByteArray("X-Jdcloud-Nonce")
        << QByteArray("92cd3ed582c13af58b4c81ddad150c350e656c6cc9e78ec154d7385e499b91b6");
    QTest::newRow("path_endSlashes")
        << u"v1/"_s << Pairs() << QByteArray("X-Jdcloud-Nonce")
        << QByteArray("035689ae2ce6a3603928ac3d60a6d2fbfb550d33c5da983342a6356419ccd914");
    QTest::newRow("path_chineseCharacters")
        << u"/v1/regions/cn-north-1/instances/中文:GET"_s << Pairs()
        << QByteArray("X-Jdcloud-Nonce")
        << QByteArray("936ed2dcb6fb4271ad640e0f46f1fe61763a0bad8bb4f4eb1224261f969612fa");
    QTest::newRow("path_encodeIncludeEncodedSlashes")
        << PercentEncoding::decode("%2Fv1%2Fregions%2F%2F%2Fcn-north-1%2Finstances") << Pairs()
        << QByteArray("X-Jdcloud-Nonce")
        << QByteArray("33df199719f9edc6de860e6b53c61d4824e1f389e6030fd37ddc977fda29e467");
    QTest::newRow("query_nullKey")
        << instances << Pairs { { QString(), u"a"_s }, { u"a"_s, u"a"_s } }
        << QByteArray("X-Jdcloud-Nonce")
        << QByteArray("43efb5fb00e86faf35d8bf0bed3b72e84cfc98ee4754065e29c3caa7bcaa12cb");
    QTest::newRow("query_chinese")
        << instances << Pairs { { u"中文参数"_s, u"中文参数值"_s } }
        << QByteArray("X-Jdcloud-Nonce")
        << QByteArray("7e3094d23adde49fcc99b7d0de911d7ecaa7767590edd57769d7bdbaca919276");
    // JDCLOUD3 trims header values but keeps inner runs of spaces.
    QTest::newRow("head_one_blank")
        << instances << Pairs() << QByteArray(" X-Jdcloud- -Nonce ")
        << QByteArray("5d955d1de475eac2b4378473ca0adce8fddd13f45d2be53bc2ffb6eee6450ba4");
    QTest::newRow("head_more_blank")
        << instances << Pairs() << QByteArray("  X-Jdcloud-  -Nonce  ")
        << QByteArray("a03bb8d755cb93e4d8846fe5fcad180f319fa50356f63e8afdc749bd1a95695f");
    QTest::newRow("head_special_characters0")
        << instances << Pairs()
        << QByteArray(
               R"(/`!@#$%^&*()=+/0123456789/[]\;',<>?:"{}|/abcdefghijklmnopqrstuvwxyz/ABCDEFGHIJKLMNOPQRSTUVWXYZ/-_.~)")
        << QByteArray("9046b11889b993a808fccf1322f7f04e7e5a7e0cc22d8b65e9986a8aab986ad7");
}

void tst_SigningExamples::jdCloudPythonSdkTests()
{
    QFETCH(QString, path);
    QFETCH(Pairs, query);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, signature);
    RequestToSign r;
    r.method = "GET";
    r.host = u"apigw-internal-dev.cn-north-1.jcloudcs.com:8000"_s;
    r.path = path;
    r.query = query;
    r.headers = { { "x-jdcloud-date", "20190917T064708Z" },
                  { "x-jdcloud-nonce", nonce },
                  { "content-type", "application/json" } };
    const SignatureResult result =
        JdCloudSigner::sign(r, JdCloudSigner::Version::V3, Credentials(u"ak"_s, "sk"),
                            u"cn-north-1"_s, u"apigatewaytestproductline"_s);
    QCOMPARE(result.authorization,
             "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/"
             "jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, "
             "Signature="
                 + signature);
}

QTEST_GUILESS_MAIN(tst_SigningExamples)
#include "tst_signingexamples.moc"
