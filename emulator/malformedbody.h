// Answers that are not the documented envelope, for the "malformed body" fault: a gateway's
// HTML error page, JSON cut in half, every value of the wrong JSON type, or the listing and
// count fields missing. Cloud-agnostic: they work on whatever envelope the API built.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class MalformedBody
{
public:
    static QByteArray htmlErrorPage(int status, const QString &requestId);
    static QByteArray truncated(const QByteArray &body);
    // Numbers become strings, strings inside lists become numbers, lists become objects.
    static QJsonObject wrongTypes(const QJsonObject &envelope);
    // Every list and every number is removed, wherever it sits.
    static QJsonObject missingFields(const QJsonObject &envelope);
};
