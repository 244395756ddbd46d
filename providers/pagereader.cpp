#include "pagereader.h"

#include "errormapping.h"
#include "jsonbody.h"

using namespace Qt::StringLiterals;

std::optional<PageResult> PageReader::readRoot(const RawReply &reply, QJsonObject &root)
{
    auto error = JsonBody::parseObject(reply.body, root);
    if (!error)
        return std::nullopt;
    if (reply.httpStatus != 200)
        return PageResult::failure(ErrorMapping::fromHttpStatus(reply, error->message));
    return PageResult::failure(*error);
}

bool PageReader::readItems(ListingKind kind, const QJsonArray &items, const QString &path,
                           ReadStatus readStatus, ReadDetails readDetails, PageResult &page)
{
    QString why;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = u"%1[%2]"_s.arg(path).arg(i);
        bool ok = items.at(i).isObject();
        if (!ok) {
            why = u"%1 is not an object"_s.arg(itemPath);
        } else if (kind == ListingKind::Status) {
            ObservedInstance s;
            ok = readStatus(items.at(i).toObject(), itemPath, s, why);
            page.statuses.append(s);
        } else {
            InstanceDetails d;
            ok = readDetails(items.at(i).toObject(), itemPath, d, why);
            page.details.append(d);
        }
        if (!ok) {
            page = PageResult::failure(JsonBody::malformed(why, page.requestId));
            return false;
        }
    }
    return true;
}
