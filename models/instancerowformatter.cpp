#include "instancerowformatter.h"

#include "instancetablemodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaEnum>

using Row = InstanceStore::Row;
using Scope = InstanceStore::Scope;
using Model = InstanceTableModel;

namespace {

QString formatTime(qint64 ms)
{
    if (ms == InstanceStore::never)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

QStringList splitList(QStringView joined)
{
    QStringList list;
    if (!joined.isEmpty()) {
        for (QStringView part : joined.split(u", "))
            list.append(part.toString());
    }
    return list;
}

} // namespace

InstanceRowFormatter::InstanceRowFormatter(const InstanceStore &store)
    : m_store(store)
{
    m_staleFont.setItalic(true);
}

QDateTime InstanceRowFormatter::dateTimeOf(qint64 ms)
{
    return ms == InstanceStore::never ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QVariant InstanceRowFormatter::data(const Row &row, int column, int role) const
{
    const Scope &scope = m_store.scopeOf(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, scope, column);
    case Qt::ToolTipRole:
        return toolTipData(row, scope, column);
    case Qt::FontRole:
        return scope.isStale() ? QVariant(m_staleFont) : QVariant();
    case Model::SortRole:
        return sortData(row, scope, column);
    case Model::CloudRole:
        return int(scope.cloud);
    case Model::CloudIdRole:
        return cloudId(scope.cloud);
    case Model::AccountIdRole:
        return scope.key.accountId;
    case Model::AccountNameRole:
        return scope.accountName;
    case Model::RegionRole:
        return m_store.regionOf(row);
    case Model::ScopeRegionRole:
        return scope.key.region;
    case Model::InstanceIdRole:
        return row.instanceId;
    case Model::StateRole:
        return int(row.state);
    case Model::StateNameRole:
        return stateName(row.state);
    case Model::RawStateRole:
        return m_store.pool().text(row.rawState);
    case Model::FirstSeenRole:
        return dateTimeOf(row.firstSeenMs);
    case Model::SinceRole:
        return dateTimeOf(row.sinceMs);
    case Model::LastConfirmedRole:
        return dateTimeOf(scope.lastConfirmedMs);
    case Model::FirstSeenMsRole:
        return row.firstSeenMs;
    case Model::SinceMsRole:
        return row.sinceMs;
    case Model::LastConfirmedMsRole:
        return scope.lastConfirmedMs;
    case Model::StaleRole:
        return scope.isStale();
    case Model::StaleReasonRole:
        return scope.isStale() ? staleReason(*scope.error) : QString();
    case Model::StaleErrorRole:
        return scope.isStale() ? QVariant::fromValue(*scope.error) : QVariant();
    case Model::HasDetailsRole:
        return row.hasDetails;
    case Model::NameRole:
        return row.name().toString();
    case Model::ZoneRole:
        return m_store.pool().text(row.zone);
    case Model::PrivateIpsRole:
        return splitList(row.privateIps());
    case Model::PublicIpsRole:
        return splitList(row.publicIps());
    case Model::InstanceTypeRole:
        return m_store.pool().text(row.instanceType);
    default:
        return QVariant();
    }
}

QVariant InstanceRowFormatter::displayData(const Row &row, const Scope &scope, int column) const
{
    switch (column) {
    case Model::CloudColumn:
        return cloudDisplayName(scope.cloud);
    case Model::AccountColumn:
        return scope.accountName;
    case Model::RegionColumn:
        return m_store.regionOf(row);
    case Model::InstanceIdColumn:
        return row.instanceId;
    case Model::StateColumn:
        return stateDisplayName(row.state);
    case Model::SinceColumn:
        return formatTime(row.sinceMs);
    case Model::LastConfirmedColumn:
        return formatTime(scope.lastConfirmedMs);
    case Model::NameColumn:
        return row.name().toString();
    case Model::ZoneColumn:
        return m_store.pool().text(row.zone);
    case Model::PrivateIpColumn:
        return row.privateIps().toString();
    case Model::PublicIpColumn:
        return row.publicIps().toString();
    case Model::TypeColumn:
        return m_store.pool().text(row.instanceType);
    }
    return QVariant();
}

QVariant InstanceRowFormatter::sortData(const Row &row, const Scope &scope, int column) const
{
    switch (column) {
    case Model::CloudColumn:
        return int(scope.cloud);
    case Model::StateColumn:
        return int(row.state);
    case Model::SinceColumn:
        return row.sinceMs;
    case Model::LastConfirmedColumn:
        return scope.lastConfirmedMs;
    case Model::PrivateIpColumn:
    case Model::PublicIpColumn: {
        const QStringView ips =
            column == Model::PrivateIpColumn ? row.privateIps() : row.publicIps();
        const qsizetype comma = ips.indexOf(u',');
        return (comma < 0 ? ips : ips.left(comma)).toString();
    }
    default:
        return displayData(row, scope, column);
    }
}

QVariant InstanceRowFormatter::toolTipData(const Row &row, const Scope &scope, int column) const
{
    QString tip;
    if (column == Model::StateColumn)
        tip = QCoreApplication::translate("InstanceTableModel",
                                          "Reported by the cloud as \u201c%1\u201d")
                  .arg(m_store.pool().text(row.rawState));
    if (scope.isStale()) {
        if (!tip.isEmpty())
            tip += u'\n';
        tip += staleReason(*scope.error);
    }
    return tip.isEmpty() ? QVariant() : QVariant(tip);
}

QString InstanceRowFormatter::staleReason(const FetchError &error)
{
    QString reason = QCoreApplication::translate("InstanceTableModel",
                                                 "Not refreshed: the last listing failed (%1")
                         .arg(error.kindName());
    if (!error.code.isEmpty())
        reason += u", " + error.code;
    reason += u')';
    if (!error.message.isEmpty())
        reason += u": " + error.message.left(300);
    if (!error.requestId.isEmpty())
        reason += u' '
            + QCoreApplication::translate("InstanceTableModel", "[request id %1]")
                  .arg(error.requestId.left(100));
    return reason;
}

QString InstanceRowFormatter::columnTitle(int column)
{
    const char *title = "";
    switch (column) {
    case Model::CloudColumn:
        title = QT_TRANSLATE_NOOP("InstanceTableModel", "Cloud");
        break;
    case Model::AccountColumn:
        title = QT_TRANSLATE_NOOP("InstanceTableModel", "Account");
        break;
    case Model::RegionColumn:
        title = QT_TRANSLATE_NOOP("InstanceTableModel", "Region");
        break;
    case Model::InstanceIdColumn:
        title = QT_TRANSLATE_NOOP("InstanceTableModel", "Instance ID");
        break;
    case Model::StateColumn:
        title = QT_TRANSLATE_NOOP("InstanceTableModel", "State");
        break;
    case Model::SinceColumn:
        title = QT_TRANSLATE_NOOP("InstanceTableModel", "Since");
        break;
    case Model::LastConfirmedColumn:
        title = QT_TRANSLATE_NOOP("InstanceTableModel", "Last confirmed");
        break;
    case Model::NameColumn:
        title = QT_TRANSLATE_NOOP("InstanceTableModel", "Name");
        break;
    case Model::ZoneColumn:
        title = QT_TRANSLATE_NOOP("InstanceTableModel", "Zone");
        break;
    case Model::PrivateIpColumn:
        title = QT_TRANSLATE_NOOP("InstanceTableModel", "Private IP");
        break;
    case Model::PublicIpColumn:
        title = QT_TRANSLATE_NOOP("InstanceTableModel", "Public IP");
        break;
    case Model::TypeColumn:
        title = QT_TRANSLATE_NOOP("InstanceTableModel", "Type");
        break;
    }
    return QCoreApplication::translate("InstanceTableModel", title);
}

QHash<int, QByteArray> InstanceRowFormatter::customRoleNames()
{
    // "staleReason" for StaleReasonRole, and so on.
    QHash<int, QByteArray> names;
    const QMetaEnum roles = QMetaEnum::fromType<Model::Role>();
    for (int i = 0; i < roles.keyCount(); ++i) {
        QByteArray name(roles.key(i));
        name.chop(4);
        name[0] = char(QChar::toLower(uchar(name[0])));
        names.insert(roles.value(i), name);
    }
    return names;
}
