// The errors a user can see, in plain words: every FetchError kind (and the missing secret,
// which is no cloud's answer) explained by ScopeHealthText with the account, the region, the
// cloud and what to do; and docs/errors.md, whose tables between the "generated" markers must
// equal what the code says today for an example account, so the documentation cannot drift.
// FLEETWATCH_UPDATE_DOCS=1 rewrites those tables from the code instead of comparing.
#include "accountregistry.h"
#include "credentialresolver.h"
#include "keychainerror.h"
#include "scopehealthtext.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using S = ScopeHealth::Status;
using K = FetchError::Kind;

namespace {

const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const QString account = u"prod"_s;
const QString region = u"cn-hangzhou"_s;
const QString docsPath = QStringLiteral(FLEETWATCH_SOURCE_DIR "/docs/errors.md");
const QString shownConfigFolder = u"~/.config/fleetwatch"_s;

struct Example
{
    QString what; // the situation, for the table's first column
    FetchError error;
    bool stale = true; // the scope had rows confirmed ten minutes before
};

FetchError fetchError(K kind, const QString &code, int httpStatus = 0, const QString &message = {})
{
    FetchError e;
    e.kind = kind;
    e.code = code;
    e.httpStatus = httpStatus;
    e.message = message;
    e.requestId = u"6E8A2B1C-0D4F-4C1E-9B7A-3F2D1C0B9A88"_s;
    return e;
}

FetchError missingSecret(const CredentialResolution &resolution)
{
    FetchError e;
    e.kind = K::Auth;
    e.code = QString::fromLatin1(FetchError::noCredentialsCode);
    e.message = resolution.message();
    return e;
}

// One example per FetchError kind, with the codes the clouds really send, and the ways an
// account can be without its secret.
QList<Example> examples()
{
    CredentialResolution notInKeychain;
    notInKeychain.accountId = account;
    notInKeychain.keychainError.kind = KeychainError::Kind::NotFound;
    notInKeychain.keychainError.accountId = account;
    CredentialResolution noKeychain = notInKeychain;
    noKeychain.keychainError.kind = KeychainError::Kind::Unavailable;
    noKeychain.keychainError.reason = KeychainError::Reason::NoSessionBus;
    CredentialResolution noVariable;
    noVariable.accountId = account;
    noVariable.environmentVariable = u"FW_PROD_SECRET"_s;

    FetchError skew = fetchError(K::ClockSkew, u"InvalidTimeStamp.Expired"_s, 400);
    skew.serverTime = now.addSecs(-16 * 60);
    FetchError throttled = fetchError(K::Throttled, u"Throttling.User"_s, 400);
    throttled.retryAfterMs = 8000;
    return {
        { u"key refused"_s, fetchError(K::Auth, u"InvalidAccessKeyId.NotFound"_s, 404) },
        { u"no secret in the keychain"_s, missingSecret(notInKeychain), false },
        { u"no keychain reachable"_s, missingSecret(noKeychain), false },
        { u"secret's environment variable unset"_s, missingSecret(noVariable), false },
        { u"throttled"_s, throttled },
        { u"clock off"_s, skew },
        { u"network"_s, fetchError(K::Network, u"ConnectionRefused"_s) },
        { u"timeout"_s, fetchError(K::Timeout, {}) },
        { u"request rejected"_s,
          fetchError(K::InvalidRequest, u"InvalidRegionId.NotFound"_s, 400) },
        { u"server error"_s, fetchError(K::Server, u"InternalError"_s, 500) },
        { u"not the API's answer"_s, fetchError(K::Malformed, {}, 200) },
    };
}

ScopeHealth healthFor(const Example &example)
{
    ScopeHealth h;
    h.cloud = Cloud::Aliyun;
    h.scope = { account, region };
    h.lastError = example.error;
    h.status = ScopeHealth::statusFor(example.error);
    h.lastAttempt = now;
    if (h.status != S::AuthFailed)
        h.nextAttempt = now.addSecs(30);
    if (example.stale) {
        h.stale = true;
        h.lastSuccess = now.addSecs(-600);
    }
    return h;
}

QString cell(QString text)
{
    return text.replace(u'|', u"\\|"_s).replace(u'\n', u"<br>"_s);
}

QString fetchTable()
{
    QStringList lines { u"| situation | error kind · code | pill | message (tooltip) |"_s,
                        u"| --- | --- | --- | --- |"_s };
    for (const Example &e : examples()) {
        const ScopeHealth h = healthFor(e);
        const QString code = e.error.code.isEmpty() ? QString() : u" · `"_s + e.error.code + u'`';
        lines.append(u"| %1 | %2%3 | %4 | %5 |"_s.arg(
            e.what, e.error.kindName(), code, cell(ScopeHealthText::headline(h, now)),
            cell(ScopeHealthText::explanation(h, account, now))));
    }
    ScopeHealth details;
    details.cloud = Cloud::Aliyun;
    details.scope = { account, region };
    details.status = S::Ok;
    details.lastSuccess = now.addSecs(-12);
    details.detailsError = fetchError(K::Auth, u"Forbidden.RAM"_s, 403);
    lines.append(u"| details call refused | auth · `Forbidden.RAM` | %1 | %2 |"_s.arg(
        cell(ScopeHealthText::headline(details, now)),
        cell(ScopeHealthText::explanation(details, account, now))));
    return lines.join(u'\n') + u'\n';
}

QString keychainTable()
{
    QStringList lines { u"| keychain answer | message |"_s, u"| --- | --- |"_s };
    const auto row = [&lines](const QString &what, KeychainError e) {
        e.accountId = account;
        lines.append(u"| %1 | %2 |"_s.arg(what, cell(e.message())));
    };
    using KK = KeychainError::Kind;
    using R = KeychainError::Reason;
    row(u"no secret stored"_s, { KK::NotFound, R::Unknown, {}, {} });
    row(u"access denied"_s, { KK::AccessDenied, R::Unknown, {}, {} });
    row(u"no D-Bus session"_s, { KK::Unavailable, R::NoSessionBus, {}, {} });
    row(u"no Secret Service"_s, { KK::Unavailable, R::NoSecretService, {}, {} });
    row(u"locked"_s, { KK::Unavailable, R::Locked, {}, {} });
    row(u"no keychain on this system"_s, { KK::Unavailable, R::NoBackend, {}, {} });
    row(u"no answer in time"_s, KeychainError::timedOut(account, 30));
    row(u"other failure"_s, { KK::Failed, R::Unknown, {}, u"the keychain's own words"_s });
    return lines.join(u'\n') + u'\n';
}

// The accounts file's problems as the registry and the file explain them, with the temporary
// folder shown as the usual one.
QString accountsTable()
{
    QTemporaryDir dir;
    const auto shown = [&dir](QString text) {
        return cell(text.replace(QDir::toNativeSeparators(dir.path()), shownConfigFolder)
                        .replace(dir.path(), shownConfigFolder));
    };
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    };
    QStringList lines { u"| accounts file | message |"_s, u"| --- | --- |"_s };
    const QString malformed =
        write(u"accounts.json"_s,
              "{\n  \"version\": 1,\n  \"accounts\": [\n    {\"id\": \"prod\", \"name\": \"prod\", "
              "\"cloud\": \"aws\", \"accessKeyId\": \"x\", \"regions\": []}\n  ]\n}\n");
    lines.append(u"| has errors (read-only) | %1 |"_s.arg(
        shown(AccountRegistry(malformed, nullptr, nullptr).readOnlyReason())));
    QDir(dir.path()).mkpath(u"newer"_s);
    const QString newer = write(u"newer/accounts.json"_s, "{\"version\": 7, \"accounts\": []}\n");
    lines.append(u"| from a newer Fleetwatch (read-only) | %1 |"_s.arg(
        shown(AccountRegistry(newer, nullptr, nullptr).readOnlyReason())
            .replace(u"/newer/"_s, u"/"_s)));
    // The config folder cannot be made: a file is in its way.
    write(u"blocker"_s, {});
    const AccountsSaveResult saved =
        AccountsFile(dir.filePath(u"blocker/accounts.json"_s)).save({});
    lines.append(u"| folder cannot be created (save) | %1 |"_s.arg(
        shown(saved.errorString()).replace(u"/blocker"_s, QString())));
    return lines.join(u'\n') + u'\n';
}

// The text between "<!-- generated: name -->" and "<!-- end generated: name -->".
QRegularExpression block(const QString &name)
{
    return QRegularExpression(u"(<!-- generated: %1 -->\n)(.*?)(<!-- end generated: %1 -->)"_s.arg(
                                  QRegularExpression::escape(name)),
                              QRegularExpression::DotMatchesEverythingOption);
}

} // namespace

class tst_ErrorTable : public QObject
{
    Q_OBJECT

private slots:
    void everyKindSaysWhatWhereAndWhatToDo();
    void missingSecretIsNotARefusal();
    void docsTablesAreCurrent();
};

void tst_ErrorTable::everyKindSaysWhatWhereAndWhatToDo()
{
    QSet<int> kinds;
    QSet<QString> texts;
    for (const Example &e : examples()) {
        kinds.insert(int(e.error.kind));
        const ScopeHealth h = healthFor(e);
        const QString text = ScopeHealthText::explanation(h, account, now);
        QVERIFY2(text.contains(u"“prod”"_s), qPrintable(text));
        QVERIFY2(text.contains(region), qPrintable(text));
        QVERIFY2(text.contains(u"Alibaba Cloud"_s), qPrintable(text));
        // What to do: act somewhere, or nothing because Fleetwatch retries by itself.
        static const QRegularExpression action(
            u"Accounts|Check|check|Turn on|Set it|Unlock|Retrying|retries"_s);
        QVERIFY2(text.contains(action), qPrintable(text));
        QVERIFY2(!text.contains(QRegularExpression(u"%\\d"_s)), qPrintable(text));
        if (!e.error.code.isEmpty()
            && e.error.code != QLatin1StringView(FetchError::noCredentialsCode))
            QVERIFY2(text.contains(e.error.code), qPrintable(text));
        QVERIFY2(!texts.contains(text), qPrintable(text)); // each situation its own words
        texts.insert(text);
        QVERIFY(!ScopeHealthText::headline(h, now).isEmpty());
    }
    for (int k = int(K::Auth); k <= int(K::Malformed); ++k)
        QVERIFY2(kinds.contains(k), qPrintable(FetchError::kindName(K(k))));
}

void tst_ErrorTable::missingSecretIsNotARefusal()
{
    const QList<Example> all = examples();
    for (const Example &e : all) {
        if (e.error.code != QLatin1StringView(FetchError::noCredentialsCode))
            continue;
        const ScopeHealth h = healthFor(e);
        QVERIFY(ScopeHealthText::isMissingSecret(h));
        QVERIFY(ScopeHealthText::needsAttention(h));
        QCOMPARE(ScopeHealthText::headline(h, now), u"No secret"_s);
        const QString text = ScopeHealthText::explanation(h, account, now);
        QVERIFY2(!text.contains(u"refused"_s), qPrintable(text));
        QVERIFY2(text.startsWith(u"Fleetwatch has no Alibaba Cloud secret for “prod”, so "
                                 "cn-hangzhou is not polled. "_s),
                 qPrintable(text));
        QVERIFY2(text.contains(e.error.message), qPrintable(text)); // where it looked, what to do
    }
    // The environment variable's name is given when the account names one.
    const QString env = ScopeHealthText::explanation(healthFor(all.at(3)), account, now);
    QVERIFY2(env.contains(u"FW_PROD_SECRET"_s), qPrintable(env));
    // Without a reason, it still says what to do.
    Example bare = all.at(1);
    bare.error.message.clear();
    QVERIFY(ScopeHealthText::explanation(healthFor(bare), account, now)
                .endsWith(u"Enter the secret in Accounts."_s));
    // A refused key is still called refused.
    QVERIFY(!ScopeHealthText::isMissingSecret(healthFor(all.at(0))));
    QVERIFY(ScopeHealthText::explanation(healthFor(all.at(0)), account, now)
                .contains(u"was refused"_s));
}

void tst_ErrorTable::docsTablesAreCurrent()
{
    QFile file(docsPath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(docsPath));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    const QList<std::pair<QString, QString>> tables {
        { u"fetch-errors"_s, fetchTable() },
        { u"keychain"_s, keychainTable() },
        { u"accounts-file"_s, accountsTable() },
    };
    const bool update = qEnvironmentVariableIntValue("FLEETWATCH_UPDATE_DOCS") == 1;
    for (const auto &[name, table] : tables) {
        const QRegularExpressionMatch m = block(name).match(text);
        QVERIFY2(m.hasMatch(), qPrintable(u"docs/errors.md has no generated block "_s + name));
        if (update) {
            text.replace(m.capturedStart(2), m.capturedLength(2), table);
            continue;
        }
        if (m.captured(2) != table)
            qWarning().noquote() << "docs/errors.md is out of date; FLEETWATCH_UPDATE_DOCS=1 "
                                    "rewrites it. The table"
                                 << name << "should be:\n"
                                 << table;
        QCOMPARE(m.captured(2), table);
    }
    if (update) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }
}

QTEST_GUILESS_MAIN(tst_ErrorTable)
#include "tst_errortable.moc"
