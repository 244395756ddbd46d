// InstanceExport: the rows of a view of InstanceTableModel (the filter proxy, in its sort
// order, or the model itself) as CSV or JSON, with the field names of the headless
// `--once --json` output: cloud, account, region, instanceId, state, rawState, name, zone,
// privateIps, publicIps, instanceType, since, lastConfirmed.
//
// JSON: {"instances": [{...}]}; times are ISO 8601 UTC ("2026-03-01T12:00:00Z") or null when
// never; the detail fields (name … instanceType) appear only for rows whose details are known.
// CSV: a header line, then one line per row (RFC 4180 quoting, CRLF); the IP lists are joined
// with spaces; a cell that a spreadsheet would run as a formula (starting with = + - @ or a
// tab) gets a leading apostrophe.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

class QAbstractItemModel;

class InstanceExport
{
public:
    static const QStringList &fieldNames();
    // One row as the JSON object the export and the headless mode write.
    static QJsonObject rowObject(const QAbstractItemModel *view, int row);
    static QByteArray toJson(const QAbstractItemModel *view);
    static QByteArray toCsv(const QAbstractItemModel *view);
    static QString csvField(const QString &text);
};
