// KeychainError: QtKeychain's answers sorted into kinds and reasons (the texts are the ones
// QtKeychain 0.13 gives on Debian 12), and messages that say what to do.
#include "keychainerror.h"

#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

class tst_KeychainError : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data();
    void classifies();
    void messagesNameAccountAndRemedy();
};

void tst_KeychainError::classifies_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<KeychainError::Kind>("kind");
    QTest::addColumn<KeychainError::Reason>("reason");
    QTest::addColumn<bool>("sessionOnly");

    using K = KeychainError::Kind;
    using R = KeychainError::Reason;
    QTest::newRow("ok") << int(QKeychain::NoError) << QString() << K::None << R::Unknown << false;
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << u"Entry not found"_s
                               << K::NotFound << R::Unknown << false;
    QTest::newRow("no bus, no display")
        << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
        << K::Unavailable << R::NoSessionBus << true;
    QTest::newRow("bus address points nowhere")
        << int(QKeychain::OtherError) << u"Could not connect: No such file or directory"_s
        << K::Unavailable << R::NoSessionBus << true;
    QTest::newRow("no secret service")
        << int(QKeychain::OtherError)
        << u"The name org.freedesktop.secrets was not provided by any .service files"_s
        << K::Unavailable << R::NoSecretService << true;
    QTest::newRow("login keyring never unlocked")
        << int(QKeychain::OtherError)
        << u"Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d"_s
        << K::Unavailable << R::Locked << true;
    QTest::newRow("libsecret missing")
        << int(QKeychain::OtherError) << u"Unknown error"_s << K::Unavailable << R::Unknown << true;
    QTest::newRow("wrong keyring password")
        << int(QKeychain::AccessDenied) << QString() << K::AccessDenied << R::Unknown << true;
    QTest::newRow("user said no") << int(QKeychain::AccessDeniedByUser) << QString()
                                  << K::AccessDenied << R::Unknown << true;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString() << K::Unavailable
                                << R::NoBackend << true;
    QTest::newRow("could not delete")
        << int(QKeychain::CouldNotDeleteEntry) << QString() << K::Failed << R::Unknown << false;
}

void tst_KeychainError::classifies()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(KeychainError::Kind, kind);
    QFETCH(KeychainError::Reason, reason);
    QFETCH(bool, sessionOnly);

    const KeychainError error = KeychainError::fromJob(code, text, u"prod"_s);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.reason, reason);
    QCOMPARE(error.offersSessionOnly(), sessionOnly);
    QCOMPARE(error.ok(), kind == KeychainError::Kind::None);
    QCOMPARE(error.message().isEmpty(), error.ok());
    QCOMPARE(error.message().contains(u"for this session only"_s), sessionOnly);
}

void tst_KeychainError::messagesNameAccountAndRemedy()
{
    const KeychainError locked =
        KeychainError::fromJob(QKeychain::OtherError, u"collection/login"_s, u"prod"_s);
    QVERIFY(locked.message().contains(u"\"prod\""_s));
    QVERIFY(locked.message().contains(u"unlock"_s));
    const KeychainError timedOut = KeychainError::timedOut(u"prod"_s, 120);
    QCOMPARE(timedOut.kind, KeychainError::Kind::Unavailable);
    QCOMPARE(timedOut.reason, KeychainError::Reason::TimedOut);
    QVERIFY(timedOut.message().contains(u"password prompt"_s));
    const KeychainError unknown =
        KeychainError::fromJob(QKeychain::OtherError, u"Something odd"_s, u"prod"_s);
    QVERIFY(unknown.message().contains(u"Something odd"_s)); // the keychain's words are kept
}

QTEST_GUILESS_MAIN(tst_KeychainError)
#include "tst_keychainerror.moc"
