// InstanceStore: the compact row storage behind InstanceTableModel. Rows are grouped by scope
// (account + region); a scope's rows are contiguous in the model and sorted by instance id, so
// applying a snapshot is a merge of two sorted lists. Each row has a stable handle, and its
// account id, region and cloud live once in its scope, never copied per row.
#pragma once

#include "fetcherror.h"
#include "instancedetails.h"
#include "instancekey.h"
#include "instancestate.h"
#include "stringpool.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class InstanceStore
{
public:
    using Handle = quint32;
    static constexpr int maxScopes = 0xffff;
    static constexpr qint64 never = std::numeric_limits<qint64>::min();

    struct Row
    {
        QString instanceId;
        // name, then the private IPs and the public IPs (each list joined by ", "), packed into
        // one buffer: one allocation instead of three. Lengths below split it.
        QString detailsText;
        qint64 firstSeenMs = 0;
        qint64 sinceMs = 0; // last change of the normalized state
        StringPool::Id rawState = StringPool::emptyId;
        StringPool::Id zone = StringPool::emptyId;
        StringPool::Id instanceType = StringPool::emptyId;
        StringPool::Id detailsRegion = StringPool::emptyId;
        quint16 nameLength = 0;
        quint16 privateIpsLength = 0;
        quint16 scope = 0;
        InstanceState state = InstanceState::Unknown;
        bool hasDetails = false;

        QStringView name() const { return QStringView(detailsText).left(nameLength); }
        QStringView privateIps() const
        {
            return QStringView(detailsText).mid(nameLength, privateIpsLength);
        }
        QStringView publicIps() const
        {
            return QStringView(detailsText).mid(nameLength + privateIpsLength);
        }
    };

    struct Scope
    {
        ScopeKey key;
        Cloud cloud = Cloud::JdCloud;
        QString accountName; // display name; the account id when none was given
        QList<Handle> rows; // sorted by instance id
        // Positions in rows, in the order of the last complete listing (rows do not change
        // between two listings of a scope, so the positions stay right).
        QList<int> lastListing;
        // The same rows' ids, viewing the rows' own strings: the next listing is compared with
        // these one after another, where reading each row would be a cache miss (rows are in
        // id order, listings in the cloud's). Valid while those rows live, which is until the
        // next complete listing is applied or the scope is removed.
        QList<QStringView> lastListingIds;
        int offset = 0; // model row of rows[0]
        int order = 0; // index in the model's scope order
        qint64 lastConfirmedMs = never; // finishedAt of the last complete snapshot
        std::optional<FetchError> error; // set while the scope is stale
        // Details that arrived for ids with no row yet, applied when the row appears.
        QHash<QString, InstanceDetails> pendingDetails;
        // Lazily renumbered positions (see InstanceStore::rowOf).
        mutable int positionsValidBelow = 0;

        bool isStale() const { return error.has_value(); }
        int rowCount() const { return int(rows.size()); }
    };

    InstanceStore() = default;
    InstanceStore(const InstanceStore &) = delete;
    InstanceStore &operator=(const InstanceStore &) = delete;

    int rowCount() const { return m_rowCount; }

    // Scopes, by slot (stable while the scope exists) and in model order.
    int scopeCount() const { return int(m_order.size()); }
    int scopeSlotAt(int order) const { return m_order.at(order); }
    int findScope(const ScopeKey &key) const { return m_slotByKey.value(key, -1); }
    const Scope &scope(int slot) const { return *m_scopes[size_t(slot)]; }
    Scope &scope(int slot) { return *m_scopes[size_t(slot)]; }
    // Appends an empty scope at the end of the model; -1 when maxScopes exist already.
    int addScope(const ScopeKey &key, Cloud cloud, const QString &accountName);
    // Forgets an empty scope.
    void dropScope(int slot);

    struct Location
    {
        int slot;
        int pos;
    };
    Location locate(int row) const;
    Handle handleAt(int row) const
    {
        const Location at = locate(row);
        return scope(at.slot).rows.at(at.pos);
    }
    const Row &row(Handle handle) const { return m_rows[handle]; }
    Row &row(Handle handle) { return m_rows[handle]; }
    const Row &rowAt(int row) const { return m_rows[handleAt(row)]; }
    const Scope &scopeOf(const Row &row) const { return scope(row.scope); }
    // The current model row of a handle.
    int rowOf(Handle handle) const;

    // A new row, not yet in any scope.
    Handle allocate(Row &&row);
    // Places allocated rows at pos in the scope (they must keep the scope sorted by id).
    void insertRows(int slot, int pos, const QList<Handle> &handles);
    // Takes rows out of the scope and frees them.
    void removeRows(int slot, int pos, int count);
    // Position of instanceId in the scope, or -1.
    int findRow(int slot, QStringView instanceId) const;

    StringPool &pool() { return m_pool; }
    const StringPool &pool() const { return m_pool; }

    // The region shown for a row: the scope's, or for a region-less scope (Zenlayer) the one
    // learnt from the instance's details, if any.
    const QString &regionOf(const Row &row) const
    {
        const Scope &s = scopeOf(row);
        return s.key.region.isEmpty() ? m_pool.text(row.detailsRegion) : s.key.region;
    }

    enum DetailsChange { DetailsChanged = 1, RegionChanged = 2 };
    // Sets a row's details; returns which DetailsChange flags apply (the region counts only
    // where it is shown, in a region-less scope).
    int updateDetails(Row &row, const InstanceDetails &details);
    // Replaces a row's details (sanitized: plain one-line text, capped lengths).
    void setDetails(Row &row, const InstanceDetails &details);
    InstanceDetails detailsOf(const Row &row) const;

private:
    void shiftOffsetsAfter(int order, int delta);

    std::vector<std::unique_ptr<Scope>> m_scopes; // by slot; null when free
    QList<int> m_order; // slots in model order
    QHash<ScopeKey, int> m_slotByKey;
    std::vector<Row> m_rows; // by handle
    mutable std::vector<qint32> m_positions; // by handle: index in its scope's rows
    std::vector<Handle> m_freeHandles;
    StringPool m_pool;
    int m_rowCount = 0;
    mutable int m_lastOrder = 0; // locate() cache: data() is mostly asked row after row
};
