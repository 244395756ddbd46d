// One problem found in an accounts file (or in accounts about to be saved): where it is
// (file, line, account, field) and what is wrong, composed into one plain sentence such as
//   accounts.json:14: account "prod": field "cloud" must be one of jdcloud, zenlayer, aliyun,
//   tencent
// Never carries a secret or the value of a secret-looking field.
#pragma once

#include <QList>
#include <QString>

struct AccountsFileIssue
{
    enum class Kind : quint8 {
        Io, // the file could not be read or written
        Syntax, // not JSON
        Field, // a value is missing, of the wrong type, or out of range
        SecretField, // a field that would hold a secret: never accepted
        NewerVersion, // written by a newer Fleetwatch (a warning when loading)
        Refused, // saving would destroy a file that is malformed or newer
    };

    Kind kind = Kind::Field;
    QString file; // file name as shown to the user ("accounts.json"); empty before saving
    int line = 0; // 1-based; 0 when the problem has no line
    int column = 0; // 1-based; only for syntax errors
    QString account; // the account's id, or "#3" when it has no usable id; empty: whole file
    QString field; // "cloud", "regions/1", "version"...; empty when about the whole account
    QString problem; // what is wrong, as a predicate: "must be one of ..."

    QString message() const;
    // All messages, one per line.
    static QString join(const QList<AccountsFileIssue> &issues);
};
