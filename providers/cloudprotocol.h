// One cloud's wire protocol as pure functions: how to build (and sign) the request for one
// page of a listing, and what a reply means. No network, no clock, no randomness: time and
// nonce arrive in the RequestContext. The ProviderClient engine drives these; the fuzzers and
// the emulator's tests call them directly.
#pragma once

#include "account.h"
#include "cloud.h"
#include "credentials.h"
#include "fetcherror.h"
#include "listingquery.h"
#include "pageresult.h"
#include "preparedrequest.h"
#include "rawreply.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Which page of which listing to ask for.
struct PageRequest
{
    ListingKind kind = ListingKind::Status;
    QString region;
    int pageIndex = 0; // 0-based; each protocol converts to its numbering or offset
    int pageSize = 0; // already within the API's range
    QStringList instanceIds; // this request's share of the query's ids (at most maxIdsPerRequest)
    ListingQuery query; // the other filters
};

// Who signs, when, with what nonce, and where the request goes.
struct RequestContext
{
    Credentials credentials;
    QUrl endpoint; // Account::endpoint; empty: the cloud's public endpoint
    Account::ApiStyle apiStyle = Account::ApiStyle::V3;
    QDateTime signingTime; // UTC, already corrected by the caller's clock offset
    QString nonce; // fresh per request (UUID); integer-only schemes derive theirs from it
};

class CloudProtocol
{
public:
    virtual ~CloudProtocol();

    virtual Cloud cloud() const = 0;
    // The page sizes the API accepts for this call; the engine uses the largest unless the
    // query asks for less.
    virtual int minPageSize(ListingKind kind) const = 0;
    virtual int maxPageSize(ListingKind kind) const = 0;
    // How many instance ids one request may filter on.
    virtual int maxIdsPerRequest(ListingKind kind) const = 0;
    // How far apart the signing time and the server's clock may be before the cloud refuses
    // the signature (an Auth error beyond it is reported as ClockSkew).
    virtual qint64 clockSkewWindowSeconds() const = 0;

    // Local checks before anything is sent (unknown filter, missing region...): InvalidRequest.
    virtual std::optional<FetchError> validate(ListingKind kind, const QString &region,
                                               const ListingQuery &query,
                                               const RequestContext &context) const;

    virtual PreparedRequest buildRequest(const PageRequest &page,
                                         const RequestContext &context) const = 0;
    // Any HTTP status: success pages and the cloud's error envelopes alike.
    virtual PageResult parseReply(ListingKind kind, const RawReply &reply) const = 0;

    // The page size a query asks for, clamped into the API's range (0: the largest).
    int effectivePageSize(ListingKind kind, const ListingQuery &query) const;
};
