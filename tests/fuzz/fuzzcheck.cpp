#include "fuzzcheck.h"

#include <cstdio>
#include <cstdlib>

namespace FuzzCheck {

void require(bool condition, const char *what, const QString &detail)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz check failed: %s%s%s\n", what, detail.isEmpty() ? "" : ": ",
                 detail.toUtf8().constData());
    std::abort();
}

namespace {

    bool isHidden(QChar c)
    {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    }

    bool hasLoneSurrogate(QStringView text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                ++i;
            else if (c.isSurrogate())
                return true;
        }
        return false;
    }

} // namespace

bool isCleanToken(QStringView text, qsizetype maxLength)
{
    if (text.isEmpty() || text.size() > maxLength || hasLoneSurrogate(text))
        return false;
    for (QChar c : text) {
        if (isHidden(c) || c.isSpace())
            return false;
    }
    return true;
}

bool isPlainText(QStringView text, qsizetype maxLength)
{
    if (text.size() > maxLength)
        return false;
    for (QChar c : text) {
        if (isHidden(c))
            return false;
    }
    return true;
}

void checkError(const FetchError &error)
{
    require(error.kind <= FetchError::Kind::Malformed, "error kind out of range");
    require(!error.code.isEmpty() && isPlainText(error.code, 256),
            "error code empty, too long or not plain text", error.code.left(300));
    // Messages are ours or the cloud's cut to 1024 characters; ours add a sentence around it.
    require(isPlainText(error.message, 2048), "error message not plain text or too long",
            error.message.left(200));
    require(error.requestId.isEmpty() || isPlainText(error.requestId, 256),
            "request id not plain text or too long", error.requestId.left(300));
    if (error.retryAfterMs)
        require(*error.retryAfterMs >= 0 && *error.retryAfterMs <= 24LL * 3600 * 1000,
                "retry hint outside [0, 1 day]", QString::number(*error.retryAfterMs));
}

void checkPage(const PageResult &page, ListingKind kind, int httpStatus)
{
    if (page.error) {
        require(page.statuses.isEmpty() && page.details.isEmpty(), "an error page with items");
        checkError(*page.error);
        return;
    }
    require(httpStatus == 200, "a page accepted from a non-200 answer",
            QString::number(httpStatus));
    require(page.totalCount >= 0, "a page without a total", QString::number(page.totalCount));
    require(page.requestId.isEmpty() || isCleanToken(page.requestId), "request id not a token",
            page.requestId.left(300));
    if (kind == ListingKind::Status) {
        require(page.details.isEmpty(), "details in a status page");
        for (const ObservedInstance &i : page.statuses) {
            require(isCleanToken(i.instanceId), "instance id not a token", i.instanceId.left(300));
            require(isCleanToken(i.rawState), "raw state not a token", i.rawState.left(300));
        }
    } else {
        require(page.statuses.isEmpty(), "statuses in a details page");
        for (const InstanceDetails &d : page.details) {
            require(isCleanToken(d.instanceId), "instance id not a token", d.instanceId.left(300));
            require(isPlainText(d.name, 1024), "name not plain text", d.name.left(300));
            for (const QString &t : { d.zone, d.region, d.instanceType })
                require(t.isEmpty() || isCleanToken(t), "zone, region or type not a token",
                        t.left(300));
            for (const QStringList *ips : { &d.privateIps, &d.publicIps }) {
                for (const QString &ip : *ips)
                    require(isCleanToken(ip), "address not a token", ip.left(300));
            }
        }
    }
}

} // namespace FuzzCheck
