// An access key pair used to sign requests. The secret is only ever held here, in the
// keychain, or in the environment; it never goes to QSettings, files, logs or error text.
#pragma once

#include <QByteArray>
#include <QString>

struct Credentials
{
    QString accessKeyId;
    QByteArray secret; // UTF-8 bytes of the secret

    Credentials() = default;
    Credentials(QString id, QByteArray secretBytes)
        : accessKeyId(std::move(id))
        , secret(std::move(secretBytes))
    { }
    Credentials(const Credentials &) = default;
    Credentials(Credentials &&) noexcept = default;
    Credentials &operator=(const Credentials &) = default;
    Credentials &operator=(Credentials &&) noexcept = default;
    // The last owner of the secret's bytes overwrites them, so a freed heap block does not
    // keep the key around (QByteArray is implicitly shared: only the last copy may wipe).
    ~Credentials() { wipe(secret); }

    bool isValid() const { return !accessKeyId.isEmpty() && !secret.isEmpty(); }

    static void wipe(QByteArray &bytes)
    {
        if (!bytes.isEmpty() && bytes.isDetached()) {
            volatile char *p = bytes.data();
            for (qsizetype i = 0; i < bytes.size(); ++i)
                p[i] = 0;
        }
    }
};
