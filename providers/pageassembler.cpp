#include "pageassembler.h"

#include "errormapping.h"

using namespace Qt::StringLiterals;

PageAssembler::PageAssembler(int pageSize, int maxPages)
    : m_pageSize(std::max(1, pageSize))
    , m_maxPages(std::max(1, maxPages))
{ }

int PageAssembler::pagesFor(qint64 total, int pageSize)
{
    if (total <= 0)
        return 1; // the first page is always read, even for an empty scope
    return int((total + pageSize - 1) / pageSize);
}

FetchError PageAssembler::inconsistent(const QString &why, const QString &requestId) const
{
    return ErrorMapping::make(FetchError::Kind::Malformed, u"InconsistentPages"_s,
                              why + u" The listing was discarded rather than shown incomplete."_s,
                              requestId);
}

std::optional<FetchError> PageAssembler::addPage(int index, PageResult page)
{
    if (index == 0) {
        if (m_pageCount != -1)
            return inconsistent(u"The first page arrived twice."_s, page.requestId);
        if (page.totalCount < 0)
            return inconsistent(u"The first page gave no total count."_s, page.requestId);
        if (page.totalCount > qint64(m_maxPages) * m_pageSize) {
            return inconsistent(u"The cloud announced %1 instances, more than %2 pages of %3 "
                                "could ever hold."_s.arg(page.totalCount)
                                    .arg(m_maxPages)
                                    .arg(m_pageSize),
                                page.requestId);
        }
        m_total = page.totalCount;
        m_pageCount = pagesFor(m_total, m_pageSize);
        m_pages.resize(m_pageCount);
    } else if (m_pageCount == -1 || index < 0 || index >= m_pageCount || m_pages.at(index)) {
        return inconsistent(u"Page %1 was not expected."_s.arg(index + 1), page.requestId);
    }

    if (page.totalCount != m_total) {
        return inconsistent(u"Page %1 announced %2 instances where the first page announced %3: "
                            "the fleet changed while it was listed."_s.arg(index + 1)
                                .arg(page.totalCount)
                                .arg(m_total),
                            page.requestId);
    }
    if (page.echoedPageIndex && *page.echoedPageIndex != index) {
        return inconsistent(
            u"Asked for page %1, the answer says it is page %2."_s.arg(index + 1).arg(
                *page.echoedPageIndex + 1),
            page.requestId);
    }
    const qint64 expected = std::clamp<qint64>(m_total - qint64(index) * m_pageSize, 0, m_pageSize);
    if (page.itemCount() != expected) {
        return inconsistent(
            u"Page %1 held %2 instances where %3 were due (page size %4, total %5)."_s
                .arg(index + 1)
                .arg(page.itemCount())
                .arg(expected)
                .arg(m_pageSize)
                .arg(m_total),
            page.requestId);
    }
    for (qsizetype i = 0; i < page.itemCount(); ++i) {
        const QString id = page.idAt(i);
        if (m_seen.contains(id)) {
            return inconsistent(u"Instance %1 was listed twice."_s.arg(id), page.requestId);
        }
        m_seen.insert(id);
    }
    m_pages[index] = std::move(page);
    ++m_received;
    return std::nullopt;
}

bool PageAssembler::isComplete() const
{
    return m_pageCount > 0 && m_received == m_pageCount;
}

QList<ObservedInstance> PageAssembler::takeStatuses()
{
    QList<ObservedInstance> out;
    out.reserve(m_seen.size());
    for (auto &page : m_pages) {
        if (page)
            out.append(std::move(page->statuses));
    }
    return out;
}

QList<InstanceDetails> PageAssembler::takeDetails()
{
    QList<InstanceDetails> out;
    out.reserve(m_seen.size());
    for (auto &page : m_pages) {
        if (page)
            out.append(std::move(page->details));
    }
    return out;
}
