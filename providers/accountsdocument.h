// The accounts file's format: JSON text <-> a list of Account, with every rule checked and
// every problem reported with its line and field. Pure: no file access (see AccountsFile).
//
// Format (version 1):
//   {
//       "version": 1,
//       "accounts": [
//           { "id": "prod", "name": "Production", "cloud": "aliyun", "accessKeyId": "LTAI...",
//             "regions": ["cn-hangzhou"], "endpoint": "https://...", "apiStyle": "v3",
//             "secretEnv": "PROD_SECRET", "pollSeconds": 30, "maxConcurrency": 4 }
//       ]
//   }
// A bare array of accounts is read as version 1. "version" may be omitted (1). Unknown fields
// are errors in a version-1 file (they are usually typos); in a file from a newer version they
// are ignored, the rest is read, and a warning says so. Secret-looking fields ("secret",
// "accessKeySecret", "password"...) are always errors: secrets live in the keychain or in the
// environment variable named by "secretEnv", never here.
#pragma once

#include "account.h"
#include "accountsfileissue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

struct AccountsParseResult
{
    QList<Account> accounts; // the accounts that passed every check, in file order
    int formatVersion = 0; // as written in the file (1 when omitted)
    QList<AccountsFileIssue> errors; // non-empty: the file is malformed and must not be saved over
    QList<AccountsFileIssue> warnings; // e.g. written by a newer version

    bool ok() const { return errors.isEmpty(); }
    bool isNewerVersion() const;
};

class AccountsDocument
{
    Q_DECLARE_TR_FUNCTIONS(AccountsDocument)

public:
    static constexpr int formatVersion = 1;
    static constexpr qsizetype maximumSize = 4 * 1024 * 1024;
    static constexpr qsizetype maximumAccounts = 10000;
    static constexpr int maximumPollSeconds = 24 * 60 * 60;
    static constexpr int maximumConcurrency = 64;

    // `fileName` only labels the messages ("accounts.json:14: ..."); may be empty.
    static AccountsParseResult parse(QByteArrayView text, const QString &fileName);
    // Version-1 text, fields in a fixed, readable order; optional fields left at their
    // defaults are omitted.
    static QByteArray serialize(const QList<Account> &accounts);
    // The problems parse() would find in serialize(accounts), without file or line: what the
    // UI and AccountsFile::save() check before writing.
    static QList<AccountsFileIssue> validate(const QList<Account> &accounts);

    // localhost, 127.0.0.0/8 and ::1: the only hosts an http:// endpoint may name.
    static bool isLoopbackHost(const QString &host);
    // Whether `name` is one a secret would be stored under ("secret", "access_key_secret"...).
    static bool isSecretFieldName(QStringView name);
};
