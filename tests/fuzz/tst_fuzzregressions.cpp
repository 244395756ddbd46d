// Every fuzz target over its seeds, the specs' example bodies and every input a fuzzer ever
// crashed on (tests/data/fuzz/<target>/), in every build: the fuzzers need clang and run in
// their own build (FLEETWATCH_FUZZ), but a crash they found must stay fixed everywhere. A
// failed check aborts this test with the target's message (see FuzzCheck).
#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replays_data();
    void replays();
    void everyTargetHasSeeds();
};

namespace {

QStringList inputsIn(const QString &path)
{
    QStringList files;
    const QDir dir(path);
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (!name.endsWith(u".md"))
            files.append(dir.filePath(name));
    }
    return files;
}

QStringList inputsFor(const char *target)
{
    const QString name = QString::fromLatin1(target);
    return inputsIn(QStringLiteral(FLEETWATCH_FUZZ_SEEDS_DIR) + u'/' + name)
        + inputsIn(QStringLiteral(FLEETWATCH_TEST_DATA_DIR) + u"/fuzz/" + name)
        + inputsIn(QStringLiteral(FLEETWATCH_SPECS_DIR) + u"/examples");
}

} // namespace

void tst_FuzzRegressions::replays_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("file");
    for (int t = 0; t < int(std::size(FuzzTargets::all)); ++t) {
        for (const QString &file : inputsFor(FuzzTargets::all[t].name)) {
            const QString row = QString::fromLatin1(FuzzTargets::all[t].name) + u'/'
                + QFileInfo(QFileInfo(file).path()).fileName() + u'/' + QFileInfo(file).fileName();
            QTest::newRow(qPrintable(row)) << t << file;
        }
    }
}

void tst_FuzzRegressions::replays()
{
    QFETCH(int, target);
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.errorString()));
    const QByteArray bytes = input.readAll();
    QCOMPARE(FuzzTargets::all[target].function(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                               size_t(bytes.size())),
             0);
}

void tst_FuzzRegressions::everyTargetHasSeeds()
{
    for (const FuzzTargets::Target &target : FuzzTargets::all) {
        const QStringList own = inputsIn(QStringLiteral(FLEETWATCH_FUZZ_SEEDS_DIR) + u'/'
                                         + QLatin1StringView(target.name));
        QVERIFY2(own.size() >= 3, target.name);
    }
}

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
