// Reads the raw-value roles, never the display text: exported states are stable names, times
// are UTC, whatever language and locale the window shows.
#include "instanceexport.h"

#include "instancetablemodel.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using Model = InstanceTableModel;

namespace {

QJsonValue time(const QVariant &v)
{
    const QDateTime t = v.toDateTime();
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

const QStringList &InstanceExport::fieldNames()
{
    static const QStringList names {
        QStringLiteral("cloud"),         QStringLiteral("account"),
        QStringLiteral("region"),        QStringLiteral("instanceId"),
        QStringLiteral("state"),         QStringLiteral("rawState"),
        QStringLiteral("name"),          QStringLiteral("zone"),
        QStringLiteral("privateIps"),    QStringLiteral("publicIps"),
        QStringLiteral("instanceType"),  QStringLiteral("since"),
        QStringLiteral("lastConfirmed"),
    };
    return names;
}

QJsonObject InstanceExport::rowObject(const QAbstractItemModel *view, int row)
{
    const QModelIndex i = view->index(row, 0);
    QJsonObject o;
    o.insert(QStringLiteral("cloud"), i.data(Model::CloudIdRole).toString());
    o.insert(QStringLiteral("account"), i.data(Model::AccountIdRole).toString());
    o.insert(QStringLiteral("region"), i.data(Model::RegionRole).toString());
    o.insert(QStringLiteral("instanceId"), i.data(Model::InstanceIdRole).toString());
    o.insert(QStringLiteral("state"), i.data(Model::StateNameRole).toString());
    o.insert(QStringLiteral("rawState"), i.data(Model::RawStateRole).toString());
    if (i.data(Model::HasDetailsRole).toBool()) {
        o.insert(QStringLiteral("name"), i.data(Model::NameRole).toString());
        o.insert(QStringLiteral("zone"), i.data(Model::ZoneRole).toString());
        o.insert(QStringLiteral("privateIps"),
                 QJsonArray::fromStringList(i.data(Model::PrivateIpsRole).toStringList()));
        o.insert(QStringLiteral("publicIps"),
                 QJsonArray::fromStringList(i.data(Model::PublicIpsRole).toStringList()));
        o.insert(QStringLiteral("instanceType"), i.data(Model::InstanceTypeRole).toString());
    }
    o.insert(QStringLiteral("since"), time(i.data(Model::SinceRole)));
    o.insert(QStringLiteral("lastConfirmed"), time(i.data(Model::LastConfirmedRole)));
    return o;
}

QByteArray InstanceExport::toJson(const QAbstractItemModel *view)
{
    QJsonArray rows;
    for (int row = 0; row < view->rowCount(); ++row)
        rows.append(rowObject(view, row));
    return QJsonDocument(QJsonObject { { QStringLiteral("instances"), rows } })
        .toJson(QJsonDocument::Indented);
}

QString InstanceExport::csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + value + u'"';
    }
    return value;
}

QByteArray InstanceExport::toCsv(const QAbstractItemModel *view)
{
    QString out = fieldNames().join(u',') + QStringLiteral("\r\n");
    for (int row = 0; row < view->rowCount(); ++row) {
        const QJsonObject o = rowObject(view, row);
        QStringList fields;
        for (const QString &name : fieldNames()) {
            const QJsonValue v = o.value(name);
            QString text;
            if (v.isArray()) {
                QStringList items;
                for (const QJsonValue &item : v.toArray())
                    items.append(item.toString());
                text = items.join(u' ');
            } else {
                text = v.toString();
            }
            fields.append(csvField(text));
        }
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}
