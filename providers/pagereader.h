// The steps every cloud's parser takes alike: read the body as a JSON object (or say what it
// amounts to), and read a page's list of items with the cloud's own item reader, stopping at
// the first bad one. The cloud-specific parsers keep only their envelope and field names.
#pragma once

#include "listingquery.h"
#include "pageresult.h"
#include "rawreply.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

class PageReader
{
public:
    using ReadStatus = bool (*)(const QJsonObject &item, const QString &path, ObservedInstance &out,
                                QString &why);
    using ReadDetails = bool (*)(const QJsonObject &item, const QString &path, InstanceDetails &out,
                                 QString &why);

    // The body as a JSON object; otherwise the failure it amounts to: Malformed with a 200,
    // classified by the status when the status is an error (a proxy's HTML 502 is Server).
    static std::optional<PageResult> readRoot(const RawReply &reply, QJsonObject &root);

    // Appends every item of `items` (found at `path`) to `page` with the reader for `kind`.
    // At the first item that is not an object or does not read, `page` becomes a Malformed
    // failure (keeping its request id) and false is returned.
    static bool readItems(ListingKind kind, const QJsonArray &items, const QString &path,
                          ReadStatus readStatus, ReadDetails readDetails, PageResult &page);
};
