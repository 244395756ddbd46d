// Shared helpers of the client tests: a FetchRequest for a FakeCloud, and running one
// listing to its end through a real ProviderClient.
#pragma once

#include "fakecloud.h"
#include "fetchrequest.h"
#include "providerclient.h"

#include <QSignalSpy>
#include <QTest>

namespace ClientTest {

inline FetchRequest requestFor(const FakeCloud &fake,
                               Account::ApiStyle style = Account::ApiStyle::V3)
{
    FetchRequest r;
    r.account = fake.account();
    r.account.apiStyle = style;
    r.credentials =
        Credentials(QString::fromLatin1(FakeCloud::keyId), QByteArray(FakeCloud::secret));
    r.region = fake.region();
    return r;
}

// Runs one status listing; fails the test (empty snapshot) when no answer comes in time.
inline Snapshot status(ProviderClient &client, const FetchRequest &request, int timeoutMs = 20000)
{
    QSignalSpy spy(&client, &ProviderClient::snapshotReady);
    const auto id = client.fetchStatus(request);
    if (!spy.wait(timeoutMs) || spy.size() != 1 || spy.at(0).at(0).toULongLong() != id) {
        Snapshot none;
        FetchError noAnswer;
        noAnswer.code = QStringLiteral("TEST-NO-ANSWER");
        none.error = noAnswer;
        none.requestCount = -1;
        return none;
    }
    return spy.at(0).at(1).value<Snapshot>();
}

inline DetailsSnapshot details(ProviderClient &client, const FetchRequest &request,
                               int timeoutMs = 20000)
{
    QSignalSpy spy(&client, &ProviderClient::detailsReady);
    const auto id = client.fetchDetails(request);
    DetailsSnapshot none;
    none.error = FetchError {
        FetchError::Kind::Network, QStringLiteral("TEST-NO-ANSWER"), {}, {}, 0, {}, {}
    };
    none.requestCount = -1;
    if (!spy.wait(timeoutMs) || spy.size() != 1 || spy.at(0).at(0).toULongLong() != id)
        return none;
    return spy.at(0).at(1).value<DetailsSnapshot>();
}

} // namespace ClientTest
