#include "instancefilterproxy.h"

using Model = InstanceTableModel;

InstanceFilterProxy::InstanceFilterProxy(QObject *parent)
    : RankedProxyModel(parent)
{ }

void InstanceFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    auto *instances = qobject_cast<InstanceTableModel *>(model);
    if (model && !instances) {
        qWarning("InstanceFilterProxy: the source must be an InstanceTableModel");
        return;
    }
    for (const QMetaObject::Connection &c : std::as_const(m_batchConnections))
        disconnect(c);
    m_batchConnections.clear();
    m_model = instances;
    RankedProxyModel::setSourceModel(instances);
    if (instances) {
        m_batchConnections = {
            connect(instances, &Model::rowUpdatesStarted, this,
                    &InstanceFilterProxy::beginCollectingChanges),
            connect(instances, &Model::rowUpdatesFinished, this,
                    &InstanceFilterProxy::endCollectingChanges),
        };
    }
}

void InstanceFilterProxy::setFilter(const InstanceRowFilter &filter)
{
    if (filter == m_filter)
        return;
    // Typing into the search box only narrows: the hidden rows stay hidden, and clearing a
    // filter only widens: the shown rows stay shown. Only the others need testing.
    using Revise = RankedSequence::Revise;
    const Revise which = filter.isNarrowerOrEqual(m_filter)
        ? Revise::VisibleOnly
        : (m_filter.isNarrowerOrEqual(filter) ? Revise::HiddenOnly : Revise::All);
    m_filter = filter;
    refilter(which);
    emit filtersChanged();
}

void InstanceFilterProxy::setCloudFilter(const QList<Cloud> &clouds)
{
    InstanceRowFilter filter = m_filter;
    filter.cloudMask = 0;
    for (Cloud cloud : clouds)
        filter.cloudMask |= 1u << int(cloud);
    setFilter(filter);
}

QList<Cloud> InstanceFilterProxy::cloudFilter() const
{
    QList<Cloud> clouds;
    for (Cloud cloud : allClouds) {
        if (m_filter.cloudMask & (1u << int(cloud)))
            clouds.append(cloud);
    }
    return clouds;
}

void InstanceFilterProxy::setStateFilter(const QList<InstanceState> &states)
{
    InstanceRowFilter filter = m_filter;
    filter.stateMask = 0;
    for (InstanceState state : states)
        filter.stateMask |= 1u << int(state);
    setFilter(filter);
}

QList<InstanceState> InstanceFilterProxy::stateFilter() const
{
    QList<InstanceState> states;
    for (InstanceState state : allInstanceStates) {
        if (m_filter.stateMask & (1u << int(state)))
            states.append(state);
    }
    return states;
}

void InstanceFilterProxy::setRegionFilter(const QSet<QString> &regions)
{
    InstanceRowFilter filter = m_filter;
    filter.regions = regions;
    setFilter(filter);
}

void InstanceFilterProxy::setAccountFilter(const QSet<QString> &accountIds)
{
    InstanceRowFilter filter = m_filter;
    filter.accountIds = accountIds;
    setFilter(filter);
}

void InstanceFilterProxy::setTextFilter(const QString &text)
{
    InstanceRowFilter filter = m_filter;
    filter.setText(text);
    setFilter(filter);
}

bool InstanceFilterProxy::acceptsSourceRow(int sourceRow) const
{
    if (!m_model || sourceRow < 0 || sourceRow >= m_model->rowCount())
        return false;
    return acceptsHandle(m_model->store().handleAt(sourceRow));
}

void InstanceFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= Model::ColumnCount)
        column = -1;
    if (column == m_ordering.column && order == m_ordering.order)
        return;
    m_ordering = { column, order };
    resort();
}

RankedProxyModel::Handle InstanceFilterProxy::handleOfSourceRow(int row) const
{
    return m_model->store().handleAt(row);
}

int InstanceFilterProxy::sourceRowOfHandle(Handle h) const
{
    return m_model->store().rowOf(h);
}

std::vector<RankedProxyModel::Handle> InstanceFilterProxy::sourceHandles() const
{
    std::vector<Handle> handles;
    if (!m_model)
        return handles;
    const InstanceStore &store = m_model->store();
    handles.reserve(size_t(store.rowCount()));
    for (int i = 0; i < store.scopeCount(); ++i) {
        for (Handle h : store.scope(store.scopeSlotAt(i)).rows)
            handles.push_back(h);
    }
    return handles;
}

bool InstanceFilterProxy::acceptsHandle(Handle h) const
{
    const InstanceStore &store = m_model->store();
    return m_filter.accepts(store, store.row(h));
}

bool InstanceFilterProxy::lessHandle(Handle a, Handle b) const
{
    return m_ordering.less(m_model->store(), a, b);
}

bool InstanceFilterProxy::orderDependsOn(int firstColumn, int lastColumn,
                                         const QList<int> &roles) const
{
    return m_ordering.column >= firstColumn && m_ordering.column <= lastColumn
        && (roles.isEmpty() || roles.contains(Model::SortRole));
}

bool InstanceFilterProxy::filterDependsOn(const QList<int> &roles) const
{
    return m_filter.dependsOn(roles);
}
