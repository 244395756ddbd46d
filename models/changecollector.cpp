#include "changecollector.h"

#include <algorithm>
#include <utility>

void ChangeCollector::add(Handle h, int firstColumn, int lastColumn, const QList<int> &roles,
                          bool orderTouched, bool filterTouched)
{
    if (m_rows.empty()) {
        m_firstColumn = firstColumn;
        m_lastColumn = lastColumn;
        m_roles = roles;
    } else {
        m_firstColumn = std::min(m_firstColumn, firstColumn);
        m_lastColumn = std::max(m_lastColumn, lastColumn);
        if (roles.isEmpty()) {
            m_roles.clear();
        } else if (!m_roles.isEmpty()) {
            for (int role : roles) {
                if (!m_roles.contains(role))
                    m_roles.append(role);
            }
        }
    }
    m_rows.push_back({ h, orderTouched, filterTouched });
}

void ChangeCollector::clear()
{
    m_rows.clear();
    m_roles.clear();
}

ChangeCollector::Changes ChangeCollector::take()
{
    Changes changes { std::exchange(m_rows, {}), m_firstColumn, m_lastColumn,
                      std::exchange(m_roles, {}) };
    std::vector<Row> &rows = changes.rows;
    std::sort(rows.begin(), rows.end(),
              [](const Row &a, const Row &b) { return a.handle < b.handle; });
    size_t unique = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (unique > 0 && rows[unique - 1].handle == rows[i].handle) {
            rows[unique - 1].orderTouched |= rows[i].orderTouched;
            rows[unique - 1].filterTouched |= rows[i].filterTouched;
        } else {
            rows[unique++] = rows[i];
        }
    }
    rows.resize(unique);
    return changes;
}
