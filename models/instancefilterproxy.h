// InstanceFilterProxy: the filtered, sorted view of an InstanceTableModel that the table shows.
// Filters by any set of clouds, regions, states and accounts, plus free text over instance id,
// name and IPs (case-insensitive); all combine, an empty set does not filter. Sorts every
// column by its real value (states in lifecycle order, times as times, names naturally, IPv4
// numerically), ties broken by the source order, so the order is total and stable.
//
// Why not QSortFilterProxyModel: it rebuilds an O(n) source-to-proxy mapping for every
// inserted or removed interval and every re-sorted row. bench_snapshot_apply and
// bench_filtering measure both proxies on the same 100,000 rows with the same comparisons:
// 1,000 instances appearing and 1,000 disappearing cost QSortFilterProxyModel 1-3 s (more
// than resetting), toggling a filter 0.05-3 s; here 15-40 ms, and 1 ms for a cloud, state or
// region filter (20-40 ms for free text). RankedProxyModel does each row change in O(log n)
// and a filter change in one O(n) pass without sorting.
#pragma once

#include "instancerowfilter.h"
#include "instancerowordering.h"
#include "instancestate.h"
#include "instancetablemodel.h"
#include "rankedproxymodel.h"

#include <QSet>

class InstanceFilterProxy : public RankedProxyModel
{
    Q_OBJECT

public:
    explicit InstanceFilterProxy(QObject *parent = nullptr);

    // Only an InstanceTableModel (or nullptr) is accepted; anything else is refused.
    void setSourceModel(QAbstractItemModel *model) override;
    InstanceTableModel *instanceModel() const { return m_model; }

    // Empty = no filter on that dimension. Each change is one O(n) pass, no sorting.
    void setCloudFilter(const QList<Cloud> &clouds);
    QList<Cloud> cloudFilter() const;
    void setStateFilter(const QList<InstanceState> &states);
    QList<InstanceState> stateFilter() const;
    // Regions as shown (RegionRole); the empty string matches rows whose region is unknown.
    void setRegionFilter(const QSet<QString> &regions);
    QSet<QString> regionFilter() const { return m_filter.regions; }
    void setAccountFilter(const QSet<QString> &accountIds);
    QSet<QString> accountFilter() const { return m_filter.accountIds; }
    // Matched case-insensitively inside the instance id, the name, or the IPs; trimmed.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_filter.text; }
    void setFilter(const InstanceRowFilter &filter);
    const InstanceRowFilter &filter() const { return m_filter; }
    void clearFilters() { setFilter(InstanceRowFilter()); }
    bool isFiltering() const { return m_filter.isActive(); }
    // Whether the source row is shown under the current filters.
    bool acceptsSourceRow(int sourceRow) const;

    // column -1: source order. The order is kept as rows change (always "dynamic").
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_ordering.column; }
    Qt::SortOrder sortOrder() const { return m_ordering.order; }

signals:
    void filtersChanged();

protected:
    Handle handleOfSourceRow(int row) const override;
    int sourceRowOfHandle(Handle h) const override;
    std::vector<Handle> sourceHandles() const override;
    bool acceptsHandle(Handle h) const override;
    bool lessHandle(Handle a, Handle b) const override;
    bool orderDependsOn(int firstColumn, int lastColumn, const QList<int> &roles) const override;
    bool filterDependsOn(const QList<int> &roles) const override;

private:
    QPointer<InstanceTableModel> m_model;
    QList<QMetaObject::Connection> m_batchConnections;
    InstanceRowOrdering m_ordering;
    InstanceRowFilter m_filter;
};
