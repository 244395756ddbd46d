// Where a request goes: the cloud's public endpoint or the account's override (the emulator,
// a corporate gateway), the API path appended to it, and the policy that plain http:// is
// only ever allowed to a loopback host.
#pragma once

#include "fetcherror.h"

#include <QString>
#include <QUrl>

#include <optional>

class Endpoint
{
public:
    // 127.0.0.0/8, ::1 (and ::ffff:127.x), "localhost" and "*.localhost".
    static bool isLoopbackHost(const QString &host);

    // Refuses (InvalidRequest, code "InsecureEndpoint"/"InvalidEndpoint") anything but https,
    // or http to a loopback host; URLs with user info, a query or a fragment are refused too.
    static std::optional<FetchError> check(const QUrl &url);

    // The URL to send to: `base` (the account's override, may carry a path prefix) or, when it
    // is empty, `publicBase`; `apiPath` ("/v1/regions/x/instanceStatus", "/") appended.
    static QUrl resolve(const QUrl &base, const QUrl &publicBase, const QString &apiPath);

    // The Host header Qt will send for `url`, as the signers need it: lower-case host,
    // "[v6]" brackets, ":port" only when it is not the scheme's default.
    static QString hostHeader(const QUrl &url);
};
