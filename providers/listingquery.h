// What a listing asks for beyond "everything in the scope": the optional filters each cloud's
// status and details calls document. An empty query lists the whole scope.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The two listing calls every cloud has: the cheap status call and the richer details call.
enum class ListingKind : quint8 { Status, Details };

// One JD Cloud filter, sent as filters.N.name / filters.N.operator / filters.N.values.M.
struct JdCloudFilter
{
    QString name; // instanceId, privateIpAddress, vpcId, status, name, imageId, ...
    QStringList values;
    QString op; // empty: the API's default ("eq"), not sent

    friend bool operator==(const JdCloudFilter &, const JdCloudFilter &) = default;
};

struct ListingQuery
{
    // Restrict the listing to these instances (every cloud). Longer lists than one request may
    // carry are split into several requests and the results joined.
    QStringList instanceIds;
    // Aliyun (both calls) and Zenlayer (details): only this zone.
    QString zoneId;
    // JD Cloud: further filters (instanceId is taken from instanceIds above).
    QList<JdCloudFilter> jdFilters;
    // 0: the largest page the API allows (fewest requests). Otherwise clamped to its range.
    int pageSize = 0;

    friend bool operator==(const ListingQuery &, const ListingQuery &) = default;
};
