// The regions each cloud is known to have, with human names ("cn-hangzhou" -> "China
// (Hangzhou)"), for the accounts dialog's region list and the table's region column. Names are
// English as the clouds write them and translatable (context "RegionCatalog"). A region not
// listed here still works everywhere: it is shown as its id. Zenlayer lists none, since its
// status API has no region. Sources and open questions: docs/accounts-and-credentials.md.
#pragma once

#include "cloud.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct RegionInfo
{
    QString id; // "cn-hangzhou"
    QString name; // "China (Hangzhou)", translated
};

class RegionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(RegionCatalog)

public:
    // In the order the cloud's own documentation lists them (home country first).
    static QList<RegionInfo> regions(Cloud cloud);
    static QStringList regionIds(Cloud cloud);
    static bool isKnown(Cloud cloud, const QString &regionId);
    // The human name, or `regionId` itself when the region is not in the catalog.
    static QString displayName(Cloud cloud, const QString &regionId);

    // Tencent Cloud's short region codes of the legacy (v2) API era: "ap-guangzhou" <-> "gz".
    // Empty when there is none.
    static QString tencentLegacyCode(const QString &regionId);
    static QString tencentRegionFromLegacyCode(const QString &code);
};
