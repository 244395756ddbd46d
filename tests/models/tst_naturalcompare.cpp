// Natural text order and IP order, as the instance table sorts names, ids and addresses.
#include "naturalcompare.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_NaturalCompare : public QObject
{
    Q_OBJECT

private slots:
    void orders_data();
    void orders();
    void equalOnlyWhenIdentical();
    void ipOrders_data();
    void ipOrders();
};

void tst_NaturalCompare::orders_data()
{
    QTest::addColumn<QString>("smaller");
    QTest::addColumn<QString>("larger");
    QTest::newRow("numbers by value") << u"web-2"_s << u"web-10"_s;
    QTest::newRow("case-insensitive") << u"Alpha"_s << u"beta"_s;
    QTest::newRow("prefix first") << u"web"_s << u"web-1"_s;
    QTest::newRow("empty first") << QString() << u"a"_s;
    QTest::newRow("leading zeros") << u"node-007"_s << u"node-8"_s;
    QTest::newRow("long numbers") << u"i-99999999999999999998"_s << u"i-99999999999999999999"_s;
    QTest::newRow("zones") << u"cn-hangzhou-b"_s << u"cn-hangzhou-h"_s;
    QTest::newRow("ids") << u"i-bp67acfmxazb4p"_s << u"i-bp67acfmxazb4q"_s;
}

void tst_NaturalCompare::orders()
{
    QFETCH(QString, smaller);
    QFETCH(QString, larger);
    QVERIFY(naturalCompare(smaller, larger) < 0);
    QVERIFY(naturalCompare(larger, smaller) > 0);
}

void tst_NaturalCompare::equalOnlyWhenIdentical()
{
    QCOMPARE(naturalCompare(u"web-01", u"web-01"), 0);
    QVERIFY(naturalCompare(u"web-01", u"web-1") != 0);
    QVERIFY(naturalCompare(u"Web", u"web") != 0);
    QCOMPARE(naturalCompare(u"Web", u"web"), -naturalCompare(u"web", u"Web"));
}

void tst_NaturalCompare::ipOrders_data()
{
    QTest::addColumn<QString>("smaller");
    QTest::addColumn<QString>("larger");
    QTest::newRow("numeric octets") << u"10.0.0.9"_s << u"10.0.0.10"_s;
    QTest::newRow("first octet") << u"9.255.255.255"_s << u"10.0.0.0"_s;
    QTest::newRow("first of a list") << u"10.0.0.2, 10.0.0.200"_s << u"10.0.0.3"_s;
    QTest::newRow("empty first") << QString() << u"1.1.1.1"_s;
    QTest::newRow("IPv4 before IPv6") << u"255.255.255.255"_s << u"2001:db8::1"_s;
    QTest::newRow("IPv6 as text") << u"2001:db8::1"_s << u"2001:db8::2"_s;
    QTest::newRow("not an address last") << u"10.0.0.1"_s << u"10.0.0.256"_s;
}

void tst_NaturalCompare::ipOrders()
{
    QFETCH(QString, smaller);
    QFETCH(QString, larger);
    QVERIFY(compareIpLists(smaller, larger) < 0);
    QVERIFY(compareIpLists(larger, smaller) > 0);
}

QTEST_GUILESS_MAIN(tst_NaturalCompare)
#include "tst_naturalcompare.moc"
