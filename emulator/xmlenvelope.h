// Alibaba Cloud's XML answers (Format=XML, the RPC default): the same envelope as the JSON
// one, with a list {"Item": [a, b]} written as repeated <Item> elements, as ECS does.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class XmlEnvelope
{
public:
    static QByteArray fromJson(const QString &rootElement, const QJsonObject &body);
};
