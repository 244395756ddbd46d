// InstanceExport over the model itself: field names and values, RFC 4180 quoting, formulas
// kept inert, detail fields only when details are known, times in UTC.
#include "instanceexport.h"
#include "instancetablemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_InstanceExport : public QObject
{
    Q_OBJECT

private slots:
    void csvField_data();
    void csvField();
    void jsonAndCsvOfTheModel();
};

void tst_InstanceExport::csvField_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u"web-1"_s << u"web-1"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("formula") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
    QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_InstanceExport::csvField()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(InstanceExport::csvField(in), out);
}

void tst_InstanceExport::jsonAndCsvOfTheModel()
{
    InstanceTableModel model;
    Snapshot s;
    s.cloud = Cloud::Aliyun;
    s.scope = { u"prod"_s, u"cn-hangzhou"_s };
    s.finishedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    s.instances = { { u"i-1"_s, u"Running"_s, InstanceState::Running },
                    { u"i-2"_s, u"Stopped"_s, InstanceState::Stopped } };
    model.applySnapshot(s);
    DetailsSnapshot d;
    d.cloud = s.cloud;
    d.scope = s.scope;
    d.finishedAt = s.finishedAt;
    d.instances = { { u"i-1"_s,
                      u"web, \"one\""_s,
                      u"cn-hangzhou"_s,
                      u"cn-hangzhou-h"_s,
                      { u"10.0.0.1"_s, u"10.0.0.2"_s },
                      { u"47.1.2.3"_s },
                      u"ecs.g7.large"_s } };
    model.applyDetails(d);

    const QJsonArray rows = QJsonDocument::fromJson(InstanceExport::toJson(&model))
                                .object()
                                .value(u"instances"_s)
                                .toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject one = rows.at(0).toObject();
    QCOMPARE(one.value(u"cloud"_s).toString(), u"aliyun"_s);
    QCOMPARE(one.value(u"account"_s).toString(), u"prod"_s);
    QCOMPARE(one.value(u"region"_s).toString(), u"cn-hangzhou"_s);
    QCOMPARE(one.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(one.value(u"rawState"_s).toString(), u"Running"_s);
    QCOMPARE(one.value(u"name"_s).toString(), u"web, \"one\""_s);
    QCOMPARE(one.value(u"zone"_s).toString(), u"cn-hangzhou-h"_s);
    QCOMPARE(one.value(u"privateIps"_s).toArray(), QJsonArray({ u"10.0.0.1"_s, u"10.0.0.2"_s }));
    QCOMPARE(one.value(u"publicIps"_s).toArray(), QJsonArray({ u"47.1.2.3"_s }));
    QCOMPARE(one.value(u"instanceType"_s).toString(), u"ecs.g7.large"_s);
    QCOMPARE(one.value(u"since"_s).toString(), u"2026-03-01T12:00:00Z"_s);
    QCOMPARE(one.value(u"lastConfirmed"_s).toString(), u"2026-03-01T12:00:00Z"_s);
    const QJsonObject two = rows.at(1).toObject();
    QVERIFY(!two.contains(u"name"_s)); // no details yet: not "", absent
    QVERIFY(!two.contains(u"privateIps"_s));

    const QString csv = QString::fromUtf8(InstanceExport::toCsv(&model));
    QCOMPARE(csv,
             u"cloud,account,region,instanceId,state,rawState,name,zone,privateIps,publicIps,"
             "instanceType,since,lastConfirmed\r\n"
             "aliyun,prod,cn-hangzhou,i-1,running,Running,\"web, \"\"one\"\"\",cn-hangzhou-h,"
             "10.0.0.1 10.0.0.2,47.1.2.3,ecs.g7.large,2026-03-01T12:00:00Z,2026-03-01T12:00:00Z\r\n"
             "aliyun,prod,cn-hangzhou,i-2,stopped,Stopped,,,,,,2026-03-01T12:00:00Z,"
             "2026-03-01T12:00:00Z\r\n"_s);
}

QTEST_GUILESS_MAIN(tst_InstanceExport)
#include "tst_instanceexport.moc"
