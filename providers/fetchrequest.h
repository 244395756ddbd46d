// Everything one listing of one scope needs: the account (endpoint, API style, concurrency),
// its secret, the region and the query. The poller builds one per refresh.
#pragma once

#include "account.h"
#include "credentials.h"
#include "listingquery.h"

#include <QString>

struct FetchRequest
{
    Account account;
    Credentials credentials;
    QString region; // the scope's region; empty for Zenlayer
    ListingQuery query;
    // Added to the client's clock when signing: the poller sets it from a ClockSkew error's
    // serverTime (see ProviderClient::clockOffsetFor) and retries once.
    qint64 clockOffsetMs = 0;
};
