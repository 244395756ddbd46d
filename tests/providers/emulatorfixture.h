// The emulator the client tests run against: one account per cloud (two for Tencent, one of
// them on the legacy API) with fleets sized to land on and just past page boundaries, frozen
// so that what a listing returns can be compared with the emulator's truth.
#pragma once

#include "emulator.h"
#include "fetchrequest.h"
#include "providerclient.h"

#include <QSignalSpy>
#include <QTest>

namespace EmulatorFixture {

inline EmulatorAccount account(const char *id, Cloud cloud, QHash<QString, int> instances,
                               Account::ApiStyle style = Account::ApiStyle::V3)
{
    EmulatorAccount a;
    a.id = QString::fromLatin1(id);
    a.name = a.id;
    a.cloud = cloud;
    a.accessKeyId = EmulatorConfig::generateKeyId(cloud);
    a.secret = EmulatorConfig::generateSecret(cloud);
    a.regions = instances.keys();
    a.regions.sort();
    a.instancesByRegion = instances;
    a.instancesPerRegion = 0;
    a.apiStyle = style;
    return a;
}

inline EmulatorConfig config()
{
    using namespace Qt::StringLiterals;
    EmulatorConfig c;
    c.seed = 42;
    c.logRequests = false;
    c.dynamics.meanDwellMs = 0; // frozen: the truth does not move under a listing
    c.accounts = {
        account("jd", Cloud::JdCloud, { { u"cn-north-1"_s, 101 }, { u"cn-east-2"_s, 250 } }),
        account("zl", Cloud::Zenlayer, { { u"HKG-A"_s, 600 }, { u"SEL-A"_s, 401 } }),
        account("ali", Cloud::Aliyun,
                { { u"cn-hangzhou"_s, 101 }, { u"cn-shanghai"_s, 50 }, { u"cn-beijing"_s, 260 } }),
        account("tc", Cloud::Tencent,
                { { u"ap-guangzhou"_s, 101 }, { u"ap-shanghai"_s, 0 }, { u"ap-beijing"_s, 260 } }),
        account("tcl", Cloud::Tencent, { { u"ap-guangzhou"_s, 300 } }, Account::ApiStyle::Legacy),
    };
    return c;
}

inline FetchRequest request(const Emulator &emulator, const QString &accountId,
                            const QString &region)
{
    FetchRequest r;
    for (const Account &a : emulator.accounts()) {
        if (a.id == accountId)
            r.account = a;
    }
    r.credentials = emulator.credentials(accountId);
    r.region = region;
    return r;
}

// For QVERIFY2 messages, which are evaluated even when the check passes.
inline QByteArray describe(const std::optional<FetchError> &error)
{
    return error ? (error->kindName() + u' ' + error->code + u": " + error->message).toUtf8()
                 : QByteArray();
}

inline FetchError noAnswer()
{
    FetchError e;
    e.code = QStringLiteral("TEST-NO-ANSWER");
    return e;
}

// Runs one listing to its end; a missing answer is reported as a TEST-NO-ANSWER error.
inline Snapshot status(ProviderClient &client, const FetchRequest &request, int timeoutMs = 20000)
{
    QSignalSpy spy(&client, &ProviderClient::snapshotReady);
    const auto id = client.fetchStatus(request);
    if (!spy.wait(timeoutMs) || spy.size() != 1 || spy.at(0).at(0).toULongLong() != id) {
        Snapshot none;
        none.error = noAnswer();
        return none;
    }
    return spy.at(0).at(1).value<Snapshot>();
}

inline DetailsSnapshot details(ProviderClient &client, const FetchRequest &request,
                               int timeoutMs = 20000)
{
    QSignalSpy spy(&client, &ProviderClient::detailsReady);
    const auto id = client.fetchDetails(request);
    if (!spy.wait(timeoutMs) || spy.size() != 1 || spy.at(0).at(0).toULongLong() != id) {
        DetailsSnapshot none;
        none.error = noAnswer();
        return none;
    }
    return spy.at(0).at(1).value<DetailsSnapshot>();
}

} // namespace EmulatorFixture
