// The accounts file on disk: by default accounts.json in QStandardPaths::AppConfigLocation
// (--accounts FILE picks another). Loading never changes the file; saving writes atomically
// (QSaveFile) and refuses to replace a file that is malformed or was written by a newer
// Fleetwatch, so a typo or a downgrade never costs the user their accounts. The format is in
// accountsdocument.h. Reading and writing a file this small is done synchronously.
#pragma once

#include "account.h"
#include "accountsdocument.h"
#include "accountsfileissue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct AccountsLoadResult
{
    enum class Status : quint8 {
        Loaded, // read and valid (warnings may say it came from a newer version)
        Missing, // no file yet: no accounts, nothing wrong (first start)
        Unreadable, // exists but cannot be read (permissions, a directory, I/O error)
        Malformed, // read, but errors name what to fix; `accounts` holds the valid ones only
    };

    Status status = Status::Missing;
    QString path;
    QList<Account> accounts;
    int formatVersion = 0;
    QList<AccountsFileIssue> errors;
    QList<AccountsFileIssue> warnings;

    // Loaded or Missing: the accounts can be used and, unless from a newer version, saved.
    bool ok() const { return status == Status::Loaded || status == Status::Missing; }
    bool isNewerVersion() const { return formatVersion > AccountsDocument::formatVersion; }
    QString errorString() const { return AccountsFileIssue::join(errors); }
};

struct AccountsSaveResult
{
    enum class Status : quint8 {
        Saved,
        Invalid, // the accounts break a rule (errors name account and field); nothing written
        Refused, // the file on disk is malformed, unreadable or newer; left untouched
        Unwritable, // the folder or file cannot be written; the old file is untouched
    };

    Status status = Status::Saved;
    QList<AccountsFileIssue> errors;

    bool ok() const { return status == Status::Saved; }
    QString errorString() const { return AccountsFileIssue::join(errors); }
};

class AccountsFile
{
    Q_DECLARE_TR_FUNCTIONS(AccountsFile)

public:
    explicit AccountsFile(QString path = defaultPath());

    // <AppConfigLocation>/accounts.json; set the application and organization names first.
    static QString defaultPath();

    const QString &path() const { return m_path; }
    AccountsLoadResult load() const;
    AccountsSaveResult save(const QList<Account> &accounts) const;

private:
    QString m_path;
};
