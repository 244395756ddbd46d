// RankedProxyModel: a flat filter-and-sort proxy kept in step with its source row by row, over
// the source's stable row handles. Each inserted, removed or re-sorted row costs O(log n) on a
// RankedSequence, a filter change is one O(n) pass without sorting, and views get precise
// signals: row blocks for insertions and removals, one row move for a re-sorted row, a layout
// change only for a filter or sort change or several rows re-sorted at once. Subclasses say
// which rows are shown and in what order.
#pragma once

#include "changecollector.h"
#include "rankedsequence.h"

#include <QAbstractProxyModel>
#include <QPointer>

#include <vector>

class RankedProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    using Handle = RankedSequence::Handle;

    explicit RankedProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    // The source's stable identity of a row, and back.
    virtual Handle handleOfSourceRow(int row) const = 0;
    virtual int sourceRowOfHandle(Handle h) const = 0;
    virtual std::vector<Handle> sourceHandles() const = 0; // all, in source order
    virtual bool acceptsHandle(Handle h) const = 0;
    // A strict total order.
    virtual bool lessHandle(Handle a, Handle b) const = 0;
    // Whether a source dataChanged over these columns and roles may move rows, or show or
    // hide them.
    virtual bool orderDependsOn(int firstColumn, int lastColumn, const QList<int> &roles) const = 0;
    virtual bool filterDependsOn(const QList<int> &roles) const = 0;

    // Call after the filter changed: rows are tested again (no sorting) — only the shown ones
    // when the filter only got narrower, only the hidden ones when it only got wider.
    void refilter(RankedSequence::Revise which = RankedSequence::Revise::All);
    // Call after the order changed: every row is sorted again.
    void resort();

    // Between these two, the source's single-row dataChanged signals are collected and acted
    // on at the end, all at once: rows whose place or visibility changed are placed again
    // under one layout change (one row alone still moves by itself), and the views get one
    // dataChanged. For a source that changes many scattered rows in a burst, each announced
    // as soon as it changed (a refresh's state changes), where one row move each would cost
    // ~1 µs a row here and more in every view. Any other source signal ends the collection
    // early, so the source may only rely on it for the proxy's speed, never for correctness.
    void beginCollectingChanges();
    void endCollectingChanges();

private:
    void rebuild();
    RankedSequence::Location sortedPlace(Handle h) const;
    void insertSorted(Handle h, bool visible);
    void repositionVisible(Handle h, RankedSequence::Location old);
    void beginLayoutChange();
    void endLayoutChange();

    void sourceAboutToBeReset();
    void sourceReset();
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void updateRow(Handle h, bool orderTouched, bool filterTouched);
    void updateRows(int first, int last, bool filterTouched);
    void placeAgain(const std::vector<std::pair<Handle, bool>> &changed);
    void applyCollected();
    void forwardDataChanged(int firstRow, int lastRow, int firstColumn, int lastColumn,
                            const QList<int> &roles);
    template<typename HandleAt>
    void forwardChanges(int count, const HandleAt &handleAt, int firstColumn, int lastColumn,
                        const QList<int> &roles);

    QPointer<QAbstractItemModel> m_source;
    QList<QMetaObject::Connection> m_connections;
    RankedSequence m_seq;
    // Persistent indexes across a layout change: the proxy indexes and their rows' handles.
    QModelIndexList m_layoutFrom;
    QList<std::pair<Handle, int>> m_layoutHandles; // handle (or an absent marker), column
    QList<QPersistentModelIndex> m_layoutSource; // across a source layout change
    // Between beginCollectingChanges() and endCollectingChanges().
    bool m_collecting = false;
    ChangeCollector m_collected;
};
