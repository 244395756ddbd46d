// Reading and atomically writing the accounts file, with the guards that keep a malformed or
// newer file from being overwritten.
#include "accountsfile.h"

#include "atomicfilewrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

AccountsFileIssue ioIssue(const QString &fileName, const QString &problem,
                          AccountsFileIssue::Kind kind = AccountsFileIssue::Kind::Io)
{
    AccountsFileIssue issue;
    issue.kind = kind;
    issue.file = fileName;
    issue.problem = problem;
    return issue;
}

struct RawFile
{
    bool exists = false;
    QByteArray bytes;
    QString error; // set when the file exists but could not be read
};

RawFile readRaw(const QString &path)
{
    RawFile raw;
    const QFileInfo info(path);
    raw.exists = info.exists() || info.isSymLink();
    if (!raw.exists)
        return raw;
    if (info.isDir()) {
        raw.error = QCoreApplication::translate("AccountsFile", "is a folder, not a file");
        return raw;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        raw.error = QCoreApplication::translate("AccountsFile", "cannot be read: %1")
                        .arg(file.errorString());
        return raw;
    }
    // One byte more than the limit is enough to know the file is too large.
    raw.bytes = file.read(AccountsDocument::maximumSize + 1);
    if (file.error() != QFileDevice::NoError)
        raw.error = QCoreApplication::translate("AccountsFile", "cannot be read: %1")
                        .arg(file.errorString());
    return raw;
}

} // namespace

AccountsFile::AccountsFile(QString path)
    : m_path(std::move(path))
{ }

QString AccountsFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + u"/accounts.json"_s;
}

AccountsLoadResult AccountsFile::load() const
{
    AccountsLoadResult result;
    result.path = m_path;
    const QString fileName = QFileInfo(m_path).fileName();
    const RawFile raw = readRaw(m_path);
    if (!raw.exists) {
        result.status = AccountsLoadResult::Status::Missing;
        result.formatVersion = AccountsDocument::formatVersion;
        return result;
    }
    if (!raw.error.isEmpty()) {
        result.status = AccountsLoadResult::Status::Unreadable;
        result.errors.append(ioIssue(fileName, raw.error));
        return result;
    }
    AccountsParseResult parsed = AccountsDocument::parse(raw.bytes, fileName);
    result.status =
        parsed.ok() ? AccountsLoadResult::Status::Loaded : AccountsLoadResult::Status::Malformed;
    result.accounts = std::move(parsed.accounts);
    result.formatVersion = parsed.formatVersion;
    result.errors = std::move(parsed.errors);
    result.warnings = std::move(parsed.warnings);
    return result;
}

AccountsSaveResult AccountsFile::save(const QList<Account> &accounts) const
{
    AccountsSaveResult result;
    const QString fileName = QFileInfo(m_path).fileName();

    result.errors = AccountsDocument::validate(accounts);
    if (!result.errors.isEmpty()) {
        result.status = AccountsSaveResult::Status::Invalid;
        return result;
    }

    // What is on disk now decides whether it may be replaced: never a file we cannot read,
    // never one with errors (the user's edits would be lost), never a newer format (a
    // downgrade would drop what the newer version wrote).
    const RawFile raw = readRaw(m_path);
    if (raw.exists) {
        const auto refuse = [&](const QString &problem) {
            result.status = AccountsSaveResult::Status::Refused;
            result.errors.append(ioIssue(fileName, problem, AccountsFileIssue::Kind::Refused));
            return result;
        };
        if (!raw.error.isEmpty())
            return refuse(tr("%1; it was not replaced").arg(raw.error));
        const AccountsParseResult existing = AccountsDocument::parse(raw.bytes, fileName);
        if (!existing.ok()) {
            refuse(tr("has errors, so it was not overwritten and your changes were not saved. "
                      "Fix the file (or move it away) first:"));
            result.errors.append(existing.errors);
            return result;
        }
        if (existing.isNewerVersion())
            return refuse(tr("was written by a newer Fleetwatch (format version %1); this version "
                             "will not overwrite it. Use the newer version, or save to another "
                             "file.")
                              .arg(existing.formatVersion));
    }

    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        result.status = AccountsSaveResult::Status::Unwritable;
        result.errors.append(
            ioIssue(fileName,
                    tr("cannot be saved: the folder %1 cannot be created. Check that "
                       "nothing else has its name and that you may write to the "
                       "folder above it, then save again")
                        .arg(folder)));
        return result;
    }
    // The file names access key ids: not secrets, but nobody else's business either.
    const QString problem =
        AtomicFileWrite::write(m_path, AccountsDocument::serialize(accounts),
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!problem.isEmpty()) {
        result.status = AccountsSaveResult::Status::Unwritable;
        result.errors.append(
            ioIssue(fileName,
                    tr("cannot be saved in %1: %2. The previous file is unchanged. Check that you "
                       "may write to this folder and that the disk has room, then save again.")
                        .arg(folder, problem)));
        return result;
    }
    return result;
}
