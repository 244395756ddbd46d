// CredentialResolver: environment variable first (and only, when named), then the session
// store, then the keychain; always answered from the event loop; plain-words failures that
// name the variable but never a secret. No keychain is needed: it is absent (null) here.
#include "credentialresolver.h"
#include "sessionsecretstore.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

Account account(const QString &secretEnv = QString())
{
    Account a;
    a.id = u"prod"_s;
    a.name = u"Production"_s;
    a.cloud = Cloud::Tencent;
    a.accessKeyId = u"AKIDfakeKeyId"_s;
    a.regions = { u"ap-guangzhou"_s };
    a.secretEnv = secretEnv;
    return a;
}

std::optional<CredentialResolution> resolveAndWait(CredentialResolver &resolver, const Account &a)
{
    std::optional<CredentialResolution> result;
    QObject guard;
    resolver.resolve(a, &guard, [&result](const CredentialResolution &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 5000); // result stays empty
    return result;
}

} // namespace

class tst_CredentialResolver : public QObject
{
    Q_OBJECT

private slots:
    void environmentVariableWins();
    void missingVariableIsAnErrorNotAFallback();
    void sessionStoreWhenNoVariableIsNamed();
    void noKeychainSaysSo();
    void answersOnlyLaterAndOnlyToLiveContexts();
};

void tst_CredentialResolver::environmentVariableWins()
{
    SessionSecretStore session;
    session.set(u"prod"_s, "from-session"_ba);
    CredentialResolver resolver(nullptr, &session);
    QProcessEnvironment environment;
    environment.insert(u"PROD_SECRET"_s, u"from-environment"_s);
    resolver.setEnvironment(environment);

    const auto result = resolveAndWait(resolver, account(u"PROD_SECRET"_s));
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->source, CredentialResolution::Source::Environment);
    QCOMPARE(result->credentials.accessKeyId, u"AKIDfakeKeyId"_s);
    QVERIFY(result->credentials.secret == "from-environment"_ba);
    QVERIFY(result->message().isEmpty());
}

void tst_CredentialResolver::missingVariableIsAnErrorNotAFallback()
{
    SessionSecretStore session;
    session.set(u"prod"_s, "from-session"_ba);
    CredentialResolver resolver(nullptr, &session);
    QProcessEnvironment environment;
    environment.insert(u"EMPTY"_s, QString());
    resolver.setEnvironment(environment);

    for (const QString &name : { u"UNSET_VARIABLE"_s, u"EMPTY"_s }) {
        const auto result = resolveAndWait(resolver, account(name));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->source, CredentialResolution::Source::None);
        QCOMPARE(result->environmentVariable, name);
        QVERIFY(result->message().contains(name));
        QVERIFY(result->message().contains(u"\"prod\""_s));
        QVERIFY(!result->message().contains(u"from-session"_s));
        QVERIFY(!result->offersSessionOnly()); // the fix is to set the variable
    }
}

void tst_CredentialResolver::sessionStoreWhenNoVariableIsNamed()
{
    SessionSecretStore session;
    session.set(u"prod"_s, "from-session"_ba);
    CredentialResolver resolver(nullptr, &session);
    QProcessEnvironment environment;
    environment.insert(u"PROD_SECRET"_s, u"ignored"_s);
    resolver.setEnvironment(environment);

    const auto result = resolveAndWait(resolver, account());
    QVERIFY(result && result->ok());
    QCOMPARE(result->source, CredentialResolution::Source::Session);
    QVERIFY(result->credentials.secret == "from-session"_ba);
}

void tst_CredentialResolver::noKeychainSaysSo()
{
    SessionSecretStore session;
    CredentialResolver resolver(nullptr, &session);
    const auto result = resolveAndWait(resolver, account());
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->keychainError.kind, KeychainError::Kind::Unavailable);
    QCOMPARE(result->keychainError.reason, KeychainError::Reason::NoBackend);
    QVERIFY(result->offersSessionOnly());
    QVERIFY(result->message().contains(u"\"prod\""_s));

    CredentialResolver noStores(nullptr, nullptr);
    QVERIFY(!resolveAndWait(noStores, account())->ok());
}

void tst_CredentialResolver::answersOnlyLaterAndOnlyToLiveContexts()
{
    SessionSecretStore session;
    session.set(u"prod"_s, "s"_ba);
    CredentialResolver resolver(nullptr, &session);
    bool answered = false;
    resolver.resolve(account(), this,
                     [&answered](const CredentialResolution &) { answered = true; });
    QVERIFY(!answered); // never from inside resolve()
    QVERIFY(QTest::qWaitFor([&answered] { return answered; }, 5000));

    bool late = false;
    {
        QObject context;
        resolver.resolve(account(), &context,
                         [&late](const CredentialResolution &) { late = true; });
    }
    QTest::qWait(50); // let the queued answer come due; it must find no receiver
    QVERIFY(!late);
}

QTEST_GUILESS_MAIN(tst_CredentialResolver)
#include "tst_credentialresolver.moc"
