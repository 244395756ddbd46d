// The fleetwatch-emulator program: --help, the base URLs and export lines it prints, the
// accounts file --write-accounts leaves (read back with the app's own AccountsDocument), a
// signed request answered with the printed secret, and the one-line request log.
#include "accountsdocument.h"
#include "emulatortestclient.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_EmulatorExecutable : public QObject
{
    Q_OBJECT

private slots:
    void helpListsTheOptions();
    void servesAndWritesAnAccountsFile();
    void rejectsABadConfigFile();
};

void tst_EmulatorExecutable::helpListsTheOptions()
{
    QProcess process;
    process.start(QStringLiteral(FLEETWATCH_EMULATOR_EXECUTABLE), { u"--help"_s });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *option :
         { "--port", "--config", "--write-accounts", "--seed", "--instances", "--time-scale",
           "--latency", "--throttle-share", "--drop-share", "--clock-skew" })
        QVERIFY2(help.contains(QLatin1StringView(option)), option);
}

void tst_EmulatorExecutable::servesAndWritesAnAccountsFile()
{
    QTemporaryDir dir;
    const QString accountsPath = dir.filePath(u"accounts.json"_s);
    QProcess process;
    process.start(
        QStringLiteral(FLEETWATCH_EMULATOR_EXECUTABLE),
        { u"--write-accounts"_s, accountsPath, u"--instances"_s, u"7"_s, u"--seed"_s, u"5"_s });
    QVERIFY(process.waitForStarted(10000));
    QString output;
    QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(process.readAllStandardOutput()),
                              output.contains(u"\nready\n")),
                             20000);

    QHash<QString, quint16> ports;
    static const QRegularExpression urlLine(u"^(\\w+) +http://127\\.0\\.0\\.1:(\\d+)$"_s,
                                            QRegularExpression::MultilineOption);
    for (auto it = urlLine.globalMatch(output); it.hasNext();) {
        const auto match = it.next();
        ports.insert(match.captured(1), quint16(match.captured(2).toUInt()));
    }
    QCOMPARE(ports.size(), 4);
    QHash<QString, QByteArray> secrets;
    static const QRegularExpression exportLine(u"^export (\\w+)='([^']*)'$"_s,
                                               QRegularExpression::MultilineOption);
    for (auto it = exportLine.globalMatch(output); it.hasNext();) {
        const auto match = it.next();
        secrets.insert(match.captured(1), match.captured(2).toUtf8());
    }

    QFile file(accountsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const AccountsParseResult parsed = AccountsDocument::parse(text, accountsPath);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.accounts.size(), 6);
    QCOMPARE(secrets.size(), 6);
    for (const Account &account : parsed.accounts) {
        QCOMPARE(account.endpoint.port(), int(ports.value(cloudId(account.cloud))));
        QVERIFY(secrets.contains(account.secretEnv));
        QVERIFY(!text.contains(secrets.value(account.secretEnv))); // never in the file
    }

    // A request signed with the printed secret for the Alibaba Cloud account is answered.
    const auto aliyun = std::find_if(parsed.accounts.begin(), parsed.accounts.end(),
                                     [](const Account &a) { return a.cloud == Cloud::Aliyun; });
    const EmulatorTestClient client(ports.value(u"aliyun"_s));
    const WireResponse response = client.send(
        client.aliyun(Credentials(aliyun->accessKeyId, secrets.value(aliyun->secretEnv)),
                      { { u"Action"_s, u"DescribeInstanceStatus"_s },
                        { u"RegionId"_s, aliyun->regions.first() } },
                      QDateTime::currentDateTimeUtc(), u"executable-test"_s));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json()[u"TotalCount"].toInt(), 7);
    QTRY_VERIFY(
        (output += QString::fromUtf8(process.readAllStandardOutput()),
         output.contains(u"GET / aliyun DescribeInstanceStatus key=" + aliyun->accessKeyId)));
    QVERIFY(!output.contains(QString::fromUtf8(secrets.value(aliyun->secretEnv)) + u" ")); // log

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void tst_EmulatorExecutable::rejectsABadConfigFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"config.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"accounts": [{"id": "x", "cloud": "zenlayer", "regions": ["Mars-A"]}]})");
    file.close();
    QProcess process;
    process.start(QStringLiteral(FLEETWATCH_EMULATOR_EXECUTABLE),
                  { u"--config"_s, file.fileName() });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"Zenlayer zone"));
}

QTEST_GUILESS_MAIN(tst_EmulatorExecutable)
#include "tst_emulatorexecutable.moc"
