// What the emulator knows of each cloud's geography and catalogue: its regions (specs/API.md),
// the zones in them, instance types, and the short region codes of Tencent's legacy API.
// Zenlayer's VM API has no region: its "regions" here are zone ids such as HKG-A.
#pragma once

#include "cloud.h"

#include <QString>
#include <QStringList>

class CloudCatalog
{
public:
    static QStringList regions(Cloud cloud);
    static bool isKnownRegion(Cloud cloud, const QString &region);
    static QStringList zones(Cloud cloud, const QString &region);
    static QStringList instanceTypes(Cloud cloud);
    // Tencent's legacy v2 API names regions with short codes ("gz"); empty if not one.
    static QString tencentRegionFromShortCode(const QString &code);
    // The three characters after "i-" that Alibaba Cloud ids carry for a region ("bp1").
    static QString aliyunIdPrefix(const QString &region);
};
