// PageAssembler: page counts at every boundary, pages fed out of order, and each way pages can
// contradict one another (total changes, lost or extra items, duplicates, wrong echo, a page
// too many) — all refused, never a short list.
#include "pageassembler.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

PageResult page(qint64 total, int first, int count)
{
    PageResult p;
    p.totalCount = total;
    for (int i = first; i < first + count; ++i)
        p.statuses.append({ u"i-%1"_s.arg(i), u"running"_s, InstanceState::Running });
    return p;
}

} // namespace

class tst_PageAssembler : public QObject
{
    Q_OBJECT

private slots:
    void pagesFor_data();
    void pagesFor();
    void assemblesOutOfOrderInPageOrder();
    void emptyScopeIsOnePage();
    void refuses_data();
    void refuses();
    void refusesAbsurdTotal();
};

void tst_PageAssembler::pagesFor_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("pages");
    QTest::newRow("0") << qint64(0) << 100 << 1;
    QTest::newRow("1") << qint64(1) << 100 << 1;
    QTest::newRow("100") << qint64(100) << 100 << 1;
    QTest::newRow("101") << qint64(101) << 100 << 2;
    QTest::newRow("200") << qint64(200) << 100 << 2;
    QTest::newRow("201") << qint64(201) << 100 << 3;
    QTest::newRow("50 of 50") << qint64(50) << 50 << 1;
    QTest::newRow("51 of 50") << qint64(51) << 50 << 2;
    QTest::newRow("10000 of 1000") << qint64(10000) << 1000 << 10;
    QTest::newRow("10001 of 1000") << qint64(10001) << 1000 << 11;
}

void tst_PageAssembler::pagesFor()
{
    QFETCH(qint64, total);
    QFETCH(int, size);
    QFETCH(int, pages);
    QCOMPARE(PageAssembler::pagesFor(total, size), pages);
}

void tst_PageAssembler::assemblesOutOfOrderInPageOrder()
{
    PageAssembler a(10, 100);
    QVERIFY(!a.addPage(0, page(25, 0, 10)));
    QCOMPARE(a.pageCount(), 3);
    QVERIFY(!a.isComplete());
    QVERIFY(!a.addPage(2, page(25, 20, 5)));
    QVERIFY(!a.isComplete());
    QVERIFY(!a.addPage(1, page(25, 10, 10)));
    QVERIFY(a.isComplete());
    const QList<ObservedInstance> all = a.takeStatuses();
    QCOMPARE(all.size(), 25);
    for (int i = 0; i < 25; ++i)
        QCOMPARE(all.at(i).instanceId, u"i-%1"_s.arg(i));
}

void tst_PageAssembler::emptyScopeIsOnePage()
{
    PageAssembler a(100, 10);
    QVERIFY(!a.addPage(0, page(0, 0, 0)));
    QCOMPARE(a.pageCount(), 1);
    QVERIFY(a.isComplete());
    QVERIFY(a.takeStatuses().isEmpty());
}

void tst_PageAssembler::refuses_data()
{
    QTest::addColumn<QList<PageResult>>("pages"); // fed as pages 0, 1, 2...
    QTest::addColumn<QString>("mentions");
    PageResult echoed = page(15, 10, 5);
    echoed.echoedPageIndex = 0;
    PageResult noTotal = page(-1, 0, 1);
    QTest::newRow("total changes")
        << QList<PageResult> { page(15, 0, 10), page(16, 10, 5) } << u"announced 16"_s;
    QTest::newRow("first page short") << QList<PageResult> { page(15, 0, 9) } << u"held 9"_s;
    QTest::newRow("last page short")
        << QList<PageResult> { page(15, 0, 10), page(15, 10, 4) } << u"held 4"_s;
    QTest::newRow("last page long")
        << QList<PageResult> { page(15, 0, 10), page(15, 10, 6) } << u"held 6"_s;
    QTest::newRow("single page too many") << QList<PageResult> { page(3, 0, 4) } << u"held 4"_s;
    QTest::newRow("duplicate across pages")
        << QList<PageResult> { page(15, 0, 10), page(15, 9, 5) } << u"i-9"_s;
    QTest::newRow("duplicate within a page") << QList<PageResult> { [] {
        PageResult p = page(2, 0, 1);
        p.statuses.append(p.statuses.first());
        return p;
    }() } << u"twice"_s;
    QTest::newRow("wrong page echoed")
        << QList<PageResult> { page(15, 0, 10), echoed } << u"says it is page 1"_s;
    QTest::newRow("no total") << QList<PageResult> { noTotal } << u"no total"_s;
}

void tst_PageAssembler::refuses()
{
    QFETCH(QList<PageResult>, pages);
    QFETCH(QString, mentions);
    PageAssembler a(10, 100);
    std::optional<FetchError> error;
    for (int i = 0; i < pages.size() && !error; ++i)
        error = a.addPage(i, pages.at(i));
    QVERIFY(error);
    QCOMPARE(error->kind, FetchError::Kind::Malformed);
    QCOMPARE(error->code, u"InconsistentPages"_s);
    QVERIFY2(error->message.contains(mentions), qPrintable(error->message));
    QVERIFY(!a.isComplete());
}

void tst_PageAssembler::refusesAbsurdTotal()
{
    PageAssembler a(100, 50); // at most 5,000 instances
    QVERIFY(!PageAssembler(100, 50).addPage(0, page(5000, 0, 100)));
    const auto error = a.addPage(0, page(5001, 0, 100));
    QVERIFY(error);
    QCOMPARE(error->kind, FetchError::Kind::Malformed);
    // A page beyond the last and a page before the first are refused too.
    PageAssembler b(10, 100);
    QVERIFY(b.addPage(1, page(15, 10, 5)));
    QVERIFY(!b.addPage(0, page(15, 0, 10)));
    QVERIFY(b.addPage(2, page(15, 20, 0)));
    QVERIFY(b.addPage(0, page(15, 0, 10)));
}

QTEST_GUILESS_MAIN(tst_PageAssembler)
#include "tst_pageassembler.moc"
