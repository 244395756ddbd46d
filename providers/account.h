// One cloud account as Fleetwatch stores it: everything except the secret, which lives in
// the OS keychain (CredentialStore) or, for headless use, in the environment variable named
// by secretEnv.
#pragma once

#include "cloud.h"
#include "instancekey.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

struct Account
{
    // Tencent Cloud can be reached over API 3.0 (TC3 signature) or the legacy v2 endpoint.
    enum class ApiStyle : quint8 { V3, Legacy };

    static constexpr int defaultPollSeconds = 30;
    static constexpr int minimumPollSeconds = 5;
    static constexpr int defaultMaxConcurrency = 4;

    QString id;
    QString name;
    Cloud cloud = Cloud::Aliyun;
    QString accessKeyId;
    QStringList regions;
    QUrl endpoint; // base URL override; empty means the cloud's public endpoint
    ApiStyle apiStyle = ApiStyle::V3;
    QString secretEnv; // name of an environment variable holding the secret (headless, CI)
    int pollSeconds = 0; // 0: the application default
    int maxConcurrency = 0; // 0: defaultMaxConcurrency requests in flight for this account

    // The scopes this account is polled as: one per region, or a single region-less scope
    // for Zenlayer, whose status API lists every instance of the account at once.
    QList<ScopeKey> scopes() const;
    int effectivePollSeconds(int applicationDefault = defaultPollSeconds) const;
    int effectiveMaxConcurrency() const;

    static QString apiStyleId(ApiStyle style);
    static std::optional<ApiStyle> apiStyleFromId(QStringView id);

    friend bool operator==(const Account &, const Account &) = default;
};
