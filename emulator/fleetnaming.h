// Realistic-looking identities for simulated instances, each a pure function of a draw:
// ids in each cloud's format (Alibaba i-bp1… 20 characters, Tencent ins-xxxxxxxx, JD
// i-xxxxxxxxxx, Zenlayer numeric), host names, zones, addresses and instance types.
// Public addresses come from 198.18.0.0/15 (RFC 2544, never routed) so a demo never shows
// somebody's real address.
#pragma once

#include "cloud.h"

#include <QString>

class FleetNaming
{
public:
    static QString instanceId(Cloud cloud, const QString &region, quint64 draw);
    static QString name(quint64 draw, quint32 serial);
    static QString zone(Cloud cloud, const QString &region, quint64 draw);
    static QString instanceType(Cloud cloud, quint64 draw);
    // Unique per (group, serial) within a fleet of up to 65,536 groups of 65,536 instances.
    static QString privateIp(Cloud cloud, quint32 group, quint32 serial);
    static QString publicIp(quint32 group, quint32 serial);
    static bool hasPublicIp(quint64 draw) { return draw % 100 < 60; }
};
