// Parsing and writing of the accounts file's JSON: the document level (version, list, unique
// ids, repeated keys). Each account's fields are checked by AccountReader.
#include "accountsdocument.h"

#include "accountreader.h"
#include "jsonlineindex.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {

AccountsFileIssue fileIssue(AccountsFileIssue::Kind kind, const QString &fileName, int line,
                            const QString &field, const QString &problem)
{
    AccountsFileIssue issue;
    issue.kind = kind;
    issue.file = fileName;
    issue.line = line;
    issue.field = field;
    issue.problem = problem;
    return issue;
}

// A JSON string literal, escaped exactly as Qt's own writer does.
QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

bool AccountsParseResult::isNewerVersion() const
{
    return formatVersion > AccountsDocument::formatVersion;
}

bool AccountsDocument::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool AccountsDocument::isSecretFieldName(QStringView name)
{
    QString normalized;
    for (QChar c : name) {
        if (c != u'_' && c != u'-')
            normalized.append(c.toLower());
    }
    static const QStringList secretNames {
        u"secret"_s,       u"secretkey"_s,         u"accesskeysecret"_s, u"secretaccesskey"_s,
        u"password"_s,     u"accesskeypassword"_s, u"token"_s,           u"securitytoken"_s,
        u"sessiontoken"_s, u"ststoken"_s,          u"privatekey"_s,
    };
    return secretNames.contains(normalized);
}

AccountsParseResult AccountsDocument::parse(QByteArrayView text, const QString &fileName)
{
    using Kind = AccountsFileIssue::Kind;
    AccountsParseResult result;
    if (text.size() > maximumSize) {
        result.errors.append(fileIssue(Kind::Syntax, fileName, 0, QString(),
                                       tr("is too large (more than 4 MiB): not an accounts file")));
        return result;
    }
    if (text.startsWith("\xEF\xBB\xBF")) // a BOM some editors add; not JSON, but harmless
        text = text.sliced(3);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = JsonLineIndex::lineAndColumn(text, parseError.offset);
        AccountsFileIssue issue =
            fileIssue(Kind::Syntax, fileName, line, QString(),
                      tr("JSON syntax error: %1").arg(parseError.errorString()));
        issue.column = column;
        result.errors.append(issue);
        return result;
    }
    const JsonLineIndex index = JsonLineIndex::build(text);

    QJsonArray accounts;
    QString accountsPointer;
    result.formatVersion = formatVersion;
    if (document.isArray()) {
        accounts = document.array();
    } else {
        const QJsonObject root = document.object();
        const QJsonValue version = root.value(u"version"_s);
        if (!version.isUndefined()) {
            const double number = version.toDouble(-1);
            if (!version.isDouble() || number < 1 || number > 1e6 || int(number) != number) {
                result.errors.append(fileIssue(Kind::Field, fileName, index.line(u"/version"_s),
                                               u"version"_s,
                                               tr("must be a whole number, 1 or more")));
                return result;
            }
            result.formatVersion = int(number);
        }
        const bool newer = result.isNewerVersion();
        if (newer) {
            result.warnings.append(fileIssue(
                Kind::NewerVersion, fileName, index.line(u"/version"_s), QString(),
                tr("was written by a newer Fleetwatch (format version %1; this version "
                   "knows format %2). Fleetwatch reads what it understands and will not save "
                   "over this file, so nothing the newer version wrote is lost.")
                    .arg(result.formatVersion)
                    .arg(formatVersion)));
        }
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            const QString pointer = JsonLineIndex::child(QString(), it.key());
            if (isSecretFieldName(it.key())) {
                result.errors.append(
                    fileIssue(Kind::SecretField, fileName, index.line(pointer), it.key(),
                              tr("is not allowed: secrets never go in this file")));
            } else if (!newer && it.key() != u"version" && it.key() != u"accounts") {
                result.errors.append(
                    fileIssue(Kind::Field, fileName, index.line(pointer), it.key(),
                              tr("is not a known field (known: version, accounts)")));
            }
        }
        const QJsonValue list = root.value(u"accounts"_s);
        accountsPointer = u"/accounts"_s;
        if (!list.isArray()) {
            result.errors.append(fileIssue(
                Kind::Field, fileName, index.line(list.isUndefined() ? QString() : accountsPointer),
                u"accounts"_s,
                list.isUndefined() ? tr("is missing") : tr("must be a list of accounts")));
            return result;
        }
        accounts = list.toArray();
    }
    if (accounts.size() > maximumAccounts) {
        result.errors.append(fileIssue(Kind::Field, fileName, index.line(accountsPointer),
                                       u"accounts"_s, tr("lists more than 10000 accounts")));
        return result;
    }

    AccountReader reader({ &index, fileName, result.isNewerVersion() }, &result.errors);
    QHash<QString, int> idLines; // id -> line of its first account
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QString pointer = JsonLineIndex::child(accountsPointer, i);
        std::optional<Account> account = reader.read(accounts.at(i), pointer, i);
        const QString id = accounts.at(i).toObject().value(u"id"_s).toString();
        if (AccountReader::isValidId(id)) {
            const int line = index.line(JsonLineIndex::child(pointer, u"id"_s));
            if (const auto first = idLines.constFind(id); first != idLines.constEnd()) {
                AccountsFileIssue issue = fileIssue(Kind::Field, fileName, line, u"id"_s,
                                                    tr("repeats the id of the account at line %1; "
                                                       "ids must be unique")
                                                        .arg(first.value()));
                issue.account = id;
                result.errors.append(issue);
                continue;
            }
            idLines.insert(id, line);
        }
        if (account)
            result.accounts.append(std::move(*account));
    }

    // QJsonDocument silently keeps one of two equal keys; a person editing the file meant one.
    for (const JsonLineIndex::DuplicateKey &duplicate : index.duplicateKeys()) {
        const QStringList parts = duplicate.pointer.split(u'/');
        AccountsFileIssue issue =
            fileIssue(Kind::Field, fileName, duplicate.line, parts.constLast(),
                      tr("appears twice in the same object; keep one"));
        // "/accounts/N/field" (or "/N/field" in a bare list) names an account.
        const QString prefix = accountsPointer + u'/';
        if (duplicate.pointer.startsWith(prefix)) {
            const QStringList rest = duplicate.pointer.mid(prefix.size()).split(u'/');
            bool isIndex = false;
            const int position = rest.constFirst().toInt(&isIndex);
            if (isIndex && rest.size() >= 2 && position >= 0 && position < accounts.size())
                issue.account = AccountReader::label(accounts.at(position), position);
        }
        result.errors.append(issue);
    }
    if (!result.errors.isEmpty())
        std::stable_sort(
            result.errors.begin(), result.errors.end(),
            [](const AccountsFileIssue &a, const AccountsFileIssue &b) { return a.line < b.line; });
    return result;
}

QByteArray AccountsDocument::serialize(const QList<Account> &accounts)
{
    QByteArray out =
        "{\n    \"version\": " + QByteArray::number(formatVersion) + ",\n    \"accounts\": [";
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        QList<QByteArray> fields;
        fields.append("\"id\": " + quoted(account.id));
        fields.append("\"name\": " + quoted(account.name));
        fields.append("\"cloud\": " + quoted(cloudId(account.cloud)));
        fields.append("\"accessKeyId\": " + quoted(account.accessKeyId));
        QList<QByteArray> regions;
        for (const QString &region : account.regions)
            regions.append(quoted(region));
        fields.append("\"regions\": [" + regions.join(", ") + ']');
        if (!account.endpoint.isEmpty())
            fields.append("\"endpoint\": " + quoted(account.endpoint.toString()));
        if (account.apiStyle != Account::ApiStyle::V3)
            fields.append("\"apiStyle\": " + quoted(Account::apiStyleId(account.apiStyle)));
        if (!account.secretEnv.isEmpty())
            fields.append("\"secretEnv\": " + quoted(account.secretEnv));
        if (account.pollSeconds != 0)
            fields.append("\"pollSeconds\": " + QByteArray::number(account.pollSeconds));
        if (account.maxConcurrency != 0)
            fields.append("\"maxConcurrency\": " + QByteArray::number(account.maxConcurrency));
        out += (i == 0 ? "\n" : ",\n");
        out += "        {\n            " + fields.join(",\n            ") + "\n        }";
    }
    out += accounts.isEmpty() ? "]\n}\n" : "\n    ]\n}\n";
    return out;
}

QList<AccountsFileIssue> AccountsDocument::validate(const QList<Account> &accounts)
{
    QList<AccountsFileIssue> issues = parse(serialize(accounts), QString()).errors;
    for (AccountsFileIssue &issue : issues) {
        issue.line = 0; // lines of text that exists only in memory would mislead
        issue.column = 0;
    }
    return issues;
}
