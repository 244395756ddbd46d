// Limits every ProviderClient applies to the requests it sends. The defaults suit a desktop
// polling a few clouds; tests and the emulator shrink them to provoke each failure quickly.
#pragma once

#include <QtGlobal>

struct ClientOptions
{
    static constexpr int defaultTimeoutMs = 15'000;
    static constexpr qint64 defaultMaxResponseBytes = 16 * 1024 * 1024;
    static constexpr int defaultMaxPagesPerListing = 10'000;

    // No complete answer to one HTTP request within this time: Timeout. Counted from the moment
    // the request is sent, not while it waits for a free slot.
    int requestTimeoutMs = defaultTimeoutMs;
    // A body larger than this is cut off as soon as it is exceeded: Malformed.
    qint64 maxResponseBytes = defaultMaxResponseBytes;
    // A first page announcing more instances than this many pages hold is refused (Malformed)
    // rather than trusted: a corrupt total must not start thousands of requests.
    int maxPagesPerListing = defaultMaxPagesPerListing;
};
