// Test helper: the small emulator configurations the tests start — a paused clock at a fixed
// time, no request log, and accounts with generated (or given) keys.
#pragma once

#include "emulatorconfig.h"

namespace EmulatorTestConfig {

inline EmulatorAccount account(const QString &id, Cloud cloud, const QStringList &regions,
                               int perRegion, const QString &keyId = {},
                               const QByteArray &secret = {})
{
    EmulatorAccount a;
    a.id = id;
    a.name = id;
    a.cloud = cloud;
    a.accessKeyId = keyId.isEmpty() ? EmulatorConfig::generateKeyId(cloud) : keyId;
    a.secret = secret.isEmpty() ? EmulatorConfig::generateSecret(cloud) : secret;
    a.regions = regions;
    a.instancesPerRegion = perRegion;
    return a;
}

inline EmulatorConfig config(quint64 seed, const QList<EmulatorAccount> &accounts,
                             const QDateTime &start = QDateTime(QDate(2024, 3, 15), QTime(8, 30),
                                                                Qt::UTC))
{
    EmulatorConfig c;
    c.seed = seed;
    c.manualClock = true;
    c.logRequests = false;
    c.startTime = start;
    c.accounts = accounts;
    return c;
}

} // namespace EmulatorTestConfig
