#include "malformedbody.h"

#include "httpresponse.h"

#include <QJsonArray>
#include <QJsonValue>

namespace {

QJsonValue wrongType(const QJsonValue &value, bool insideList)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return insideList ? QJsonValue(double(value.toString().size())) : value;
    case QJsonValue::Array: {
        QJsonObject object;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            object.insert(QString::number(i), wrongType(array.at(i), true));
        return object;
    }
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = wrongType(it.value(), insideList);
        return object;
    }
    default:
        return value;
    }
}

QJsonObject withoutListsAndNumbers(const QJsonObject &object)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray() || it.value().isDouble())
            continue;
        result.insert(it.key(),
                      it.value().isObject()
                          ? QJsonValue(withoutListsAndNumbers(it.value().toObject()))
                          : QJsonValue(it.value()));
    }
    return result;
}

} // namespace

QByteArray MalformedBody::htmlErrorPage(int status, const QString &requestId)
{
    const QByteArray title = QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status);
    return "<!DOCTYPE html>\n<html>\n<head><title>" + title + "</title></head>\n<body>\n<h1>"
        + title + "</h1>\n<p>The upstream server is temporarily unavailable.</p>\n<hr><p>"
        + "Request id: " + requestId.toUtf8() + "</p>\n</body>\n</html>\n";
}

QByteArray MalformedBody::truncated(const QByteArray &body)
{
    return body.left(std::max<qsizetype>(1, body.size() / 2));
}

QJsonObject MalformedBody::wrongTypes(const QJsonObject &envelope)
{
    return wrongType(envelope, false).toObject();
}

QJsonObject MalformedBody::missingFields(const QJsonObject &envelope)
{
    return withoutListsAndNumbers(envelope);
}
