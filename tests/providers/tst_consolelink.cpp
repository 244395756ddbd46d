// Console links: one pattern per cloud (specs/API.md), Tencent's numeric regions and its
// fallback, and ids that try to break out of their place in the URL.
#include "consolelink.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_ConsoleLink : public QObject
{
    Q_OBJECT

private slots:
    void patterns_data();
    void patterns();
    void tencentUnknownRegionFallsBackToList();
    void zenlayerUsesNoRegion();
    void hostileIdStaysInItsSegment();
    void detailsRegionWinsOverScope();
};

void tst_ConsoleLink::patterns_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    QTest::newRow("aliyun")
        << Cloud::Aliyun << u"cn-hangzhou"_s << u"i-bp67acfmxazb4p"_s
        << u"https://ecs.console.aliyun.com/server/i-bp67acfmxazb4p/detail?regionId=cn-hangzhou"_s;
    QTest::newRow("jdcloud")
        << Cloud::JdCloud << u"cn-north-1"_s << u"i-y5r4hd9s1q"_s
        << u"https://cns-console.jdcloud.com/host/compute/detail/i-y5r4hd9s1q?regionId=cn-north-1"_s;
    QTest::newRow("zenlayer")
        << Cloud::Zenlayer << QString() << u"1184372948712341"_s
        << u"https://console.zenlayer.com/vm/instance/detail/1184372948712341"_s;
    QTest::newRow("tencent guangzhou")
        << Cloud::Tencent << u"ap-guangzhou"_s << u"ins-r8hr2upy"_s
        << u"https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D1&rid=1&id=ins-r8hr2upy"_s;
    QTest::newRow("tencent shanghai")
        << Cloud::Tencent << u"ap-shanghai"_s << u"ins-abc"_s
        << u"https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D4&rid=4&id=ins-abc"_s;
    QTest::newRow("tencent beijing")
        << Cloud::Tencent << u"ap-beijing"_s << u"ins-abc"_s
        << u"https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D8&rid=8&id=ins-abc"_s;
}

void tst_ConsoleLink::patterns()
{
    QFETCH(Cloud, cloud);
    QFETCH(QString, region);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    const ConsoleLink link = ConsoleLink::forInstance({ cloud, u"acct"_s, region, id });
    QVERIFY(link.url.isValid());
    QVERIFY(link.exact);
    QCOMPARE(link.url.toString(QUrl::FullyEncoded), expected);
}

void tst_ConsoleLink::tencentUnknownRegionFallsBackToList()
{
    const ConsoleLink link =
        ConsoleLink::forInstance({ Cloud::Tencent, u"acct"_s, u"sa-saopaulo"_s, u"ins-abc"_s });
    QVERIFY(!link.exact);
    QCOMPARE(link.url.toString(), u"https://console.cloud.tencent.com/cvm/instance/index"_s);
    QCOMPARE(ConsoleLink::tencentNumericRegion(u"ap-guangzhou"_s), 1);
    QCOMPARE(ConsoleLink::tencentNumericRegion(u"ap-nanjing"_s), 33);
    QVERIFY(!ConsoleLink::tencentNumericRegion(u"nowhere"_s));
}

void tst_ConsoleLink::zenlayerUsesNoRegion()
{
    const ConsoleLink link = ConsoleLink::forInstance(
        { Cloud::Zenlayer, u"acct"_s, QString(), u"123"_s }, u"asia-east-1"_s);
    QVERIFY(!link.url.hasQuery());
}

void tst_ConsoleLink::hostileIdStaysInItsSegment()
{
    const ConsoleLink aliyun = ConsoleLink::forInstance(
        { Cloud::Aliyun, u"acct"_s, u"cn-hangzhou&x=1"_s, u"../../evil?x=#frag"_s });
    QCOMPARE(aliyun.url.host(), u"ecs.console.aliyun.com"_s);
    QVERIFY(!aliyun.url.hasFragment());
    QCOMPARE(aliyun.url.path(QUrl::FullyEncoded), u"/server/..%2F..%2Fevil%3Fx%3D%23frag/detail"_s);
    QCOMPARE(aliyun.url.query(QUrl::FullyEncoded), u"regionId=cn-hangzhou%26x%3D1"_s);

    const ConsoleLink tencent = ConsoleLink::forInstance(
        { Cloud::Tencent, u"acct"_s, u"ap-guangzhou"_s, u"ins-1&rid=9"_s });
    QCOMPARE(tencent.url.query(QUrl::FullyEncoded),
             u"searchParams=rid%3D1&rid=1&id=ins-1%26rid%3D9"_s);
}

void tst_ConsoleLink::detailsRegionWinsOverScope()
{
    const ConsoleLink link = ConsoleLink::forInstance(
        { Cloud::JdCloud, u"acct"_s, u"cn-north-1"_s, u"i-1"_s }, u"cn-east-2"_s);
    QCOMPARE(link.url.query(), u"regionId=cn-east-2"_s);
}

QTEST_GUILESS_MAIN(tst_ConsoleLink)
#include "tst_consolelink.moc"
