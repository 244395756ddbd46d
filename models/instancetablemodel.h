// InstanceTableModel: one row per instance of every polled scope. Applies each Snapshot as a
// diff keyed by InstanceKey (contiguous row inserts/removals, dataChanged only for the cells
// and roles that changed, never a reset for a refresh), marks a failed scope's rows stale,
// and adds the details (name, zone, IPs, type) a DetailsSnapshot brings.
#pragma once

#include "instancedetails.h"
#include "instancerowformatter.h"
#include "instancestatus.h"
#include "instancestore.h"
#include "snapshot.h"
#include "snapshotchanges.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

class InstanceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int {
        CloudColumn,
        AccountColumn,
        RegionColumn,
        InstanceIdColumn,
        StateColumn,
        SinceColumn,
        LastConfirmedColumn,
        NameColumn,
        ZoneColumn,
        PrivateIpColumn,
        PublicIpColumn,
        TypeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Raw values for sorting, filtering and export. Every role answers on every column.
    enum Role : int {
        SortRole = Qt::UserRole + 1, // the column's real value: enum as int in declaration
                                     // (lifecycle) order, times as qint64 msecs (never: min),
                                     // text otherwise (IP columns: the first address)
        CloudRole, // int(Cloud)
        CloudIdRole, // QString, "aliyun"
        AccountIdRole, // QString
        AccountNameRole, // QString, display name (setAccountNames), else the id
        RegionRole, // QString, the region shown: the scope's, or learnt from details (Zenlayer)
        ScopeRegionRole, // QString, InstanceKey::region (empty for Zenlayer)
        InstanceIdRole, // QString
        StateRole, // int(InstanceState), lifecycle order
        StateNameRole, // QString, stateName(): "running"
        RawStateRole, // QString, the cloud's own value
        FirstSeenRole, // QDateTime (UTC)
        SinceRole, // QDateTime (UTC): last change of the normalized state
        LastConfirmedRole, // QDateTime (UTC): last complete listing that saw it
        FirstSeenMsRole, // qint64 msecs since epoch
        SinceMsRole, // qint64
        LastConfirmedMsRole, // qint64
        StaleRole, // bool: the scope's last listing failed; values are from before
        StaleReasonRole, // QString, plain text, empty when not stale
        StaleErrorRole, // FetchError (QVariant is null when not stale)
        HasDetailsRole, // bool
        NameRole, // QString
        ZoneRole, // QString
        PrivateIpsRole, // QStringList
        PublicIpsRole, // QStringList
        InstanceTypeRole, // QString
    };
    Q_ENUM(Role)

    explicit InstanceTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A complete snapshot replaces the scope's rows; a failed one marks them stale.
    void applySnapshot(const Snapshot &snapshot);
    void applySnapshots(const QList<Snapshot> &snapshots);
    // Bulk load under one model reset (start-up, comparison benchmarks). Refreshes go through
    // applySnapshot, which never resets.
    void loadSnapshots(const QList<Snapshot> &snapshots);
    // A failed details snapshot changes nothing. Details of ids with no row yet are kept
    // (until the scope's next details snapshot) and shown when the row appears.
    void applyDetails(const DetailsSnapshot &details);

    // For when the user deletes an account or one of its regions.
    void removeAccount(const QString &accountId);
    void removeScope(const ScopeKey &scope);

    // Display names by account id; accounts missing from the hash show their id.
    void setAccountNames(const QHash<QString, QString> &names);

    // Headless/export access (row in [0, rowCount())).
    InstanceStatus statusAt(int row) const;
    std::optional<InstanceDetails> detailsAt(int row) const;
    bool isStale(int row) const;
    QString regionAt(int row) const; // as RegionRole
    int findRow(const InstanceKey &key) const; // -1 when absent
    QList<ScopeKey> scopes() const; // every scope seen, in model order
    std::optional<FetchError> scopeError(const ScopeKey &scope) const; // set while stale
    QDateTime scopeLastConfirmed(const ScopeKey &scope) const; // invalid if never complete

    // Read-only access to the storage, for the proxy and the counts (fast paths).
    const InstanceStore &store() const { return m_store; }

    static QString staleReason(const FetchError &error);

signals:
    // One per change of the normalized state of an instance already in the table.
    void stateTransition(const InstanceKey &key, InstanceState from, InstanceState to,
                         const QDateTime &at);
    // After each applied snapshot (complete or failed), with everything it changed.
    void snapshotApplied(const SnapshotChanges &changes);
    // Something counted (rows, states, regions, staleness) may have changed in this scope.
    void scopeChanged(const ScopeKey &scope);
    void scopeRemoved(const ScopeKey &scope);
    // Around a snapshot's state changes: rows scattered through the table, each announced by
    // a dataChanged of its own as soon as it changed, and no other signal in between. A
    // listener may hold back until the end and handle them at once (InstanceFilterProxy
    // places them again under one layout change instead of moving each row).
    void rowUpdatesStarted();
    void rowUpdatesFinished();

private:
    void applyComplete(int slot, const Snapshot &snapshot, qint64 at, SnapshotChanges &changes);
    void applyFailure(int slot, const Snapshot &snapshot, SnapshotChanges &changes);
    int scopeFor(const ScopeKey &key, Cloud cloud);
    InstanceStore::Handle newRow(int slot, const ObservedInstance &observed, qint64 at);
    InstanceKey keyOf(const InstanceStore::Row &row) const;

    // Signal wrappers: silent inside loadSnapshots(), whose reset covers everything.
    void beginRemove(int first, int last);
    void endRemove();
    void beginInsert(int first, int last);
    void endInsert();
    void cellsChanged(int firstRow, int firstColumn, int lastRow, int lastColumn,
                      const QList<int> &roles);

    InstanceStore m_store;
    QHash<QString, QString> m_accountNames;
    InstanceRowFormatter m_formatter;
    bool m_quiet = false;
};
