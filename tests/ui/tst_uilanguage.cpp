// UiLanguage: the system locale picks Simplified Chinese or English, a setting overrides it,
// and installing a language really changes what tr() returns (states and clouds included).
#include "cloud.h"
#include "instancestate.h"
#include "uilanguage.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_UiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
    void installSwitches();
};

void tst_UiLanguage::resolve_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system zh_CN") << u"system"_s << u"zh_CN"_s << u"zh_CN"_s;
    QTest::newRow("system zh_SG") << u"system"_s << u"zh_SG"_s << u"zh_CN"_s;
    QTest::newRow("system zh_TW is not simplified") << u"system"_s << u"zh_TW"_s << u"en"_s;
    QTest::newRow("system de_DE") << u"system"_s << u"de_DE"_s << u"en"_s;
    QTest::newRow("system en_GB") << u"system"_s << u"en_GB"_s << u"en"_s;
    QTest::newRow("chosen en over zh") << u"en"_s << u"zh_CN"_s << u"en"_s;
    QTest::newRow("chosen zh over de") << u"zh_CN"_s << u"de_DE"_s << u"zh_CN"_s;
    QTest::newRow("unknown setting") << u"klingon"_s << u"zh_CN"_s << u"zh_CN"_s;
}

void tst_UiLanguage::resolve()
{
    QFETCH(QString, setting);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(UiLanguage::resolve(setting, QLocale(locale)), expected);
}

void tst_UiLanguage::installSwitches()
{
    QVERIFY(UiLanguage::install(u"zh_CN"_s));
    QCOMPARE(stateDisplayName(InstanceState::Running), u"运行中"_s);
    QCOMPARE(cloudDisplayName(Cloud::Aliyun), u"阿里云"_s);
    QCOMPARE(
        QCoreApplication::translate("TransitionDigest", "%n instance(s) in %1 stopped", nullptr, 7)
            .arg(u"cn-hangzhou"_s),
        u"cn-hangzhou 有 7 个实例已停止"_s);
    QVERIFY(UiLanguage::install(u"en"_s));
    QCOMPARE(stateDisplayName(InstanceState::Running), u"Running"_s);
    QCOMPARE(
        QCoreApplication::translate("TransitionDigest", "%n instance(s) in %1 stopped", nullptr, 7)
            .arg(u"cn-hangzhou"_s),
        u"7 instances in cn-hangzhou stopped"_s);
    QCOMPARE(UiLanguage::nativeName(u"zh_CN"_s), u"简体中文"_s);
}

QTEST_GUILESS_MAIN(tst_UiLanguage)
#include "tst_uilanguage.moc"
