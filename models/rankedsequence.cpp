#include "rankedsequence.h"

#include <algorithm>

void RankedSequence::clear()
{
    m_chunks.clear();
    m_indexOfId.clear();
    m_chunkOf.clear();
    m_tree.clear();
    m_freeIds.clear();
    m_small.clear();
    m_size = 0;
    m_visible = 0;
    m_nextChunkId = 0;
}

void RankedSequence::assign(const std::vector<std::pair<Handle, bool>> &items)
{
    clear();
    for (size_t i = 0; i < items.size(); i += targetChunk) {
        Chunk chunk;
        chunk.id = newChunkId();
        const size_t end = std::min(items.size(), i + targetChunk);
        chunk.items.reserve(end - i);
        for (size_t k = i; k < end; ++k) {
            const auto [h, visible] = items[k];
            Q_ASSERT(h <= maxHandle);
            ensureHandle(h);
            m_chunkOf[h] = quint32(chunk.id);
            chunk.items.push_back(h | (visible ? visibleBit : 0u));
            chunk.visible += visible ? 1 : 0;
        }
        m_visible += chunk.visible;
        m_size += int(end - i);
        m_chunks.push_back(std::move(chunk));
    }
    rebuildIndex();
}

bool RankedSequence::isVisible(Handle h) const
{
    if (!contains(h))
        return false;
    return isVisible(locate(h));
}

RankedSequence::Handle RankedSequence::visibleAt(int rank) const
{
    Q_ASSERT(rank >= 0 && rank < m_visible);
    const int chunk = fenwickFind(rank);
    int left = rank - fenwickPrefix(chunk);
    for (quint32 item : m_chunks[size_t(chunk)].items) {
        if ((item & visibleBit) && left-- == 0)
            return handleOf(item);
    }
    Q_UNREACHABLE();
    return 0;
}

RankedSequence::Location RankedSequence::locate(Handle h) const
{
    Q_ASSERT(contains(h));
    const int chunk = m_indexOfId[m_chunkOf[h]];
    const std::vector<quint32> &items = m_chunks[size_t(chunk)].items;
    for (size_t i = 0; i < items.size(); ++i) {
        if (handleOf(items[i]) == h)
            return { chunk, int(i) };
    }
    Q_UNREACHABLE();
    return { chunk, 0 };
}

int RankedSequence::visibleBefore(Location loc) const
{
    if (m_chunks.empty())
        return 0;
    int count = fenwickPrefix(loc.chunk);
    const std::vector<quint32> &items = m_chunks[size_t(loc.chunk)].items;
    for (int i = 0; i < loc.index; ++i)
        count += (items[size_t(i)] & visibleBit) ? 1 : 0;
    return count;
}

void RankedSequence::insert(Location loc, Handle h, bool visible, bool noSplit)
{
    Q_ASSERT(h <= maxHandle && !contains(h));
    ensureHandle(h);
    if (m_chunks.empty()) {
        Chunk chunk;
        chunk.id = newChunkId();
        m_chunks.push_back(std::move(chunk));
        rebuildIndex();
        loc = { 0, 0 };
    }
    Chunk &chunk = m_chunks[size_t(loc.chunk)];
    chunk.items.insert(chunk.items.begin() + loc.index, h | (visible ? visibleBit : 0u));
    m_chunkOf[h] = quint32(chunk.id);
    ++m_size;
    if (visible) {
        ++chunk.visible;
        ++m_visible;
        fenwickAdd(loc.chunk, 1);
    }
    if (noSplit || int(chunk.items.size()) <= maxChunk)
        return;
    // Split in two halves; only the moved half changes chunk.
    Chunk tail;
    tail.id = newChunkId();
    const auto middle = chunk.items.begin() + ptrdiff_t(chunk.items.size() / 2);
    tail.items.assign(middle, chunk.items.end());
    chunk.items.erase(middle, chunk.items.end());
    for (quint32 item : tail.items) {
        m_chunkOf[handleOf(item)] = quint32(tail.id);
        if (item & visibleBit)
            ++tail.visible;
    }
    chunk.visible -= tail.visible;
    m_chunks.insert(m_chunks.begin() + loc.chunk + 1, std::move(tail));
    rebuildIndex();
}

void RankedSequence::erase(Location loc)
{
    Chunk &chunk = m_chunks[size_t(loc.chunk)];
    const quint32 item = chunk.items[size_t(loc.index)];
    chunk.items.erase(chunk.items.begin() + loc.index);
    m_chunkOf[handleOf(item)] = absent;
    --m_size;
    if (item & visibleBit) {
        --chunk.visible;
        --m_visible;
        fenwickAdd(loc.chunk, -1);
    }
    if (int(chunk.items.size()) < minChunk)
        m_small.push_back(chunk.id);
}

void RankedSequence::setVisible(Location loc, bool visible)
{
    Chunk &chunk = m_chunks[size_t(loc.chunk)];
    quint32 &item = chunk.items[size_t(loc.index)];
    if (bool(item & visibleBit) == visible)
        return;
    item = handleOf(item) | (visible ? visibleBit : 0u);
    const int delta = visible ? 1 : -1;
    chunk.visible += delta;
    m_visible += delta;
    fenwickAdd(loc.chunk, delta);
}

void RankedSequence::compact()
{
    if (m_small.empty())
        return;
    bool changed = false;
    for (int id : m_small) {
        if (id >= int(m_indexOfId.size()) || m_indexOfId[size_t(id)] < 0)
            continue;
        const int index = m_indexOfId[size_t(id)];
        Chunk &chunk = m_chunks[size_t(index)];
        if (int(chunk.items.size()) >= minChunk)
            continue;
        // Merge into the next chunk when both fit, else the previous; drop it if empty.
        int into = -1;
        if (index + 1 < int(m_chunks.size())
            && chunk.items.size() + m_chunks[size_t(index + 1)].items.size() <= size_t(maxChunk))
            into = index + 1;
        else if (index > 0
                 && chunk.items.size() + m_chunks[size_t(index - 1)].items.size()
                     <= size_t(maxChunk))
            into = index - 1;
        if (into < 0 && !chunk.items.empty())
            continue;
        if (into >= 0) {
            Chunk &target = m_chunks[size_t(into)];
            for (quint32 item : chunk.items)
                m_chunkOf[handleOf(item)] = quint32(target.id);
            target.items.insert(into > index ? target.items.begin() : target.items.end(),
                                chunk.items.begin(), chunk.items.end());
            target.visible += chunk.visible;
        }
        m_freeIds.push_back(chunk.id);
        m_chunks.erase(m_chunks.begin() + index);
        // Keep m_indexOfId right for the ids still to visit.
        m_indexOfId[size_t(id)] = -1;
        for (size_t i = size_t(index); i < m_chunks.size(); ++i)
            m_indexOfId[size_t(m_chunks[i].id)] = int(i);
        changed = true;
    }
    m_small.clear();
    if (changed)
        rebuildIndex();
}

bool RankedSequence::previous(Location loc, Handle *h) const
{
    if (loc.index > 0) {
        *h = handleOf(m_chunks[size_t(loc.chunk)].items[size_t(loc.index - 1)]);
        return true;
    }
    for (int c = loc.chunk - 1; c >= 0; --c) {
        if (!m_chunks[size_t(c)].items.empty()) {
            *h = handleOf(m_chunks[size_t(c)].items.back());
            return true;
        }
    }
    return false;
}

bool RankedSequence::next(Location loc, Handle *h) const
{
    if (size_t(loc.index + 1) < m_chunks[size_t(loc.chunk)].items.size()) {
        *h = handleOf(m_chunks[size_t(loc.chunk)].items[size_t(loc.index + 1)]);
        return true;
    }
    for (size_t c = size_t(loc.chunk) + 1; c < m_chunks.size(); ++c) {
        if (!m_chunks[c].items.empty()) {
            *h = handleOf(m_chunks[c].items.front());
            return true;
        }
    }
    return false;
}

std::vector<std::pair<RankedSequence::Handle, bool>> RankedSequence::items() const
{
    std::vector<std::pair<Handle, bool>> result;
    result.reserve(size_t(m_size));
    for (const Chunk &chunk : m_chunks) {
        for (quint32 item : chunk.items)
            result.emplace_back(handleOf(item), bool(item & visibleBit));
    }
    return result;
}

void RankedSequence::rebuildIndex()
{
    std::fill(m_indexOfId.begin(), m_indexOfId.end(), -1);
    for (size_t i = 0; i < m_chunks.size(); ++i) {
        const size_t id = size_t(m_chunks[i].id);
        if (id >= m_indexOfId.size())
            m_indexOfId.resize(id + 1, -1);
        m_indexOfId[id] = int(i);
    }
    // Linear-time Fenwick construction.
    const size_t n = m_chunks.size();
    m_tree.assign(n + 1, 0);
    for (size_t i = 1; i <= n; ++i) {
        m_tree[i] += m_chunks[i - 1].visible;
        const size_t parent = i + (i & (~i + 1));
        if (parent <= n)
            m_tree[parent] += m_tree[i];
    }
}

void RankedSequence::fenwickAdd(int chunk, int delta)
{
    for (size_t i = size_t(chunk) + 1; i < m_tree.size(); i += i & (~i + 1))
        m_tree[i] += delta;
}

int RankedSequence::fenwickPrefix(int chunk) const
{
    int sum = 0;
    for (size_t i = size_t(chunk); i > 0; i -= i & (~i + 1))
        sum += m_tree[i];
    return sum;
}

int RankedSequence::fenwickFind(int rank) const
{
    // The chunk index c with prefix(c) <= rank < prefix(c + 1).
    size_t pos = 0;
    size_t step = 1;
    while (step * 2 < m_tree.size())
        step *= 2;
    int left = rank;
    for (; step > 0; step /= 2) {
        if (pos + step < m_tree.size() && m_tree[pos + step] <= left) {
            pos += step;
            left -= m_tree[pos];
        }
    }
    return int(pos);
}

void RankedSequence::ensureHandle(Handle h)
{
    if (h >= m_chunkOf.size())
        m_chunkOf.resize(std::max<size_t>(size_t(h) + 1, m_chunkOf.size() * 3 / 2), absent);
}

int RankedSequence::newChunkId()
{
    if (!m_freeIds.empty()) {
        const int id = m_freeIds.back();
        m_freeIds.pop_back();
        return id;
    }
    return m_nextChunkId++;
}
