// Reads one account object of an accounts file, checking each field against the rules in
// accountsdocument.h and reporting each problem with its line. Used by AccountsDocument.
#pragma once

#include "account.h"
#include "accountsfileissue.h"
#include "jsonlineindex.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

class AccountReader
{
    Q_DECLARE_TR_FUNCTIONS(AccountReader)

public:
    struct Context
    {
        const JsonLineIndex *index = nullptr;
        QString fileName;
        bool lenient = false; // ignore unknown fields (a file from a newer version)
    };

    AccountReader(Context context, QList<AccountsFileIssue> *errors);

    // The account at `pointer` ("/accounts/3"), `position` its 0-based place in the list.
    // Returns it only when every field is valid; otherwise the problems are in `errors`.
    std::optional<Account> read(const QJsonValue &value, const QString &pointer,
                                qsizetype position);

    // How messages name the account: its id when it has a plausible one, else "#4".
    static QString label(const QJsonValue &value, qsizetype position);
    static bool isValidId(const QString &id);

    static const QStringList &knownFields();

private:
    // Adds an error about `field` of the current account; the line is the field's, or the
    // account's when the field is absent.
    void fail(const QString &field, const QString &problem,
              AccountsFileIssue::Kind kind = AccountsFileIssue::Kind::Field);

    std::optional<QString> requiredString(const QString &field);
    std::optional<QString> optionalString(const QString &field);
    std::optional<int> optionalInteger(const QString &field, int minimum, int maximum);
    std::optional<QStringList> readRegions(Cloud cloud, bool cloudKnown);
    std::optional<QUrl> readEndpoint();
    void checkFieldNames();

    Context m_context;
    QList<AccountsFileIssue> *m_errors;
    // The account being read.
    QJsonObject m_object;
    QString m_pointer;
    QString m_label;
    int m_errorsBefore = 0;
};
