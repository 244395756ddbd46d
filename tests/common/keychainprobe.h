// Test helper: looks into the Secret Service from outside Fleetwatch with secret-tool
// (libsecret-tools), the way a user would check what is stored. QtKeychain files entries under
// schema org.qt.keychain with server = <service> and user = account:<id>.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace KeychainProbe {

// secret-tool's output (stdout and stderr: `search` prints attributes on stderr).
inline QString secretTool(const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("secret-tool"), arguments);
    process.waitForFinished(30000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline bool available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty();
}

// The secret stored for an account, as bytes; empty when there is none.
inline QByteArray lookup(const QString &service, const QString &accountId)
{
    int exitCode = -1;
    const QString found = secretTool({ QStringLiteral("lookup"), QStringLiteral("server"), service,
                                       QStringLiteral("user"), u"account:" + accountId },
                                     &exitCode);
    return exitCode == 0 ? found.toUtf8() : QByteArray();
}

// `secret-tool search --all server <service>`: every entry's attributes (and secrets).
inline QString search(const QString &service)
{
    return secretTool(
        { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service });
}

// A secret made at run time, so scans of files cannot find it in a test's own binary.
inline QByteArray randomSecret(const char *prefix)
{
    return QByteArray(prefix) + QByteArray::number(QRandomGenerator::global()->generate64(), 36)
        + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace KeychainProbe
