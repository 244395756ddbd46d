#include "xmlenvelope.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

namespace {

void writeValue(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            writeValue(xml, name, item);
        return;
    }
    xml.writeStartElement(name);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            writeValue(xml, it.key(), it.value());
    } else if (value.isBool()) {
        xml.writeCharacters(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (value.isDouble()) {
        xml.writeCharacters(QString::number(value.toDouble(), 'g', 15));
    } else {
        xml.writeCharacters(value.toString());
    }
    xml.writeEndElement();
}

} // namespace

QByteArray XmlEnvelope::fromJson(const QString &rootElement, const QJsonObject &body)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    writeValue(xml, rootElement, body);
    xml.writeEndDocument();
    return out;
}
