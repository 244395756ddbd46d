#include "instancestore.h"

#include <algorithm>

namespace {

constexpr qsizetype maxNameLength = 256;
constexpr qsizetype maxIpLength = 64;
constexpr qsizetype maxIpsPerList = 32;
constexpr qsizetype maxShortTextLength = 128;

// Server text shown in a table cell: one line, no control characters, bounded.
QString oneLine(const QString &text, qsizetype maxLength)
{
    QString result = text.left(maxLength);
    for (QChar &c : result) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return result;
}

// IPs joined by ", "; separators and spaces inside an address are dropped, so the joined
// text splits back into the same list.
QString joinIps(const QStringList &ips)
{
    QString joined;
    qsizetype count = 0;
    for (const QString &ip : ips) {
        QString clean;
        clean.reserve(std::min(ip.size(), maxIpLength));
        for (QChar c : ip) {
            if (clean.size() >= maxIpLength)
                break;
            if (c.isSpace() || c == u',' || c.category() == QChar::Other_Control)
                continue;
            clean.append(c);
        }
        if (clean.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined.append(u", ");
        joined.append(clean);
        if (++count == maxIpsPerList)
            break;
    }
    return joined;
}

QStringList splitIps(QStringView joined)
{
    QStringList list;
    if (joined.isEmpty())
        return list;
    for (QStringView part : joined.split(u", "))
        list.append(part.toString());
    return list;
}

} // namespace

int InstanceStore::addScope(const ScopeKey &key, Cloud cloud, const QString &accountName)
{
    Q_ASSERT(findScope(key) < 0);
    int slot = -1;
    for (size_t i = 0; i < m_scopes.size(); ++i) {
        if (!m_scopes[i]) {
            slot = int(i);
            break;
        }
    }
    if (slot < 0) {
        if (m_scopes.size() >= size_t(maxScopes))
            return -1;
        slot = int(m_scopes.size());
        m_scopes.emplace_back();
    }
    auto s = std::make_unique<Scope>();
    s->key = key;
    s->cloud = cloud;
    s->accountName = accountName.isEmpty() ? key.accountId : accountName;
    s->offset = m_rowCount;
    s->order = int(m_order.size());
    m_scopes[size_t(slot)] = std::move(s);
    m_order.append(slot);
    m_slotByKey.insert(key, slot);
    return slot;
}

void InstanceStore::dropScope(int slot)
{
    Scope &s = scope(slot);
    Q_ASSERT(s.rows.isEmpty());
    m_order.removeAt(s.order);
    for (int i = s.order; i < int(m_order.size()); ++i)
        scope(m_order.at(i)).order = i;
    m_slotByKey.remove(s.key);
    m_scopes[size_t(slot)].reset();
    m_lastOrder = 0;
}

InstanceStore::Location InstanceStore::locate(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rowCount);
    if (m_lastOrder < int(m_order.size())) {
        const Scope &s = scope(m_order.at(m_lastOrder));
        if (row >= s.offset && row < s.offset + s.rowCount())
            return { m_order.at(m_lastOrder), row - s.offset };
    }
    // The last scope whose offset is <= row: empty scopes share their offset with the next
    // one, so the last of equal offsets is the one that holds rows.
    const auto it = std::upper_bound(m_order.cbegin(), m_order.cend(), row,
                                     [this](int r, int slot) { return r < scope(slot).offset; });
    Q_ASSERT(it != m_order.cbegin());
    const int order = int(it - m_order.cbegin()) - 1;
    m_lastOrder = order;
    const Scope &s = scope(m_order.at(order));
    return { m_order.at(order), row - s.offset };
}

int InstanceStore::rowOf(Handle handle) const
{
    const Scope &s = scope(m_rows[handle].scope);
    if (m_positions[handle] >= s.positionsValidBelow) {
        // Positions at and after positionsValidBelow may be out of date, and an out-of-date
        // position is never below that mark: renumber the tail once.
        for (int i = s.positionsValidBelow; i < s.rowCount(); ++i)
            m_positions[s.rows.at(i)] = i;
        s.positionsValidBelow = s.rowCount();
    }
    return s.offset + m_positions[handle];
}

InstanceStore::Handle InstanceStore::allocate(Row &&row)
{
    if (!m_freeHandles.empty()) {
        const Handle handle = m_freeHandles.back();
        m_freeHandles.pop_back();
        m_rows[handle] = std::move(row);
        return handle;
    }
    m_rows.push_back(std::move(row));
    m_positions.push_back(0);
    return Handle(m_rows.size() - 1);
}

void InstanceStore::insertRows(int slot, int pos, const QList<Handle> &handles)
{
    Scope &s = scope(slot);
    s.rows.insert(pos, handles.size(), 0);
    std::copy(handles.cbegin(), handles.cend(), s.rows.begin() + pos);
    for (qsizetype i = 0; i < handles.size(); ++i) {
        m_rows[handles.at(i)].scope = quint16(slot);
        m_positions[handles.at(i)] = int(pos + i);
    }
    // The new rows' positions are right, those after them are not any more.
    s.positionsValidBelow = std::min(s.positionsValidBelow, pos);
    m_rowCount += int(handles.size());
    shiftOffsetsAfter(s.order, int(handles.size()));
}

void InstanceStore::removeRows(int slot, int pos, int count)
{
    Scope &s = scope(slot);
    for (int i = pos; i < pos + count; ++i) {
        const Handle handle = s.rows.at(i);
        m_rows[handle] = Row();
        m_freeHandles.push_back(handle);
    }
    s.rows.remove(pos, count);
    s.positionsValidBelow = std::min(s.positionsValidBelow, pos);
    m_rowCount -= count;
    shiftOffsetsAfter(s.order, -count);
}

int InstanceStore::findRow(int slot, QStringView instanceId) const
{
    const Scope &s = scope(slot);
    const auto it = std::lower_bound(
        s.rows.cbegin(), s.rows.cend(), instanceId,
        [this](Handle h, QStringView id) { return QStringView(m_rows[h].instanceId) < id; });
    if (it == s.rows.cend() || m_rows[*it].instanceId != instanceId)
        return -1;
    return int(it - s.rows.cbegin());
}

void InstanceStore::setDetails(Row &row, const InstanceDetails &details)
{
    const QString name = oneLine(details.name, maxNameLength);
    const QString privateIps = joinIps(details.privateIps).left(0x7fff);
    const QString publicIps = joinIps(details.publicIps).left(0x7fff);
    row.detailsText = name + privateIps + publicIps;
    row.detailsText.squeeze();
    row.nameLength = quint16(name.size());
    row.privateIpsLength = quint16(privateIps.size());
    row.zone = m_pool.intern(oneLine(details.zone, maxShortTextLength));
    row.instanceType = m_pool.intern(oneLine(details.instanceType, maxShortTextLength));
    row.detailsRegion = m_pool.intern(oneLine(details.region, maxShortTextLength));
    row.hasDetails = true;
}

int InstanceStore::updateDetails(Row &row, const InstanceDetails &details)
{
    const bool hadDetails = row.hasDetails;
    const InstanceDetails before = detailsOf(row);
    setDetails(row, details);
    int changed = 0;
    if (!hadDetails || detailsOf(row) != before)
        changed |= DetailsChanged;
    if (scopeOf(row).key.region.isEmpty() && m_pool.text(row.detailsRegion) != before.region)
        changed |= RegionChanged;
    return changed;
}

InstanceDetails InstanceStore::detailsOf(const Row &row) const
{
    InstanceDetails details;
    details.instanceId = row.instanceId;
    if (!row.hasDetails)
        return details;
    details.name = row.name().toString();
    details.region = m_pool.text(row.detailsRegion);
    details.zone = m_pool.text(row.zone);
    details.privateIps = splitIps(row.privateIps());
    details.publicIps = splitIps(row.publicIps());
    details.instanceType = m_pool.text(row.instanceType);
    return details;
}

void InstanceStore::shiftOffsetsAfter(int order, int delta)
{
    for (int i = order + 1; i < int(m_order.size()); ++i)
        scope(m_order.at(i)).offset += delta;
}
