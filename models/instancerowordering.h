// InstanceRowOrdering: how the instance proxy orders rows — by one column's real value
// (states in lifecycle order, times as times, text naturally, IPv4 numerically), ties broken by
// the source order (scope order, then instance id), so the order is total.
#pragma once

#include "instancestore.h"

#include <Qt>

struct InstanceRowOrdering
{
    int column = -1; // InstanceTableModel::Column; -1: source order
    Qt::SortOrder order = Qt::AscendingOrder;

    bool less(const InstanceStore &store, InstanceStore::Handle a, InstanceStore::Handle b) const;
    // Three-way comparison of the sort column alone (ascending).
    int compareColumn(const InstanceStore &store, const InstanceStore::Row &a,
                      const InstanceStore::Row &b) const;
};
