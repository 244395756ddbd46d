// The accounts-file target. Whatever the bytes, AccountsDocument::parse must answer, every
// problem must be a sentence pointing at a line that exists, the value of a secret-looking
// field must never be echoed, and what it accepts must survive serialize() and parse() again
// unchanged (what the accounts dialog saves is what the next start reads).
#include "fuzzcheck.h"
#include "fuzztargets.h"

#include "accountsdocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using FuzzCheck::require;

namespace {

// Values of secret-looking fields in the input, when it is JSON at all. Only values long
// enough, and written once in the file, so that a match in a message is an echo of that field.
QStringList secretValues(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    QJsonArray accounts = doc.isArray() ? doc.array() : doc.object().value(u"accounts").toArray();
    QStringList values;
    for (const QJsonValue &account : std::as_const(accounts)) {
        const QJsonObject object = account.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString value = it.value().toString();
            if (AccountsDocument::isSecretFieldName(it.key()) && value.size() >= 8
                && text.count(value.toUtf8()) == 1)
                values.append(value);
        }
    }
    return values;
}

void checkIssues(const QList<AccountsFileIssue> &issues, qsizetype lines,
                 const QStringList &secrets)
{
    for (const AccountsFileIssue &issue : issues) {
        const QString message = issue.message();
        require(!message.isEmpty(), "an issue without a message");
        require(issue.line >= 0 && issue.line <= lines, "an issue on a line the file lacks",
                QString::number(issue.line) + u" of " + QString::number(lines));
        for (const QString &secret : secrets)
            require(!message.contains(secret), "a secret-looking value echoed", message);
    }
}

} // namespace

namespace FuzzTargets {

int accountsDocument(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const AccountsParseResult result = AccountsDocument::parse(text, QStringLiteral("fuzz.json"));
    const QStringList secrets = secretValues(text);
    checkIssues(result.errors, text.count('\n') + 1, secrets);
    checkIssues(result.warnings, text.count('\n') + 1, secrets);
    require(result.accounts.size() <= AccountsDocument::maximumAccounts, "too many accounts");
    if (!result.ok())
        return 0;

    const auto problems = AccountsDocument::validate(result.accounts);
    require(problems.isEmpty(), "parse() accepted what validate() refuses",
            AccountsFileIssue::join(problems).left(500));
    const QByteArray written = AccountsDocument::serialize(result.accounts);
    const AccountsParseResult again = AccountsDocument::parse(written, QString());
    require(again.ok(), "serialize() wrote what parse() refuses",
            AccountsFileIssue::join(again.errors).left(500));
    require(again.accounts == result.accounts, "accounts changed through serialize() and parse()",
            QString::fromUtf8(written.left(500)));
    require(again.formatVersion == AccountsDocument::formatVersion, "not written as version 1");
    return 0;
}

} // namespace FuzzTargets
