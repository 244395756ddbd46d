// RowHighlights with a driven clock: a mark fades from 1 to 0 over the fade time, one timer
// serves every row and stops when nothing is left to fade.
#include "rowhighlights.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_RowHighlights : public QObject
{
    Q_OBJECT

private slots:
    void fades();
    void oneTimerForManyRowsStopsWhenDone();
    void remarkRestartsTheFade();
};

void tst_RowHighlights::fades()
{
    qint64 now = 1000;
    RowHighlights h;
    h.setClock([&now] { return now; });
    const InstanceKey key { Cloud::Aliyun, u"a"_s, u"r"_s, u"i-1"_s };
    QCOMPARE(h.strength(key), 0.0);
    h.mark(key);
    QCOMPARE(h.strength(key), 1.0);
    now += RowHighlights::defaultFadeMs / 2;
    QCOMPARE(h.strength(key), 0.5);
    now += RowHighlights::defaultFadeMs / 2;
    QCOMPARE(h.strength(key), 0.0);
}

void tst_RowHighlights::oneTimerForManyRowsStopsWhenDone()
{
    qint64 now = 0;
    RowHighlights h;
    h.setClock([&now] { return now; });
    QSignalSpy ticks(&h, &RowHighlights::tick);
    for (int i = 0; i < 5000; ++i)
        h.mark({ Cloud::Tencent, u"a"_s, u"r"_s, u"ins-%1"_s.arg(i) });
    QCOMPARE(h.count(), 5000);
    QVERIFY(h.isTicking());
    QCOMPARE(h.findChildren<QTimer *>().size(), 1); // one timer, however many rows
    now += 1000;
    h.advance();
    QCOMPARE(h.count(), 5000);
    QVERIFY(h.isTicking());
    now += RowHighlights::defaultFadeMs;
    h.advance();
    QCOMPARE(h.count(), 0);
    QVERIFY(!h.isTicking());
    QCOMPARE(ticks.size(), 2);
}

void tst_RowHighlights::remarkRestartsTheFade()
{
    qint64 now = 0;
    RowHighlights h;
    h.setClock([&now] { return now; });
    const InstanceKey key { Cloud::JdCloud, u"a"_s, u"r"_s, u"i-1"_s };
    h.mark(key);
    now += 3000;
    h.mark(key);
    now += 2000;
    QCOMPARE(h.strength(key), 0.5);
}

QTEST_GUILESS_MAIN(tst_RowHighlights)
#include "tst_rowhighlights.moc"
