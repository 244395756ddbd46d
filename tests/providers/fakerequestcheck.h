// What FakeCloud checks in each request before answering it, as the real API would: the path
// and method, every parameter name and page size the API documents (anything else is refused
// with the cloud's own error), the signature — re-computed with the project's signers from
// the request as received — and the clock window.
#pragma once

#include "cloud.h"
#include "fakehttpserver.h"
#include "listingquery.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

class FakeRequestCheck
{
public:
    struct Refusal
    {
        Refusal(int s, const QString &c, const QString &m)
            : status(s)
            , code(c)
            , message(m)
        { }
        int status;
        QString code;
        QString message;
    };
    struct Listing
    {
        ListingKind kind = ListingKind::Status;
        int page = 0; // 1-based
        int size = 0;
        QStringList ids;
    };

    // The listing a valid request asks for, or why the cloud refuses it.
    static std::optional<Refusal> inspect(Cloud cloud, const QString &region,
                                          const QDateTime &serverNow, const FakeRequest &request,
                                          Listing &listing, QString *signatureFailure);

private:
    static QString signingError(Cloud cloud, const FakeRequest &request, qint64 &signedAt);
};
