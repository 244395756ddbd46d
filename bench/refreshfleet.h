// The fleet of bench_full_refresh and bench_responsiveness: 10,000 instances over the four
// clouds (8 accounts, 3 regions each) served by the emulator with 50 ms of latency per request,
// and the pages a full status (and details) listing needs at each API's largest page size.
#pragma once

#include "emulatorconfig.h"

#include <QStringList>

#include <algorithm>

namespace bench {

using namespace Qt::StringLiterals;

inline constexpr int instances = 10'000;
inline constexpr int latencyMs = 50;
inline constexpr int concurrency = 16; // Poller::defaultGlobalConcurrency

struct CloudShape
{
    Cloud cloud;
    QStringList regions;
    int statusPage;
    int detailsPage;
};

inline const CloudShape shapes[] = {
    { Cloud::JdCloud, { u"cn-north-1"_s, u"cn-east-2"_s, u"cn-south-1"_s }, 100, 100 },
    { Cloud::Zenlayer, { u"HKG-A"_s, u"SEL-A"_s, u"FRA-A"_s }, 1000, 1000 },
    { Cloud::Aliyun, { u"cn-hangzhou"_s, u"cn-shanghai"_s, u"cn-beijing"_s }, 50, 100 },
    { Cloud::Tencent, { u"ap-guangzhou"_s, u"ap-shanghai"_s, u"ap-beijing"_s }, 100, 100 },
};

struct RefreshFleet
{
    EmulatorConfig config;
    int statusPages = 0;
    int detailsPages = 0;
};

inline int pages(int count, int pageSize)
{
    return std::max(1, (count + pageSize - 1) / pageSize);
}

inline RefreshFleet makeRefreshFleet()
{
    RefreshFleet fleet;
    fleet.config.seed = 2026;
    fleet.config.logRequests = false;
    fleet.config.dynamics.meanDwellMs = 0;
    FaultRule slow;
    slow.profile.latencyMs = latencyMs;
    fleet.config.faults = { slow };
    const int perAccount = instances / 8;
    int n = 0;
    for (const CloudShape &shape : shapes) {
        for (int k = 0; k < 2; ++k) {
            EmulatorAccount a;
            a.id = cloudId(shape.cloud) + QString::number(k + 1);
            a.name = a.id;
            a.cloud = shape.cloud;
            a.accessKeyId = EmulatorConfig::generateKeyId(shape.cloud);
            a.secret = EmulatorConfig::generateSecret(shape.cloud);
            a.regions = shape.regions;
            a.instancesPerRegion = 0;
            for (int r = 0; r < 3; ++r) {
                const int count = perAccount / 3 + (r < perAccount % 3 ? 1 : 0);
                a.instancesByRegion.insert(shape.regions.at(r), count);
                n += count;
                if (shape.cloud != Cloud::Zenlayer) {
                    fleet.statusPages += pages(count, shape.statusPage);
                    fleet.detailsPages += pages(count, shape.detailsPage);
                }
            }
            // Zenlayer's status API has no region: the account is one scope.
            if (shape.cloud == Cloud::Zenlayer) {
                fleet.statusPages += pages(perAccount, shape.statusPage);
                fleet.detailsPages += pages(perAccount, shape.detailsPage);
            }
            fleet.config.accounts.append(a);
        }
    }
    Q_ASSERT(n == instances);
    return fleet;
}

} // namespace bench
