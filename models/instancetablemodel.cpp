#include "instancetablemodel.h"

#include "snapshotdiff.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

Q_LOGGING_CATEGORY(lcModel, "fleetwatch.model")

using Row = InstanceStore::Row;
using Scope = InstanceStore::Scope;
using Model = InstanceTableModel;

namespace {

qint64 timeOf(const QDateTime &dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

QDateTime dateTimeOf(qint64 ms)
{
    return InstanceRowFormatter::dateTimeOf(ms);
}

const QList<int> stateRoles { Qt::DisplayRole,  Qt::ToolTipRole,      Model::SortRole,
                              Model::StateRole, Model::StateNameRole, Model::RawStateRole,
                              Model::SinceRole, Model::SinceMsRole };
const QList<int> rawStateRoles { Qt::ToolTipRole, Model::RawStateRole };
const QList<int> confirmedRoles { Qt::DisplayRole, Model::SortRole, Model::LastConfirmedRole,
                                  Model::LastConfirmedMsRole };
const QList<int> staleRoles { Qt::ToolTipRole, Qt::FontRole, Model::StaleRole,
                              Model::StaleReasonRole, Model::StaleErrorRole };
const QList<int> detailsRoles {
    Qt::DisplayRole,       Qt::ToolTipRole,      Model::SortRole,
    Model::HasDetailsRole, Model::NameRole,      Model::ZoneRole,
    Model::PrivateIpsRole, Model::PublicIpsRole, Model::InstanceTypeRole
};
const QList<int> regionRoles { Qt::DisplayRole, Model::SortRole, Model::RegionRole };
const QList<int> accountRoles { Qt::DisplayRole, Model::SortRole, Model::AccountNameRole };

} // namespace

InstanceTableModel::InstanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_formatter(m_store)
{ }

int InstanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store.rowCount();
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_store.rowCount()
        || index.column() >= ColumnCount)
        return QVariant();
    return m_formatter.data(m_store.rowAt(index.row()), index.column(), role);
}

QString InstanceTableModel::staleReason(const FetchError &error)
{
    return InstanceRowFormatter::staleReason(error);
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return InstanceRowFormatter::columnTitle(section);
}

QHash<int, QByteArray> InstanceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(InstanceRowFormatter::customRoleNames());
    return names;
}

InstanceStatus InstanceTableModel::statusAt(int row) const
{
    const Row &r = m_store.rowAt(row);
    const Scope &scope = m_store.scopeOf(r);
    return { keyOf(r),
             r.state,
             m_store.pool().text(r.rawState),
             dateTimeOf(r.firstSeenMs),
             dateTimeOf(r.sinceMs),
             dateTimeOf(scope.lastConfirmedMs) };
}

std::optional<InstanceDetails> InstanceTableModel::detailsAt(int row) const
{
    const Row &r = m_store.rowAt(row);
    if (!r.hasDetails)
        return std::nullopt;
    return m_store.detailsOf(r);
}

bool InstanceTableModel::isStale(int row) const
{
    return m_store.scopeOf(m_store.rowAt(row)).isStale();
}

QString InstanceTableModel::regionAt(int row) const
{
    return m_store.regionOf(m_store.rowAt(row));
}

int InstanceTableModel::findRow(const InstanceKey &key) const
{
    const int slot = m_store.findScope(key.scope());
    if (slot < 0 || m_store.scope(slot).cloud != key.cloud)
        return -1;
    const int pos = m_store.findRow(slot, key.instanceId);
    return pos < 0 ? -1 : m_store.scope(slot).offset + pos;
}

QList<ScopeKey> InstanceTableModel::scopes() const
{
    QList<ScopeKey> keys;
    for (int i = 0; i < m_store.scopeCount(); ++i)
        keys.append(m_store.scope(m_store.scopeSlotAt(i)).key);
    return keys;
}

std::optional<FetchError> InstanceTableModel::scopeError(const ScopeKey &scope) const
{
    const int slot = m_store.findScope(scope);
    return slot < 0 ? std::nullopt : m_store.scope(slot).error;
}

QDateTime InstanceTableModel::scopeLastConfirmed(const ScopeKey &scope) const
{
    const int slot = m_store.findScope(scope);
    return slot < 0 ? QDateTime() : dateTimeOf(m_store.scope(slot).lastConfirmedMs);
}

InstanceKey InstanceTableModel::keyOf(const Row &row) const
{
    const Scope &scope = m_store.scopeOf(row);
    return { scope.cloud, scope.key.accountId, scope.key.region, row.instanceId };
}

void InstanceTableModel::setAccountNames(const QHash<QString, QString> &names)
{
    m_accountNames = names;
    for (int i = 0; i < m_store.scopeCount(); ++i) {
        const int slot = m_store.scopeSlotAt(i);
        Scope &scope = m_store.scope(slot);
        const QString name = names.value(scope.key.accountId);
        const QString shown = name.isEmpty() ? scope.key.accountId : name;
        if (shown == scope.accountName)
            continue;
        scope.accountName = shown;
        if (!scope.rows.isEmpty())
            cellsChanged(scope.offset, AccountColumn, scope.offset + scope.rowCount() - 1,
                         AccountColumn, accountRoles);
    }
}

// --- Applying snapshots -------------------------------------------------------------------

void InstanceTableModel::applySnapshot(const Snapshot &snapshot)
{
    const int slot = scopeFor(snapshot.scope, snapshot.cloud);
    if (slot < 0)
        return;
    SnapshotChanges changes;
    changes.cloud = snapshot.cloud;
    changes.scope = snapshot.scope;
    const qint64 at = timeOf(snapshot.finishedAt);
    changes.at = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    changes.error = snapshot.error;
    if (snapshot.isComplete())
        applyComplete(slot, snapshot, at, changes);
    else
        applyFailure(slot, snapshot, changes);
    for (const InstanceTransition &t : std::as_const(changes.transitions))
        emit stateTransition(t.key, t.from, t.to, t.at);
    emit scopeChanged(snapshot.scope);
    emit snapshotApplied(changes);
}

void InstanceTableModel::applySnapshots(const QList<Snapshot> &snapshots)
{
    for (const Snapshot &snapshot : snapshots)
        applySnapshot(snapshot);
}

void InstanceTableModel::loadSnapshots(const QList<Snapshot> &snapshots)
{
    beginResetModel();
    m_quiet = true;
    applySnapshots(snapshots);
    m_quiet = false;
    endResetModel();
}

int InstanceTableModel::scopeFor(const ScopeKey &key, Cloud cloud)
{
    int slot = m_store.findScope(key);
    if (slot >= 0 && m_store.scope(slot).cloud != cloud) {
        // The account was re-created for another cloud: its old rows are other instances.
        removeScope(key);
        slot = -1;
    }
    if (slot < 0) {
        slot = m_store.addScope(key, cloud, m_accountNames.value(key.accountId));
        if (slot < 0)
            qCWarning(lcModel) << "too many scopes; ignoring" << key.accountId << key.region;
    }
    return slot;
}

void InstanceTableModel::applyComplete(int slot, const Snapshot &snapshot, qint64 at,
                                       SnapshotChanges &changes)
{
    Scope &scope = m_store.scope(slot);
    SnapshotDiff diff = SnapshotDiff::compute(m_store, slot, snapshot.instances);
    const bool wasStale = scope.isStale();
    changes.recovered = wasStale;

    // Removals, last run first so earlier positions stay valid.
    for (int pos : diff.removed)
        changes.disappeared.append(keyOf(m_store.row(scope.rows.at(pos))));
    for (qsizetype k = diff.removed.size(); k > 0;) {
        const int last = diff.removed.at(--k);
        int first = last;
        while (k > 0 && diff.removed.at(k - 1) == first - 1)
            first = diff.removed.at(--k);
        beginRemove(scope.offset + first, scope.offset + last);
        m_store.removeRows(slot, first, last - first + 1);
        endRemove();
    }

    // State changes of surviving rows (positions are among survivors, which is now the scope).
    // Each row is announced as soon as it changes, so a listener never sees a changed value
    // it was not told about (the proxy keeps its order by them).
    const bool announceBatch = !m_quiet && !diff.changed.isEmpty();
    if (announceBatch)
        emit rowUpdatesStarted();
    for (const SnapshotDiff::Change &change : diff.changed) {
        Row &row = m_store.row(change.handle);
        const int changedRow = scope.offset + change.pos;
        const QString rawTo = SnapshotDiff::storedRawState(change.observed->rawState);
        const QString rawFrom = m_store.pool().text(row.rawState);
        row.rawState = m_store.pool().intern(rawTo);
        if (row.state == change.observed->state) {
            cellsChanged(changedRow, StateColumn, changedRow, StateColumn, rawStateRoles);
            continue;
        }
        changes.transitions.append(
            { keyOf(row), row.state, change.observed->state, rawFrom, rawTo, changes.at });
        row.state = change.observed->state;
        row.sinceMs = at;
        cellsChanged(changedRow, StateColumn, changedRow, SinceColumn, stateRoles);
    }
    if (announceBatch)
        emit rowUpdatesFinished();

    // Confirmation time and staleness of the survivors; new rows are born with them.
    const qint64 confirmedBefore = scope.lastConfirmedMs;
    scope.lastConfirmedMs = at;
    scope.error.reset();
    if (diff.survivors > 0) {
        const int last = scope.offset + diff.survivors - 1;
        if (wasStale)
            cellsChanged(scope.offset, 0, last, ColumnCount - 1, staleRoles);
        if (confirmedBefore != at)
            cellsChanged(scope.offset, LastConfirmedColumn, last, LastConfirmedColumn,
                         confirmedRoles);
    }

    // Insertions: the instances that sort between the same two survivors form one block.
    int inserted = 0;
    for (qsizetype k = 0; k < diff.inserted.size();) {
        const int before = diff.inserted.at(k).survivorsBefore;
        QList<InstanceStore::Handle> handles;
        for (; k < diff.inserted.size() && diff.inserted.at(k).survivorsBefore == before; ++k)
            handles.append(newRow(slot, *diff.inserted.at(k).observed, at));
        const int pos = before + inserted;
        beginInsert(scope.offset + pos, scope.offset + pos + int(handles.size()) - 1);
        m_store.insertRows(slot, pos, handles);
        endInsert();
        inserted += int(handles.size());
        for (qsizetype i = 0; i < handles.size(); ++i) {
            const Row &row = m_store.row(handles.at(i));
            changes.appeared.append(keyOf(row));
            const int listed = diff.inserted.at(k - handles.size() + i).listingIndex;
            diff.listingIds[listed] = row.instanceId;
        }
    }

    // The cloud's order, against which the next listing is matched first.
    scope.lastListing = std::move(diff.listing);
    scope.lastListingIds = std::move(diff.listingIds);
}

InstanceStore::Handle InstanceTableModel::newRow(int slot, const ObservedInstance &observed,
                                                 qint64 at)
{
    Row row;
    row.instanceId = observed.instanceId;
    row.rawState = m_store.pool().intern(SnapshotDiff::storedRawState(observed.rawState));
    row.state = observed.state;
    row.firstSeenMs = at;
    row.sinceMs = at;
    row.scope = quint16(slot);
    Scope &scope = m_store.scope(slot);
    const auto pending = scope.pendingDetails.constFind(observed.instanceId);
    if (pending != scope.pendingDetails.constEnd()) {
        m_store.setDetails(row, pending.value());
        scope.pendingDetails.erase(pending);
    }
    return m_store.allocate(std::move(row));
}

void InstanceTableModel::applyFailure(int slot, const Snapshot &snapshot, SnapshotChanges &changes)
{
    Scope &scope = m_store.scope(slot);
    const bool wasStale = scope.isStale();
    const QString reasonBefore = wasStale ? staleReason(*scope.error) : QString();
    scope.error = snapshot.error;
    changes.becameStale = !wasStale;
    if (!scope.rows.isEmpty() && (!wasStale || reasonBefore != staleReason(*scope.error)))
        cellsChanged(scope.offset, 0, scope.offset + scope.rowCount() - 1, ColumnCount - 1,
                     staleRoles);
}

void InstanceTableModel::applyDetails(const DetailsSnapshot &details)
{
    if (!details.isComplete())
        return;
    const int slot = scopeFor(details.scope, details.cloud);
    if (slot < 0)
        return;
    Scope &scope = m_store.scope(slot);
    QHash<QString, InstanceDetails> pending;
    std::vector<std::pair<int, const InstanceDetails *>> found; // position in the scope
    for (const InstanceDetails &item : details.instances) {
        if (item.instanceId.isEmpty())
            continue;
        const int pos = m_store.findRow(slot, item.instanceId);
        if (pos < 0)
            pending.insert(item.instanceId, item);
        else
            found.emplace_back(pos, &item);
    }
    scope.pendingDetails = std::move(pending);
    // Announced per run of adjacent rows, not per row: behind a view sorted or filtered by a
    // details column, the proxy then places a run again under one layout change instead of
    // moving each row with signals of its own, which kept the GUI thread busy for ~30 µs a row
    // (a scope's first details change every row; bench_responsiveness). A run's rows are all
    // written before its signals and no other row is, so every row the proxy compares with is
    // either announced or unchanged (each range spans every row of the run that changed).
    // Stable: of duplicate ids the last listed wins, as before.
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    bool regionChanged = false;
    for (size_t i = 0; i < found.size();) {
        int first = std::numeric_limits<int>::max();
        int last = -1;
        int changes = 0;
        size_t j = i;
        for (; j < found.size() && (j == i || found[j].first <= found[j - 1].first + 1); ++j) {
            const int pos = found[j].first;
            const int changed =
                m_store.updateDetails(m_store.row(scope.rows.at(pos)), *found[j].second);
            if (changed) {
                first = std::min(first, scope.offset + pos);
                last = std::max(last, scope.offset + pos);
                changes |= changed;
            }
        }
        i = j;
        if (changes & InstanceStore::DetailsChanged)
            cellsChanged(first, NameColumn, last, TypeColumn, detailsRoles);
        if (changes & InstanceStore::RegionChanged) {
            cellsChanged(first, RegionColumn, last, RegionColumn, regionRoles);
            regionChanged = true;
        }
    }
    if (regionChanged)
        emit scopeChanged(details.scope);
}

void InstanceTableModel::removeAccount(const QString &accountId)
{
    const QList<ScopeKey> keys = scopes();
    for (const ScopeKey &key : keys) {
        if (key.accountId == accountId)
            removeScope(key);
    }
}

void InstanceTableModel::removeScope(const ScopeKey &key)
{
    const int slot = m_store.findScope(key);
    if (slot < 0)
        return;
    Scope &scope = m_store.scope(slot);
    if (!scope.rows.isEmpty()) {
        beginRemove(scope.offset, scope.offset + scope.rowCount() - 1);
        m_store.removeRows(slot, 0, scope.rowCount());
        endRemove();
    }
    m_store.dropScope(slot);
    emit scopeRemoved(key);
}

void InstanceTableModel::beginRemove(int first, int last)
{
    if (!m_quiet)
        beginRemoveRows(QModelIndex(), first, last);
}

void InstanceTableModel::endRemove()
{
    if (!m_quiet)
        endRemoveRows();
}

void InstanceTableModel::beginInsert(int first, int last)
{
    if (!m_quiet)
        beginInsertRows(QModelIndex(), first, last);
}

void InstanceTableModel::endInsert()
{
    if (!m_quiet)
        endInsertRows();
}

void InstanceTableModel::cellsChanged(int firstRow, int firstColumn, int lastRow, int lastColumn,
                                      const QList<int> &roles)
{
    if (!m_quiet)
        emit dataChanged(index(firstRow, firstColumn), index(lastRow, lastColumn), roles);
}
