// ChangeCollector: the rows a source announced changed, one dataChanged each, gathered for
// RankedProxyModel to act on all at once (see RankedProxyModel::beginCollectingChanges): their
// handles, whether each may have moved or changed visibility, and the union of the columns
// and roles announced.
#pragma once

#include <QList>
#include <QtGlobal>

#include <vector>

class ChangeCollector
{
public:
    using Handle = quint32;

    struct Row
    {
        Handle handle;
        bool orderTouched;
        bool filterTouched;
    };

    bool isEmpty() const { return m_rows.empty(); }
    void add(Handle h, int firstColumn, int lastColumn, const QList<int> &roles, bool orderTouched,
             bool filterTouched);
    void clear();

    // What was gathered, each row once (a row announced twice has its flags combined), in
    // handle order; the collector is empty afterwards.
    struct Changes
    {
        std::vector<Row> rows;
        int firstColumn = 0;
        int lastColumn = 0;
        QList<int> roles; // empty: any role
    };
    Changes take();

private:
    std::vector<Row> m_rows;
    int m_firstColumn = 0;
    int m_lastColumn = 0;
    QList<int> m_roles;
};
