#include "rankedproxymodel.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace {

constexpr int forwardRowLimit = 64; // above this, a change is forwarded as the whole column
constexpr RankedProxyModel::Handle absentHandle = RankedSequence::maxHandle + 1;

} // namespace

RankedProxyModel::RankedProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void RankedProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_collecting = false;
    m_collected.clear();
    m_source = model;
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        m_connections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                    &RankedProxyModel::sourceAboutToBeReset),
            connect(model, &QAbstractItemModel::modelReset, this, &RankedProxyModel::sourceReset),
            connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    &RankedProxyModel::applyCollected),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    &RankedProxyModel::sourceRowsInserted),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &RankedProxyModel::sourceRowsAboutToBeRemoved),
            connect(model, &QAbstractItemModel::dataChanged, this,
                    &RankedProxyModel::sourceDataChanged),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    &RankedProxyModel::sourceLayoutAboutToBeChanged),
            connect(model, &QAbstractItemModel::layoutChanged, this,
                    &RankedProxyModel::sourceLayoutChanged),
            connect(model, &QAbstractItemModel::headerDataChanged, this,
                    &RankedProxyModel::headerDataChanged),
            connect(model, &QObject::destroyed, this,
                    [this] {
                        beginResetModel();
                        m_seq.clear();
                        m_collected.clear();
                        endResetModel();
                    }),
        };
    }
    rebuild();
    endResetModel();
}

void RankedProxyModel::refilter(RankedSequence::Revise which)
{
    if (!m_source)
        return;
    beginLayoutChange();
    m_seq.revise([this](Handle h) { return acceptsHandle(h); }, which);
    endLayoutChange();
}

void RankedProxyModel::resort()
{
    beginLayoutChange();
    if (m_source) {
        std::vector<std::pair<Handle, bool>> items = m_seq.items();
        std::sort(items.begin(), items.end(),
                  [this](const auto &a, const auto &b) { return lessHandle(a.first, b.first); });
        m_seq.assign(items);
    }
    endLayoutChange();
}

void RankedProxyModel::rebuild()
{
    m_seq.clear();
    if (!m_source)
        return;
    std::vector<std::pair<Handle, bool>> items;
    for (Handle h : sourceHandles())
        items.emplace_back(h, acceptsHandle(h));
    std::sort(items.begin(), items.end(),
              [this](const auto &a, const auto &b) { return lessHandle(a.first, b.first); });
    m_seq.assign(items);
}

RankedSequence::Location RankedProxyModel::sortedPlace(Handle h) const
{
    return m_seq.lowerBound(h, [this](Handle a, Handle b) { return lessHandle(a, b); });
}

void RankedProxyModel::insertSorted(Handle h, bool visible)
{
    m_seq.insert(sortedPlace(h), h, visible);
}

// Moves a visible row whose sort value changed to where it now belongs, as one row move.
void RankedProxyModel::repositionVisible(Handle h, RankedSequence::Location old)
{
    Handle neighbour;
    if ((!m_seq.previous(old, &neighbour) || lessHandle(neighbour, h))
        && (!m_seq.next(old, &neighbour) || lessHandle(h, neighbour)))
        return;
    const int oldRank = m_seq.visibleBefore(old);
    m_seq.erase(old);
    const RankedSequence::Location target = sortedPlace(h);
    const int newRank = m_seq.visibleBefore(target);
    if (newRank == oldRank) {
        m_seq.insert(target, h, true); // moves among hidden rows only
    } else {
        // Put it back exactly (the views must see the old order until beginMoveRows).
        m_seq.insert(old, h, true, /*noSplit*/ true);
        beginMoveRows(QModelIndex(), oldRank, oldRank, QModelIndex(),
                      newRank > oldRank ? newRank + 1 : newRank);
        m_seq.erase(old);
        m_seq.insert(target, h, true);
        endMoveRows();
    }
    m_seq.compact();
}

void RankedProxyModel::beginLayoutChange()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_layoutFrom = persistentIndexList();
    m_layoutHandles.clear();
    for (const QModelIndex &idx : std::as_const(m_layoutFrom)) {
        const bool valid = idx.isValid() && idx.row() < m_seq.visibleCount();
        m_layoutHandles.append({ valid ? m_seq.visibleAt(idx.row()) : absentHandle, idx.column() });
    }
}

void RankedProxyModel::endLayoutChange()
{
    QModelIndexList to;
    to.reserve(m_layoutHandles.size());
    for (const auto &[h, column] : std::as_const(m_layoutHandles)) {
        if (h != absentHandle && m_seq.isVisible(h))
            to.append(index(m_seq.visibleRank(h), column));
        else
            to.append(QModelIndex());
    }
    changePersistentIndexList(m_layoutFrom, to);
    m_layoutFrom.clear();
    m_layoutHandles.clear();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// --- The model interface ------------------------------------------------------------------

QModelIndex RankedProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_seq.visibleCount()
        || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex RankedProxyModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

QModelIndex RankedProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int RankedProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_seq.visibleCount();
}

int RankedProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool RankedProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && m_seq.visibleCount() > 0;
}

QModelIndex RankedProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this
        || proxyIndex.row() >= m_seq.visibleCount())
        return QModelIndex();
    const int sourceRow = sourceRowOfHandle(m_seq.visibleAt(proxyIndex.row()));
    return m_source->index(sourceRow, proxyIndex.column());
}

QModelIndex RankedProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source)
        return QModelIndex();
    const Handle h = handleOfSourceRow(sourceIndex.row());
    if (!m_seq.isVisible(h))
        return QModelIndex();
    return index(m_seq.visibleRank(h), sourceIndex.column());
}

QVariant RankedProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_source ? m_source->headerData(section, orientation, role) : QVariant();
    return QAbstractItemModel::headerData(section, orientation, role);
}

// --- Following the source -----------------------------------------------------------------

void RankedProxyModel::sourceAboutToBeReset()
{
    beginResetModel();
    m_seq.clear(); // the handles are about to be reused
    m_collected.clear(); // the reset covers them
}

void RankedProxyModel::sourceReset()
{
    rebuild();
    endResetModel();
}

void RankedProxyModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_source)
        return;
    if (first == last) {
        // One row, the common case of a refresh: its place is found once.
        const Handle h = handleOfSourceRow(first);
        const bool visible = acceptsHandle(h);
        const RankedSequence::Location place = sortedPlace(h);
        if (!visible) {
            m_seq.insert(place, h, false);
            return;
        }
        const int rank = m_seq.visibleBefore(place);
        beginInsertRows(QModelIndex(), rank, rank);
        m_seq.insert(place, h, true);
        endInsertRows();
        return;
    }
    std::vector<Handle> shown;
    for (int row = first; row <= last; ++row) {
        const Handle h = handleOfSourceRow(row);
        if (acceptsHandle(h))
            shown.push_back(h);
        else
            insertSorted(h, false);
    }
    std::sort(shown.begin(), shown.end(), [this](Handle a, Handle b) { return lessHandle(a, b); });
    // New rows with the same number of visible rows before them form one inserted block.
    std::vector<int> before(shown.size());
    for (size_t i = 0; i < shown.size(); ++i)
        before[i] = m_seq.visibleBefore(sortedPlace(shown[i]));
    for (size_t i = 0; i < shown.size();) {
        size_t end = i;
        while (end < shown.size() && before[end] == before[i])
            ++end;
        const int firstRank = before[i] + int(i);
        beginInsertRows(QModelIndex(), firstRank, firstRank + int(end - i) - 1);
        for (; i < end; ++i)
            insertSorted(shown[i], true);
        endInsertRows();
    }
}

void RankedProxyModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    applyCollected();
    if (parent.isValid() || !m_source)
        return;
    if (first == last) {
        // One row, the common case of a refresh: located once.
        const Handle h = handleOfSourceRow(first);
        if (!m_seq.contains(h))
            return;
        const RankedSequence::Location at = m_seq.locate(h);
        if (m_seq.isVisible(at)) {
            const int rank = m_seq.visibleBefore(at);
            beginRemoveRows(QModelIndex(), rank, rank);
            m_seq.erase(at);
            endRemoveRows();
        } else {
            m_seq.erase(at);
        }
        m_seq.compact();
        return;
    }
    std::vector<std::pair<int, Handle>> shown;
    for (int row = first; row <= last; ++row) {
        const Handle h = handleOfSourceRow(row);
        if (!m_seq.contains(h))
            continue;
        if (m_seq.isVisible(h))
            shown.emplace_back(0, h);
        else
            m_seq.erase(m_seq.locate(h));
    }
    for (auto &[rank, h] : shown)
        rank = m_seq.visibleRank(h);
    std::sort(shown.begin(), shown.end(), std::greater<>());
    // Contiguous proxy rows go as one block, the last block first.
    for (size_t i = 0; i < shown.size();) {
        size_t end = i + 1;
        while (end < shown.size() && shown[end].first == shown[end - 1].first - 1)
            ++end;
        beginRemoveRows(QModelIndex(), shown[end - 1].first, shown[i].first);
        for (; i < end; ++i)
            m_seq.erase(m_seq.locate(shown[i].second));
        endRemoveRows();
    }
    m_seq.compact();
}

void RankedProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    if (!m_source || !topLeft.isValid() || topLeft.parent().isValid())
        return;
    const bool sortTouched = orderDependsOn(topLeft.column(), bottomRight.column(), roles);
    const bool filterTouched = filterDependsOn(roles);
    if (m_collecting && topLeft.row() == bottomRight.row()) {
        m_collected.add(handleOfSourceRow(topLeft.row()), topLeft.column(), bottomRight.column(),
                        roles, sortTouched, filterTouched);
        return;
    }
    applyCollected();
    if (sortTouched || filterTouched) {
        if (topLeft.row() == bottomRight.row())
            updateRow(handleOfSourceRow(topLeft.row()), sortTouched, filterTouched);
        else
            updateRows(topLeft.row(), bottomRight.row(), filterTouched);
    }
    forwardDataChanged(topLeft.row(), bottomRight.row(), topLeft.column(), bottomRight.column(),
                       roles);
}

// One row changed: its place or visibility changes by one precise row signal.
void RankedProxyModel::updateRow(Handle h, bool sortTouched, bool filterTouched)
{
    const RankedSequence::Location at = m_seq.locate(h);
    const bool was = m_seq.isVisible(at);
    const bool now = filterTouched ? acceptsHandle(h) : was;
    if (was && now) {
        if (sortTouched)
            repositionVisible(h, at);
        return;
    }
    if (was) {
        const int rank = m_seq.visibleBefore(at);
        beginRemoveRows(QModelIndex(), rank, rank);
        m_seq.erase(at);
        insertSorted(h, false);
        endRemoveRows();
    } else if (now) {
        m_seq.erase(at);
        const RankedSequence::Location place = sortedPlace(h);
        const int rank = m_seq.visibleBefore(place);
        beginInsertRows(QModelIndex(), rank, rank);
        m_seq.insert(place, h, true);
        endInsertRows();
    } else if (sortTouched) {
        m_seq.erase(at);
        insertSorted(h, false);
    }
    m_seq.compact();
}

// Several rows changed at once (a scope's confirmation time, an account's name): when the
// order or visibility really changes, they are placed again under one layout change.
void RankedProxyModel::updateRows(int first, int last, bool filterTouched)
{
    std::vector<std::pair<Handle, bool>> rows;
    rows.reserve(size_t(last - first + 1));
    for (int row = first; row <= last; ++row)
        rows.emplace_back(handleOfSourceRow(row), filterTouched);
    placeAgain(rows);
}

// Rows (handle, whether the filter may have changed for it) whose values changed, each
// possibly out of place now: when the order or visibility really changed, they are taken out
// and placed again under one layout change.
void RankedProxyModel::placeAgain(const std::vector<std::pair<Handle, bool>> &changed)
{
    std::vector<std::pair<Handle, bool>> rows; // handle, visible
    rows.reserve(changed.size());
    bool changes = false;
    for (const auto &[h, filterTouched] : changed) {
        const RankedSequence::Location at = m_seq.locate(h);
        const bool visible = filterTouched ? acceptsHandle(h) : m_seq.isVisible(at);
        rows.emplace_back(h, visible);
        if (changes)
            continue;
        // Sorted iff every adjacent pair is; only pairs with a changed row can be out of order.
        Handle neighbour;
        changes = visible != m_seq.isVisible(at)
            || (m_seq.previous(at, &neighbour) && !lessHandle(neighbour, h))
            || (m_seq.next(at, &neighbour) && !lessHandle(h, neighbour));
    }
    if (!changes)
        return;
    beginLayoutChange();
    for (const auto &[h, visible] : rows)
        m_seq.erase(m_seq.locate(h));
    std::sort(rows.begin(), rows.end(),
              [this](const auto &a, const auto &b) { return lessHandle(a.first, b.first); });
    for (const auto &[h, visible] : rows)
        insertSorted(h, visible);
    m_seq.compact();
    endLayoutChange();
}

void RankedProxyModel::beginCollectingChanges()
{
    applyCollected();
    m_collecting = true;
}

void RankedProxyModel::endCollectingChanges()
{
    m_collecting = false;
    applyCollected();
}

// One dataChanged for count changed rows: over the whole column range when there are many,
// else (QSortFilterProxyModel's choice too) one range from the lowest to the highest row.
template<typename HandleAt>
void RankedProxyModel::forwardChanges(int count, const HandleAt &handleAt, int firstColumn,
                                      int lastColumn, const QList<int> &roles)
{
    if (m_seq.visibleCount() == 0)
        return;
    int low = 0;
    int high = m_seq.visibleCount() - 1;
    if (count <= forwardRowLimit) {
        low = std::numeric_limits<int>::max();
        high = -1;
        for (int i = 0; i < count; ++i) {
            const Handle h = handleAt(i);
            if (m_seq.isVisible(h)) {
                const int rank = m_seq.visibleRank(h);
                low = std::min(low, rank);
                high = std::max(high, rank);
            }
        }
        if (high < 0)
            return;
    }
    emit dataChanged(index(low, firstColumn), index(high, lastColumn), roles);
}

// The collected rows are still where they were, with their new values: every other row is
// unchanged and in order, so they can be found by handle and placed again.
void RankedProxyModel::applyCollected()
{
    if (m_collected.isEmpty())
        return;
    const ChangeCollector::Changes changes = m_collected.take();
    std::vector<std::pair<Handle, bool>> touched;
    const ChangeCollector::Row *single = nullptr;
    for (const ChangeCollector::Row &row : changes.rows) {
        if (row.orderTouched || row.filterTouched) {
            touched.emplace_back(row.handle, row.filterTouched);
            single = &row;
        }
    }
    if (touched.size() == 1)
        updateRow(single->handle, single->orderTouched, single->filterTouched);
    else if (touched.size() > 1)
        placeAgain(touched);
    forwardChanges(
        int(changes.rows.size()), [&](int i) { return changes.rows[size_t(i)].handle; },
        changes.firstColumn, changes.lastColumn, changes.roles);
}

void RankedProxyModel::forwardDataChanged(int firstRow, int lastRow, int firstColumn,
                                          int lastColumn, const QList<int> &roles)
{
    forwardChanges(
        lastRow - firstRow + 1, [&](int i) { return handleOfSourceRow(firstRow + i); }, firstColumn,
        lastColumn, roles);
}

void RankedProxyModel::sourceLayoutAboutToBeChanged()
{
    applyCollected();
    emit layoutAboutToBeChanged();
    m_layoutFrom = persistentIndexList();
    m_layoutSource.clear();
    for (const QModelIndex &idx : std::as_const(m_layoutFrom))
        m_layoutSource.append(QPersistentModelIndex(mapToSource(idx)));
}

void RankedProxyModel::sourceLayoutChanged()
{
    rebuild();
    QModelIndexList to;
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSource))
        to.append(mapFromSource(source));
    changePersistentIndexList(m_layoutFrom, to);
    m_layoutFrom.clear();
    m_layoutSource.clear();
    emit layoutChanged();
}
