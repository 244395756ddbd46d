// RegionCatalog: human names for region ids, every region specs/API.md lists, names that go
// through the translator, unknown ids shown as themselves, Tencent's legacy short codes.
#include "regioncatalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// The region ids specs/API.md lists in the "- Regions:" item of a cloud's section.
QStringList specRegions(const QString &sectionTitle)
{
    QFile file(QStringLiteral(FLEETWATCH_SPECS_DIR "/API.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype section = text.indexOf(u"## "_s + sectionTitle);
    const qsizetype start = text.indexOf(u"- Regions:"_s, section);
    const qsizetype end = text.indexOf(u"\n- "_s, start + 1);
    if (section < 0 || start < 0)
        return {};
    QStringList ids;
    static const QRegularExpression quoted(u"`([a-z0-9-]+)`"_s);
    auto it = quoted.globalMatch(text.mid(start, end - start));
    while (it.hasNext())
        ids.append(it.next().captured(1));
    return ids;
}

class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "RegionCatalog") == 0)
            return u"[tr] "_s + QString::fromUtf8(sourceText);
        return QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class tst_RegionCatalog : public QObject
{
    Q_OBJECT

private slots:
    void namesFromTheBrief();
    void everyRegionOfTheSpecIsKnown_data();
    void everyRegionOfTheSpecIsKnown();
    void tablesAreWellFormed();
    void unknownRegionShowsItsId();
    void namesAreTranslatable();
    void tencentLegacyCodes();
};

void tst_RegionCatalog::namesFromTheBrief()
{
    QCOMPARE(RegionCatalog::displayName(Cloud::Aliyun, u"cn-hangzhou"_s), u"China (Hangzhou)"_s);
    QCOMPARE(RegionCatalog::displayName(Cloud::Tencent, u"ap-guangzhou"_s),
             u"South China (Guangzhou)"_s);
    QCOMPARE(RegionCatalog::displayName(Cloud::JdCloud, u"cn-north-1"_s),
             u"North China (Beijing)"_s);
    QCOMPARE(RegionCatalog::displayName(Cloud::Aliyun, u"ap-southeast-1"_s), u"Singapore"_s);
    QCOMPARE(RegionCatalog::displayName(Cloud::Tencent, u"sa-saopaulo"_s),
             u"South America (São Paulo)"_s);
}

void tst_RegionCatalog::everyRegionOfTheSpecIsKnown_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<QString>("section");
    QTest::newRow("aliyun") << Cloud::Aliyun << u"Alibaba Cloud"_s;
    QTest::newRow("tencent") << Cloud::Tencent << u"Tencent Cloud"_s;
    QTest::newRow("jdcloud") << Cloud::JdCloud << u"JD Cloud"_s;
}

void tst_RegionCatalog::everyRegionOfTheSpecIsKnown()
{
    QFETCH(Cloud, cloud);
    QFETCH(QString, section);
    const QStringList ids = specRegions(section);
    QVERIFY2(ids.size() >= 4, qPrintable(u"no region list found for "_s + section));
    for (const QString &id : ids)
        QVERIFY2(RegionCatalog::isKnown(cloud, id), qPrintable(id));
    // And nothing the spec lists is missing from regions(), which the dialog shows.
    const QStringList listed = RegionCatalog::regionIds(cloud);
    for (const QString &id : ids)
        QVERIFY(listed.contains(id));
}

void tst_RegionCatalog::tablesAreWellFormed()
{
    static const QRegularExpression pattern(u"^[a-z]{2}-[a-z0-9-]+$"_s);
    for (Cloud cloud : allClouds) {
        const QList<RegionInfo> regions = RegionCatalog::regions(cloud);
        QSet<QString> ids;
        for (const RegionInfo &region : regions) {
            QVERIFY2(pattern.match(region.id).hasMatch(), qPrintable(region.id));
            QVERIFY(!region.name.isEmpty());
            QVERIFY(region.name != region.id);
            QVERIFY2(!ids.contains(region.id), qPrintable(region.id));
            ids.insert(region.id);
            QCOMPARE(RegionCatalog::displayName(cloud, region.id), region.name);
        }
        QCOMPARE(RegionCatalog::regionIds(cloud).size(), regions.size());
    }
    QVERIFY(RegionCatalog::regions(Cloud::Zenlayer).isEmpty()); // its status API has no region
}

void tst_RegionCatalog::unknownRegionShowsItsId()
{
    QCOMPARE(RegionCatalog::displayName(Cloud::Aliyun, u"cn-mars-1"_s), u"cn-mars-1"_s);
    QCOMPARE(RegionCatalog::displayName(Cloud::Zenlayer, u"HKG-A"_s), u"HKG-A"_s);
    QCOMPARE(RegionCatalog::displayName(Cloud::Aliyun, QString()), QString());
    // Ids are per cloud: Tencent's id is not an Alibaba region.
    QVERIFY(!RegionCatalog::isKnown(Cloud::Aliyun, u"ap-guangzhou"_s));
    QCOMPARE(RegionCatalog::displayName(Cloud::Aliyun, u"ap-guangzhou"_s), u"ap-guangzhou"_s);
}

void tst_RegionCatalog::namesAreTranslatable()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(RegionCatalog::displayName(Cloud::Aliyun, u"cn-hangzhou"_s),
             u"[tr] China (Hangzhou)"_s);
    QCOMPARE(RegionCatalog::regions(Cloud::JdCloud).constFirst().name,
             u"[tr] North China (Beijing)"_s);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(RegionCatalog::displayName(Cloud::Aliyun, u"cn-hangzhou"_s), u"China (Hangzhou)"_s);
}

void tst_RegionCatalog::tencentLegacyCodes()
{
    QCOMPARE(RegionCatalog::tencentLegacyCode(u"ap-guangzhou"_s), u"gz"_s);
    QCOMPARE(RegionCatalog::tencentLegacyCode(u"ap-shanghai"_s), u"sh"_s);
    QCOMPARE(RegionCatalog::tencentLegacyCode(u"ap-beijing"_s), u"bj"_s);
    QCOMPARE(RegionCatalog::tencentLegacyCode(u"ap-hongkong"_s), u"hk"_s);
    QCOMPARE(RegionCatalog::tencentLegacyCode(u"ap-unknown"_s), QString());
    QCOMPARE(RegionCatalog::tencentRegionFromLegacyCode(u"gz"_s), u"ap-guangzhou"_s);
    QCOMPARE(RegionCatalog::tencentRegionFromLegacyCode(u"zz"_s), QString());
    QCOMPARE(RegionCatalog::tencentRegionFromLegacyCode(QString()), QString());
    QSet<QString> codes;
    for (const QString &id : RegionCatalog::regionIds(Cloud::Tencent)) {
        const QString code = RegionCatalog::tencentLegacyCode(id);
        QVERIFY2(!code.isEmpty(), qPrintable(id));
        QVERIFY(!codes.contains(code));
        codes.insert(code);
        QCOMPARE(RegionCatalog::tencentRegionFromLegacyCode(code), id);
    }
}

QTEST_GUILESS_MAIN(tst_RegionCatalog)
#include "tst_regioncatalog.moc"
