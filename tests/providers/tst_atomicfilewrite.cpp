// AtomicFileWrite: the new content whole or the old file untouched. The refusal comes from the
// file size limit (RLIMIT_FSIZE), which binds root too and fails a write part-way as a full disk
// does: the case where QSaveFile alone (buffered) renamed a truncated file over the old one.
#include "atomicfilewrite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

// Runs `write` with files capped at `limit` bytes.
QString withSizeLimit(qint64 limit, const std::function<QString()> &write)
{
    rlimit old {};
    ::getrlimit(RLIMIT_FSIZE, &old);
    rlimit tight = old;
    tight.rlim_cur = rlim_t(limit);
    const auto previous = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of the signal
    ::setrlimit(RLIMIT_FSIZE, &tight);
    const QString result = write();
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previous);
    return result;
}

} // namespace

class tst_AtomicFileWrite : public QObject
{
    Q_OBJECT

private slots:
    void writesAndReplaces();
    void partWrittenLeavesTheOldFile();
    void missingFolderIsExplained();
};

void tst_AtomicFileWrite::writesAndReplaces()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"file.json"_s);
    QCOMPARE(
        AtomicFileWrite::write(path, "first", QFileDevice::ReadOwner | QFileDevice::WriteOwner),
        QString());
    QCOMPARE(contentOf(path), QByteArray("first"));
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    QCOMPARE(AtomicFileWrite::write(path, "second, longer"), QString());
    QCOMPARE(contentOf(path), QByteArray("second, longer"));
}

void tst_AtomicFileWrite::partWrittenLeavesTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"file.json"_s);
    const QByteArray old(100, 'o');
    QCOMPARE(AtomicFileWrite::write(path, old), QString());
    const QByteArray bigger(4096, 'n');
    const QString problem =
        withSizeLimit(old.size(), [&] { return AtomicFileWrite::write(path, bigger); });
    QVERIFY2(problem.contains(u"100 of 4096 bytes"_s), qPrintable(problem));
    QCOMPARE(contentOf(path), old);
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { u"file.json"_s });
}

void tst_AtomicFileWrite::missingFolderIsExplained()
{
    QTemporaryDir dir;
    const QString problem = AtomicFileWrite::write(dir.filePath(u"missing/file.json"_s), "x");
    QVERIFY(!problem.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"missing/file.json"_s)));
}

QTEST_GUILESS_MAIN(tst_AtomicFileWrite)
#include "tst_atomicfilewrite.moc"
