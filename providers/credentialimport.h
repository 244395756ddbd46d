// Everything that can be imported at once: the Alibaba Cloud CLI's and Tencent Cloud CLI's
// profiles and the clouds' environment variables (see each reader's header), with the home
// folder and environment passed in so tests never touch the real ones. Parsing only: choosing
// what to import, and storing the secrets in the keychain, is the accounts dialog's job.
#pragma once

#include "importcandidate.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

class CredentialImport
{
    Q_DECLARE_TR_FUNCTIONS(CredentialImport)

public:
    static constexpr qint64 maximumFileSize = 1024 * 1024;
    static constexpr qsizetype maximumEntries = 200; // profiles per file, files per folder

    // CLI files first, then the environment. A key id seen twice for the same cloud is
    // offered once (the first place it was found).
    static ImportResult
    readAll(const QString &homeDir = QDir::homePath(),
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // `base` made into a valid account id ("aliyun-my profile" -> "aliyun-my-profile").
    static QString suggestedId(const QString &base);
    // `id`, or `id-2`, `id-3`... whichever is not in `taken`.
    static QString uniqueId(const QString &id, const QStringList &taken);
    static bool isPlausibleRegion(const QString &region);

    // A candidate from a CLI profile (Origin AliyunCli or TencentCli): label, suggested id and
    // name, the region when it looks like one.
    static ImportCandidate cliCandidate(ImportCandidate::Origin origin, const QString &source,
                                        const QString &profile, const QString &region,
                                        const QString &keyId, const QString &secret);
    // The file's bytes, or a problem added to `result` (unreadable, too large).
    static std::optional<QByteArray> readSmallFile(const QString &path, ImportResult *result);
};
