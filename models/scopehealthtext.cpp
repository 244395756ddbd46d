// The sentences are whole translatable phrases so that translators can reorder them; codes and
// request ids are never translated. Careful: QString::arg(a, b, ...) fills the placeholders
// present in increasing order, so each sentence uses exactly %1..%N for its N arguments.
#include "scopehealthtext.h"

#include "cloud.h"

namespace {

qint64 secondsUntil(const QDateTime &now, const QDateTime &then)
{
    return then.isValid() ? std::max<qint64>(0, now.secsTo(then)) : -1;
}

QString codeOf(const ScopeHealth &health)
{
    if (!health.lastError)
        return {};
    const FetchError &e = *health.lastError;
    if (!e.code.isEmpty())
        return ScopeHealthText::serverText(e.code, 80);
    if (e.httpStatus)
        return QStringLiteral("HTTP %1").arg(e.httpStatus);
    return e.kindName();
}

// Sentences are separated by a space in English; a sentence ending in an ideographic full
// stop ("。") needs none.
void appendSentence(QString &text, const QString &sentence)
{
    if (!text.isEmpty() && !text.endsWith(QChar(0x3002)))
        text += u' ';
    text += sentence;
}

} // namespace

QString ScopeHealthText::serverText(const QString &text, qsizetype max)
{
    return FetchError::serverText(text, max);
}

QString ScopeHealthText::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 d").arg(seconds / 86400);
}

QString ScopeHealthText::where(const ScopeHealth &health)
{
    return health.scope.region.isEmpty() ? tr("all regions") : serverText(health.scope.region, 64);
}

QString ScopeHealthText::keyIdName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Aliyun:
        return QStringLiteral("AccessKey ID");
    case Cloud::Tencent:
        return QStringLiteral("SecretId");
    case Cloud::JdCloud:
        return QStringLiteral("Access Key ID");
    case Cloud::Zenlayer:
        return QStringLiteral("Access Key ID");
    }
    return {};
}

bool ScopeHealthText::isMissingSecret(const ScopeHealth &health)
{
    return health.lastError && health.lastError->kind == FetchError::Kind::Auth
        && health.lastError->code == QLatin1StringView(FetchError::noCredentialsCode);
}

bool ScopeHealthText::needsAttention(const ScopeHealth &health)
{
    using S = ScopeHealth::Status;
    if (health.status == S::AuthFailed || health.status == S::ClockSkew)
        return true;
    return health.status == S::Failing && health.lastError
        && health.lastError->kind == FetchError::Kind::InvalidRequest;
}

QString ScopeHealthText::headline(const ScopeHealth &health, const QDateTime &now)
{
    using S = ScopeHealth::Status;
    const qint64 retryIn = secondsUntil(now, health.nextAttempt);
    QString text;
    switch (health.status) {
    case S::Waiting:
        text = tr("Waiting for the first listing");
        break;
    case S::Paused:
        text = tr("Paused");
        break;
    case S::Ok:
        if (health.stale)
            text = tr("Stale");
        else if (health.lastSuccess.isValid())
            text = tr("OK · %1 ago").arg(duration(health.lastSuccess.secsTo(now)));
        else
            text = tr("OK");
        break;
    case S::Throttled:
        text = retryIn >= 0 ? tr("Throttled · retrying in %1").arg(duration(retryIn))
                            : tr("Throttled");
        break;
    case S::AuthFailed:
        text = isMissingSecret(health) ? tr("No secret") : tr("Auth failed");
        break;
    case S::ClockSkew:
        text = tr("Clock skew");
        break;
    case S::Unreachable:
        text = retryIn >= 0 ? tr("Unreachable · retrying in %1").arg(duration(retryIn))
                            : tr("Unreachable");
        break;
    case S::Failing:
        text = retryIn >= 0 ? tr("Failing · retrying in %1").arg(duration(retryIn)) : tr("Failing");
        break;
    }
    if (health.stale && health.status != S::Ok && health.lastSuccess.isValid())
        text += tr(" · stale %1").arg(duration(health.lastSuccess.secsTo(now)));
    if (health.detailsError)
        text += tr(" · details unavailable");
    return text;
}

QString ScopeHealthText::explanation(const ScopeHealth &health, const QString &accountName,
                                     const QDateTime &now)
{
    using S = ScopeHealth::Status;
    using K = FetchError::Kind;
    const QString account =
        serverText(accountName.isEmpty() ? health.scope.accountId : accountName, 80);
    const QString region = where(health);
    const QString cloud = cloudDisplayName(health.cloud);
    const QString code = codeOf(health);
    const qint64 retryIn = secondsUntil(now, health.nextAttempt);
    const QString retry = retryIn >= 0 ? duration(retryIn) : tr("a moment");

    QString text;
    switch (health.status) {
    case S::Waiting:
        text = tr("“%1” in %2 has not been listed yet.").arg(account, region);
        break;
    case S::Paused:
        text = tr("Refreshing is paused; rows of “%1” in %2 keep their last known state.")
                   .arg(account, region);
        break;
    case S::Ok:
        if (health.lastSuccess.isValid())
            text = tr("“%1” in %2 was listed completely %3 ago.")
                       .arg(account, region, duration(health.lastSuccess.secsTo(now)));
        else
            text = tr("“%1” in %2 is fine.").arg(account, region);
        break;
    case S::Throttled:
        text = tr("%3 is limiting requests for “%1” in %2 (%4). Fleetwatch slows down and "
                  "retries in %5; nothing to do unless it lasts.")
                   .arg(account, region, cloud, code, retry);
        break;
    case S::AuthFailed:
        if (isMissingSecret(health)) {
            // Nothing was sent: the resolver's reason says where the secret was looked for
            // (keychain, or the account's environment variable) and what to do about it.
            text = tr("Fleetwatch has no %2 secret for “%1”, so %3 is not polled.")
                       .arg(account, cloud, region);
            const QString reason = serverText(health.lastError->message, 500);
            appendSentence(text, reason.isEmpty() ? tr("Enter the secret in Accounts.") : reason);
            break;
        }
        text = tr("The %2 key for “%1” was refused in %5 (%3). Check the %4 and secret in "
                  "Accounts; polling of this account stays stopped until they change.")
                   .arg(account, cloud, code, keyIdName(health.cloud), region);
        break;
    case S::ClockSkew: {
        text = tr("%3 refused the request time for “%1” in %2 (%4): this computer's clock is "
                  "off. Turn on automatic time setting.")
                   .arg(account, region, cloud, code);
        const FetchError *e = health.lastError ? &*health.lastError : nullptr;
        if (e && e->serverTime.isValid() && health.lastAttempt.isValid()) {
            const qint64 off = std::abs(e->serverTime.secsTo(health.lastAttempt));
            appendSentence(text, tr("The difference is about %1.").arg(duration(off)));
        }
        break;
    }
    case S::Unreachable:
        if (health.lastError && health.lastError->kind == K::Timeout)
            text = tr("%3 did not answer in time for “%1” in %2. Retrying in %4; check the "
                      "network or proxy if it lasts.")
                       .arg(account, region, cloud, retry);
        else
            text = tr("Cannot reach %3 for “%1” in %2 (%4). Retrying in %5; check the network, "
                      "proxy or firewall if it lasts.")
                       .arg(account, region, cloud, code, retry);
        break;
    case S::Failing:
        if (health.lastError && health.lastError->kind == K::InvalidRequest)
            text = tr("%3 rejected the request for “%1” in %2 (%4). Check that the region is "
                      "right for this account in Accounts.")
                       .arg(account, region, cloud, code);
        else if (health.lastError && health.lastError->kind == K::Malformed)
            text = tr("%3 answered for “%1” in %2 with something that is not its API's answer "
                      "(%4), often a proxy's page. Retrying in %5.")
                       .arg(account, region, cloud, code, retry);
        else
            text = tr("%3 had a server error for “%1” in %2 (%4). Retrying in %5.")
                       .arg(account, region, cloud, code, retry);
        break;
    }
    if (health.stale && health.status != S::Ok) {
        if (health.lastSuccess.isValid())
            appendSentence(text,
                           tr("Its rows are stale: last confirmed %1 ago.")
                               .arg(duration(health.lastSuccess.secsTo(now))));
        else
            appendSentence(text, tr("Its rows have never been confirmed."));
    }
    if (health.detailsError) {
        const FetchError &d = *health.detailsError;
        const QString dcode = d.code.isEmpty() ? d.kindName() : serverText(d.code, 80);
        appendSentence(
            text,
            tr("Names, zones and addresses are unavailable (%1); the key may not be allowed "
               "to describe instances. States still refresh.")
                .arg(dcode));
    }
    return text;
}

QString ScopeHealthText::details(const ScopeHealth &health, const QString &accountName,
                                 const QDateTime &now)
{
    QStringList lines { explanation(health, accountName, now), QString() };
    const QString indent = QStringLiteral("    ");
    auto describe = [&lines, &indent](const QString &title, const FetchError &e) {
        lines.append(title);
        lines.append(indent + tr("Kind: %1").arg(e.kindName()));
        if (!e.code.isEmpty())
            lines.append(indent + tr("Code: %1").arg(serverText(e.code, 200)));
        if (e.httpStatus)
            lines.append(indent + tr("HTTP status: %1").arg(e.httpStatus));
        if (!e.message.isEmpty())
            lines.append(indent + tr("Message: %1").arg(serverText(e.message, 1000)));
        if (!e.requestId.isEmpty())
            lines.append(indent + tr("Request id: %1").arg(serverText(e.requestId, 200)));
    };
    lines.append(tr("Account: %1 · Region: %2 · %3")
                     .arg(serverText(health.scope.accountId, 80), where(health),
                          cloudDisplayName(health.cloud)));
    if (health.lastError)
        describe(tr("Last error:"), *health.lastError);
    if (health.detailsError)
        describe(tr("Details error:"), *health.detailsError);
    if (health.lastSuccess.isValid())
        lines.append(
            tr("Last complete listing: %1").arg(health.lastSuccess.toUTC().toString(Qt::ISODate)));
    return lines.join(u'\n');
}
