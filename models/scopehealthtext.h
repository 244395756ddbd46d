// ScopeHealthText: what the account-health strip says about one scope, in plain words — what
// happened, to which account and region, and what to do — with the cloud's code, message and
// request id kept verbatim for copying. Plain text only; no widgets, so it is tested headless.
#pragma once

#include "scopehealth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class ScopeHealthText
{
    Q_DECLARE_TR_FUNCTIONS(ScopeHealthText)

public:
    // "OK · 12 s ago", "Throttled · retrying in 8 s", "Auth failed", "Details unavailable", …
    static QString headline(const ScopeHealth &health, const QDateTime &now);
    // One or two sentences for the tooltip: what happened, where, and what to do.
    static QString explanation(const ScopeHealth &health, const QString &accountName,
                               const QDateTime &now);
    // The explanation plus the cloud's own code, HTTP status, message and request id, one per
    // line, for the clipboard and a support ticket.
    static QString details(const ScopeHealth &health, const QString &accountName,
                           const QDateTime &now);
    // "cn-hangzhou", or "all regions" for a region-less (Zenlayer) scope.
    static QString where(const ScopeHealth &health);
    // "12 s", "3 min", "2 h", "4 d": a compact, translated duration.
    static QString duration(qint64 seconds);
    // The account has no secret to sign with (FetchError::noCredentialsCode): nothing was
    // sent, so nothing was refused.
    static bool isMissingSecret(const ScopeHealth &health);
    // What the user has to act on (auth, clock, a bad request): not just wait.
    static bool needsAttention(const ScopeHealth &health);
    // The cloud's name for the key id field ("AccessKey ID", "SecretId").
    static QString keyIdName(Cloud cloud);
    // Server text made safe to show on one line: control characters removed, length capped.
    static QString serverText(const QString &text, qsizetype max = 300);
};
