// The emulator's state machines: every raw state it emits is one the cloud documents (and so
// maps to a known normalized state), every documented state is reachable, no state is a dead
// end, and instances can be created and deleted in every cloud.
#include "instancestate.h"
#include "lifecycle.h"

#include <QSet>
#include <QTest>

class tst_Lifecycle : public QObject
{
    Q_OBJECT

private slots:
    void emitsOnlyDocumentedRawStates_data();
    void emitsOnlyDocumentedRawStates();
    void reachesEveryDocumentedState_data();
    void reachesEveryDocumentedState();
    void noStateIsADeadEnd_data();
    void noStateIsADeadEnd();
    void picksFollowTheWeights();
};

static void addClouds()
{
    QTest::addColumn<Cloud>("cloud");
    for (Cloud cloud : allClouds)
        QTest::newRow(qPrintable(cloudId(cloud))) << cloud;
}

void tst_Lifecycle::emitsOnlyDocumentedRawStates_data()
{
    addClouds();
}

void tst_Lifecycle::emitsOnlyDocumentedRawStates()
{
    QFETCH(Cloud, cloud);
    const Lifecycle &lifecycle = Lifecycle::forCloud(cloud);
    QSet<QString> documented;
    for (const RawStateMapping &row : documentedRawStates(cloud))
        documented.insert(QString::fromLatin1(row.raw));
    for (const QString &raw : lifecycle.rawStates()) {
        QVERIFY2(documented.contains(raw), qPrintable(raw));
        QVERIFY(stateFromRaw(cloud, raw) != InstanceState::Unknown);
    }
}

void tst_Lifecycle::reachesEveryDocumentedState_data()
{
    addClouds();
}

void tst_Lifecycle::reachesEveryDocumentedState()
{
    QFETCH(Cloud, cloud);
    const Lifecycle &lifecycle = Lifecycle::forCloud(cloud);
    // Walk every edge from the creation state (each draw value 0..999 picks some edge).
    QSet<int> reached { lifecycle.creationState() };
    QList<int> frontier { lifecycle.creationState() };
    bool canBeDeleted = false;
    while (!frontier.isEmpty()) {
        const int state = frontier.takeLast();
        for (quint64 draw = 0; draw < 1000; ++draw) {
            const int next = lifecycle.next(state, draw);
            if (next == Lifecycle::gone) {
                canBeDeleted = true;
            } else if (!reached.contains(next)) {
                reached.insert(next);
                frontier.append(next);
            }
        }
    }
    QVERIFY(canBeDeleted);
    for (const RawStateMapping &row : documentedRawStates(cloud))
        QVERIFY2(reached.contains(lifecycle.indexOf(QString::fromLatin1(row.raw))), row.raw);
}

void tst_Lifecycle::noStateIsADeadEnd_data()
{
    addClouds();
}

void tst_Lifecycle::noStateIsADeadEnd()
{
    QFETCH(Cloud, cloud);
    const Lifecycle &lifecycle = Lifecycle::forCloud(cloud);
    for (int state = 0; state < lifecycle.stateCount(); ++state) {
        QSet<int> nexts;
        for (quint64 draw = 0; draw < 100; ++draw)
            nexts.insert(lifecycle.next(state, draw));
        QVERIFY2(!nexts.isEmpty() && !nexts.contains(state), qPrintable(lifecycle.rawState(state)));
    }
    // Most of a fleet at rest is running.
    int running = 0;
    for (quint64 draw = 0; draw < 10000; ++draw)
        running += stateFromRaw(cloud, lifecycle.rawState(lifecycle.initialState(draw)))
            == InstanceState::Running;
    QVERIFY2(running > 7000 && running < 9500, qPrintable(QString::number(running)));
}

void tst_Lifecycle::picksFollowTheWeights()
{
    // Aliyun "Stopping" goes to Stopped 65 times and Starting 35 times in every 100 draws.
    const Lifecycle &lifecycle = Lifecycle::forCloud(Cloud::Aliyun);
    const int stopping = lifecycle.indexOf(u"Stopping");
    int stopped = 0;
    for (quint64 draw = 0; draw < 100; ++draw)
        stopped += lifecycle.next(stopping, draw) == lifecycle.indexOf(u"Stopped");
    QCOMPARE(stopped, 65);
}

QTEST_GUILESS_MAIN(tst_Lifecycle)
#include "tst_lifecycle.moc"
