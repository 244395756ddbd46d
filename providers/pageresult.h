// What a cloud's parser made of one page: its items and the total the cloud announced, or the
// error the answer carried (or that its shape amounts to).
#pragma once

#include "fetcherror.h"
#include "instancedetails.h"
#include "snapshot.h"

#include <QList>
#include <QString>

#include <optional>

struct PageResult
{
    std::optional<FetchError> error;
    qint64 totalCount = -1; // as announced by this page
    QString requestId;
    // The page the cloud says it answered (0-based), when its envelope echoes it (Aliyun).
    std::optional<qint64> echoedPageIndex;
    QList<ObservedInstance> statuses; // status calls
    QList<InstanceDetails> details; // details calls

    bool isOk() const { return !error.has_value(); }
    qsizetype itemCount() const { return statuses.size() + details.size(); }
    QString idAt(qsizetype i) const
    {
        return i < statuses.size() ? statuses.at(i).instanceId
                                   : details.at(i - statuses.size()).instanceId;
    }

    static PageResult failure(FetchError e)
    {
        PageResult r;
        r.requestId = e.requestId;
        r.error = std::move(e);
        return r;
    }
};
