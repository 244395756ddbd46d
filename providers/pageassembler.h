// Puts the pages of one listing back together and refuses anything that is not provably the
// whole list: every page must announce the same total, carry exactly the items its position
// implies (page size, last page remainder), and no id may appear twice. Pure: the engine feeds
// it pages in any order and asks for the result in page order.
#pragma once

#include "fetcherror.h"
#include "pageresult.h"

#include <QList>
#include <QSet>

#include <optional>

class PageAssembler
{
public:
    PageAssembler(int pageSize, int maxPages);

    // Feeds page `index` (0-based). Returns the error that makes the listing unusable, if any.
    // Page 0 must come first: it fixes the total and so the number of pages.
    std::optional<FetchError> addPage(int index, PageResult page);

    // Known once page 0 was added; -1 before.
    int pageCount() const { return m_pageCount; }
    qint64 totalCount() const { return m_total; }
    bool isComplete() const;

    // Items in page order. Only meaningful when complete.
    QList<ObservedInstance> takeStatuses();
    QList<InstanceDetails> takeDetails();

    static int pagesFor(qint64 total, int pageSize);

private:
    FetchError inconsistent(const QString &why, const QString &requestId) const;

    int m_pageSize;
    int m_maxPages;
    int m_pageCount = -1;
    qint64 m_total = -1;
    QList<std::optional<PageResult>> m_pages;
    int m_received = 0;
    QSet<QString> m_seen;
};
