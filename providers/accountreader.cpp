// Field-by-field checks of one account. Values are never echoed into messages: a value typed
// into the wrong field may be a secret.
#include "accountreader.h"

#include "accountsdocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString cloudChoices()
{
    QStringList ids;
    for (Cloud cloud : allClouds)
        ids.append(cloudId(cloud));
    return ids.join(u", "_s);
}

} // namespace

AccountReader::AccountReader(Context context, QList<AccountsFileIssue> *errors)
    : m_context(std::move(context))
    , m_errors(errors)
{ }

const QStringList &AccountReader::knownFields()
{
    static const QStringList fields {
        u"id"_s,       u"name"_s,     u"cloud"_s,     u"accessKeyId"_s, u"regions"_s,
        u"endpoint"_s, u"apiStyle"_s, u"secretEnv"_s, u"pollSeconds"_s, u"maxConcurrency"_s
    };
    return fields;
}

bool AccountReader::isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    return pattern.match(id).hasMatch();
}

QString AccountReader::label(const QJsonValue &value, qsizetype position)
{
    const QString id = value.toObject().value(u"id"_s).toString();
    return isValidId(id) ? id : u'#' + QString::number(position + 1);
}

void AccountReader::fail(const QString &field, const QString &problem, AccountsFileIssue::Kind kind)
{
    AccountsFileIssue issue;
    issue.kind = kind;
    issue.file = m_context.fileName;
    const int fieldLine = field.isEmpty()
        ? 0
        : m_context.index->line(JsonLineIndex::child(m_pointer, field.section(u'/', 0, 0)));
    const int nestedLine =
        field.contains(u'/') ? m_context.index->line(m_pointer + u'/' + field) : 0;
    issue.line = nestedLine > 0 ? nestedLine
        : fieldLine > 0         ? fieldLine
                                : m_context.index->line(m_pointer);
    issue.account = m_label;
    issue.field = field;
    issue.problem = problem;
    m_errors->append(issue);
}

void AccountReader::checkFieldNames()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString &key = it.key();
        if (AccountsDocument::isSecretFieldName(key)) {
            fail(key,
                 tr("is not allowed: Fleetwatch never keeps secrets in this file. Remove it, "
                    "then store the secret in the system keychain (Accounts dialog) or put it "
                    "in an environment variable and name that variable in \"secretEnv\"."),
                 AccountsFileIssue::Kind::SecretField);
        } else if (!m_context.lenient && !knownFields().contains(key)) {
            fail(key,
                 tr("is not a known field (known fields: %1)").arg(knownFields().join(u", "_s)));
        }
    }
}

std::optional<QString> AccountReader::requiredString(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined()) {
        fail(field, tr("is missing"));
        return std::nullopt;
    }
    if (!value.isString()) {
        fail(field, tr("must be a string"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QString> AccountReader::optionalString(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined())
        return QString();
    if (!value.isString()) {
        fail(field, tr("must be a string"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<int> AccountReader::optionalInteger(const QString &field, int minimum, int maximum)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined())
        return 0;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number) {
        fail(field, tr("must be a whole number"));
        return std::nullopt;
    }
    if (number < minimum || number > maximum) {
        fail(field, tr("must be between %1 and %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return int(number);
}

std::optional<QStringList> AccountReader::readRegions(Cloud cloud, bool cloudKnown)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"_s);
    const QJsonValue value = m_object.value(u"regions"_s);
    const bool zenlayer = cloudKnown && cloud == Cloud::Zenlayer;
    if (value.isUndefined()) {
        if (zenlayer) // Zenlayer's status API has no region: one scope per account
            return QStringList();
        fail(u"regions"_s, tr("is missing"));
        return std::nullopt;
    }
    if (!value.isArray()) {
        fail(u"regions"_s, tr("must be a list of region ids, such as [\"cn-hangzhou\"]"));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    QStringList regions;
    QSet<QString> seen;
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = u"regions/"_s + QString::number(i);
        const QString region = array.at(i).toString();
        if (!array.at(i).isString() || !pattern.match(region).hasMatch()) {
            fail(field, tr("must be a region id: letters, digits, '-' or '_'"));
            ok = false;
        } else if (seen.contains(region)) {
            fail(field, tr("repeats a region already listed"));
            ok = false;
        } else {
            seen.insert(region);
            regions.append(region);
        }
    }
    if (ok && regions.isEmpty() && cloudKnown && !zenlayer) {
        fail(u"regions"_s, tr("must list at least one region"));
        return std::nullopt;
    }
    return ok ? std::optional(regions) : std::nullopt;
}

std::optional<QUrl> AccountReader::readEndpoint()
{
    const std::optional<QString> text = optionalString(u"endpoint"_s);
    if (!text)
        return std::nullopt;
    if (text->isEmpty())
        return QUrl();
    const QUrl url(*text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http")) {
        fail(u"endpoint"_s, tr("must be a URL such as https://ecs.aliyuncs.com"));
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty()) {
        fail(u"endpoint"_s, tr("must not contain a user name or password"));
        return std::nullopt;
    }
    if (url.hasQuery() || url.hasFragment()) {
        fail(u"endpoint"_s, tr("must not contain a query (?...) or fragment (#...)"));
        return std::nullopt;
    }
    if (scheme == u"http" && !AccountsDocument::isLoopbackHost(url.host())) {
        fail(u"endpoint"_s,
             tr("must use https:// (plain http:// is accepted only for localhost, 127.0.0.1 "
                "and ::1)"));
        return std::nullopt;
    }
    return url;
}

std::optional<Account> AccountReader::read(const QJsonValue &value, const QString &pointer,
                                           qsizetype position)
{
    m_pointer = pointer;
    m_label = label(value, position);
    m_errorsBefore = int(m_errors->size());
    if (!value.isObject()) {
        fail(QString(), tr("must be an object: { \"id\": ..., \"cloud\": ... }"));
        return std::nullopt;
    }
    m_object = value.toObject();
    checkFieldNames();

    Account account;
    if (const auto id = requiredString(u"id"_s)) {
        if (isValidId(*id))
            account.id = *id;
        else
            fail(u"id"_s,
                 tr("must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter "
                    "or digit"));
    }
    if (const auto name = requiredString(u"name"_s)) {
        if (name->trimmed().isEmpty() || name->size() > 200 || hasControlCharacters(*name))
            fail(u"name"_s, tr("must be 1 to 200 characters on one line"));
        else
            account.name = *name;
    }
    bool cloudKnown = false;
    if (const auto cloudText = requiredString(u"cloud"_s)) {
        if (const auto cloud = cloudFromId(*cloudText)) {
            account.cloud = *cloud;
            cloudKnown = true;
        } else {
            fail(u"cloud"_s, tr("must be one of %1").arg(cloudChoices()));
        }
    }
    if (const auto keyId = requiredString(u"accessKeyId"_s)) {
        static const QRegularExpression pattern(u"^[\\x21-\\x7e]{1,256}$"_s);
        if (pattern.match(*keyId).hasMatch())
            account.accessKeyId = *keyId;
        else
            fail(u"accessKeyId"_s, tr("must be 1 to 256 printable characters without spaces"));
    }
    if (const auto regions = readRegions(account.cloud, cloudKnown))
        account.regions = *regions;
    if (const auto endpoint = readEndpoint())
        account.endpoint = *endpoint;
    if (const auto style = optionalString(u"apiStyle"_s); style && !style->isEmpty()) {
        const auto parsed = Account::apiStyleFromId(*style);
        if (!parsed)
            fail(u"apiStyle"_s, tr("must be \"v3\" or \"legacy\""));
        else if (cloudKnown && account.cloud != Cloud::Tencent)
            fail(u"apiStyle"_s, tr("applies only to Tencent Cloud accounts"));
        else
            account.apiStyle = *parsed;
    }
    if (const auto env = optionalString(u"secretEnv"_s); env && m_object.contains(u"secretEnv"_s)) {
        static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_]{0,127}$"_s);
        if (pattern.match(*env).hasMatch())
            account.secretEnv = *env;
        else
            fail(u"secretEnv"_s,
                 tr("must be the name of an environment variable (letters, digits and '_'), "
                    "not the secret itself"));
    }
    if (const auto seconds = optionalInteger(u"pollSeconds"_s, Account::minimumPollSeconds,
                                             AccountsDocument::maximumPollSeconds))
        account.pollSeconds = *seconds;
    if (const auto concurrency =
            optionalInteger(u"maxConcurrency"_s, 1, AccountsDocument::maximumConcurrency))
        account.maxConcurrency = *concurrency;

    if (m_errors->size() > m_errorsBefore)
        return std::nullopt;
    return account;
}
