// The four clouds' reply targets. An input is a body, tried under every status in `statuses`
// for both listing calls; or, when it starts with "@", a status line and headers of its own:
//
//     @429
//     Retry-After: 120
//     Date: Fri, 15 Mar 2024 08:30:00 GMT
//
//     {"Response": ...}
//
// Each reply goes the way the engine takes it (ListingJob::onReply): parseReply, then for an
// error the annotation from the headers and the clock-skew rule, for a page the assembler.
#include "fuzzcheck.h"
#include "fuzztargets.h"

#include "aliyunprotocol.h"
#include "clientoptions.h"
#include "errormapping.h"
#include "jdcloudprotocol.h"
#include "pageassembler.h"
#include "tencentprotocol.h"
#include "zenlayerprotocol.h"

#include <QByteArray>
#include <QDateTime>

using FuzzCheck::require;

namespace {

// Success, a redirect, the 4xx each cloud uses for refusals and throttling, the statuses with
// a meaning of their own (451, 403 + challenge), and the gateways' 5xx.
constexpr int statuses[] = { 200, 302, 400, 401, 403, 404, 429, 451, 500, 502, 503 };

struct Input
{
    int status = 0; // 0: try every one of `statuses`
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

Input split(const uint8_t *data, size_t size)
{
    Input input;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!bytes.startsWith('@')) {
        input.body = bytes;
        return input;
    }
    const qsizetype end = bytes.indexOf("\n\n");
    const QByteArray head = bytes.mid(1, end < 0 ? -1 : end - 1);
    input.body = end < 0 ? QByteArray() : bytes.mid(end + 2);
    const QList<QByteArray> lines = head.split('\n');
    bool ok = false;
    const int status = lines.value(0).trimmed().toInt(&ok);
    // What QNetworkReply can report: a three-digit status.
    input.status = ok && status >= 100 && status <= 999 ? status : 200;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            input.headers.append(
                { lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed() });
    }
    return input;
}

void runOne(const CloudProtocol &protocol, ListingKind kind, const RawReply &reply)
{
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1710491400, Qt::UTC);
    PageResult page = protocol.parseReply(kind, reply);
    FuzzCheck::checkPage(page, kind, reply.httpStatus);
    if (page.error) {
        FetchError error = *page.error;
        ErrorMapping::annotate(error, reply, now);
        ErrorMapping::reclassifySkew(error, now, protocol.clockSkewWindowSeconds());
        FuzzCheck::checkError(error);
        require(error.httpStatus == reply.httpStatus, "annotate lost the HTTP status");
        return;
    }
    // The engine's next step: the first page fixes the total and the number of pages.
    const int pageSize = protocol.maxPageSize(kind);
    PageAssembler assembler(pageSize, ClientOptions::defaultMaxPagesPerListing);
    const qint64 total = page.totalCount;
    const qsizetype items = page.itemCount();
    const auto refused = assembler.addPage(0, page);
    if (refused) {
        FuzzCheck::checkError(*refused);
        require(refused->kind == FetchError::Kind::Malformed, "assembler refusal not Malformed");
        return;
    }
    require(assembler.pageCount() >= 1
                && assembler.pageCount() <= ClientOptions::defaultMaxPagesPerListing,
            "page count out of range", QString::number(assembler.pageCount()));
    require(items == std::min<qint64>(total, pageSize), "first page accepted with wrong size");
    if (assembler.pageCount() == 1) {
        require(assembler.isComplete(), "a one-page listing is not complete");
        const qsizetype listed = kind == ListingKind::Status ? assembler.takeStatuses().size()
                                                             : assembler.takeDetails().size();
        require(listed == total, "complete listing does not hold the total");
    } else {
        require(!assembler.isComplete(), "complete before its other pages");
        // The same page again as page 2 must be refused (its ids repeat, or it is not due).
        require(assembler.addPage(1, page).has_value(), "page 1 accepted twice as page 2");
    }
}

int fuzzReply(const CloudProtocol &protocol, const uint8_t *data, size_t size)
{
    const Input input = split(data, size);
    for (ListingKind kind : { ListingKind::Status, ListingKind::Details }) {
        RawReply reply;
        reply.headers = input.headers;
        reply.body = input.body;
        if (input.status) {
            reply.httpStatus = input.status;
            runOne(protocol, kind, reply);
            continue;
        }
        for (int status : statuses) {
            reply.httpStatus = status;
            runOne(protocol, kind, reply);
        }
    }
    return 0;
}

} // namespace

namespace FuzzTargets {

int jdcloudReply(const uint8_t *data, size_t size)
{
    static const JdCloudProtocol protocol;
    return fuzzReply(protocol, data, size);
}

int zenlayerReply(const uint8_t *data, size_t size)
{
    static const ZenlayerProtocol protocol;
    return fuzzReply(protocol, data, size);
}

int aliyunReply(const uint8_t *data, size_t size)
{
    static const AliyunProtocol protocol;
    return fuzzReply(protocol, data, size);
}

int tencentReply(const uint8_t *data, size_t size)
{
    static const TencentProtocol protocol;
    return fuzzReply(protocol, data, size);
}

} // namespace FuzzTargets
