// The command line: modes, formats, and that usage errors are errors (exit code 1) with a
// message, never a silent default.
#include "commandline.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(u"9.8.7"_s); }
    void defaultsToWindow();
    void onceJson();
    void onceCsv();
    void accountsFile();
    void usageErrors_data();
    void usageErrors();
};

static CommandLine parse(QStringList args)
{
    args.prepend(u"fleetwatch"_s);
    return CommandLine::parse(args);
}

void tst_CommandLine::defaultsToWindow()
{
    const CommandLine c = parse({});
    QVERIFY(!c.shouldExit());
    QCOMPARE(c.mode, CommandLine::Mode::Window);
    QVERIFY(!c.demo);
    QVERIFY(parse({ u"--demo"_s }).demo);
}

void tst_CommandLine::onceJson()
{
    for (const QStringList &args :
         { QStringList { u"--once"_s }, QStringList { u"--once"_s, u"--json"_s },
           QStringList { u"--once"_s, u"--format"_s, u"JSON"_s } }) {
        const CommandLine c = parse(args);
        QVERIFY(!c.shouldExit());
        QCOMPARE(c.mode, CommandLine::Mode::Once);
        QCOMPARE(c.format, CommandLine::Format::Json);
    }
}

void tst_CommandLine::onceCsv()
{
    const CommandLine c = parse({ u"--once"_s, u"--format"_s, u"csv"_s });
    QCOMPARE(c.mode, CommandLine::Mode::Once);
    QCOMPARE(c.format, CommandLine::Format::Csv);
}

void tst_CommandLine::accountsFile()
{
    QCOMPARE(parse({ u"--once"_s, u"--accounts"_s, u"/tmp/a.json"_s }).accountsFile,
             u"/tmp/a.json"_s);
    QCOMPARE(parse({ u"--accounts=/x.json"_s }).accountsFile, u"/x.json"_s);
}

void tst_CommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown option") << QStringList { u"--frobnicate"_s };
    QTest::newRow("unknown format") << QStringList { u"--once"_s, u"--format"_s, u"xml"_s };
    QTest::newRow("json vs csv") << QStringList { u"--once"_s, u"--json"_s, u"--format"_s,
                                                  u"csv"_s };
    QTest::newRow("format without once") << QStringList { u"--format"_s, u"csv"_s };
    QTest::newRow("accounts without value") << QStringList { u"--accounts"_s };
    QTest::newRow("positional") << QStringList { u"extra"_s };
    QTest::newRow("demo with accounts")
        << QStringList { u"--demo"_s, u"--accounts"_s, u"a.json"_s };
}

void tst_CommandLine::usageErrors()
{
    QFETCH(QStringList, args);
    QCOMPARE(parse(args).exitCode, 1);
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
