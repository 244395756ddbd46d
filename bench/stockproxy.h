// The comparison baseline: Qt's own QSortFilterProxyModel, given the very same filter and
// ordering as InstanceFilterProxy and direct access to the rows (no QVariant), so that what
// the benchmarks measure is the proxy's bookkeeping alone.
#pragma once

#include "instancerowfilter.h"
#include "instancerowordering.h"
#include "instancetablemodel.h"

#include <QSortFilterProxyModel>

class StockProxy : public QSortFilterProxyModel
{
public:
    explicit StockProxy(InstanceTableModel *model)
        : m_model(model)
    {
        setSourceModel(model);
    }

    void setRowFilter(const InstanceRowFilter &filter)
    {
        m_filter = filter;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        const InstanceStore &store = m_model->store();
        return m_filter.accepts(store, store.rowAt(sourceRow));
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const InstanceStore &store = m_model->store();
        const InstanceRowOrdering ordering { left.column(), Qt::AscendingOrder };
        return ordering.less(store, store.handleAt(left.row()), store.handleAt(right.row()));
    }

private:
    InstanceTableModel *m_model;
    InstanceRowFilter m_filter;
};
