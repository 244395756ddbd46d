// The state mapping, value by value: every raw state each cloud documents (written out here
// and also read from specs/API.md's table), unknown values, names and the cloud ids.
#include "cloud.h"
#include "instancestate.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class tst_InstanceState : public QObject
{
    Q_OBJECT

private slots:
    void mapsDocumentedRawState_data();
    void mapsDocumentedRawState();
    void coversEveryStateInSpecTable();
    void unknownRawValueIsUnknown_data();
    void unknownRawValueIsUnknown();
    void stateNamesRoundTrip();
    void enumOrderIsLifecycleOrder();
    void cloudIdsRoundTrip();
};

void tst_InstanceState::mapsDocumentedRawState_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<InstanceState>("expected");

    using S = InstanceState;
    const struct
    {
        Cloud cloud;
        const char *raw;
        S state;
    } rows[] = {
        { Cloud::JdCloud, "pending", S::Pending },
        { Cloud::JdCloud, "starting", S::Starting },
        { Cloud::JdCloud, "running", S::Running },
        { Cloud::JdCloud, "stopping", S::Stopping },
        { Cloud::JdCloud, "stopped", S::Stopped },
        { Cloud::JdCloud, "reboot", S::Rebooting },
        { Cloud::JdCloud, "rebuilding", S::Maintenance },
        { Cloud::JdCloud, "resizing", S::Maintenance },
        { Cloud::JdCloud, "error", S::Error },
        { Cloud::JdCloud, "deleting", S::Deleting },
        { Cloud::Zenlayer, "PENDING", S::Pending },
        { Cloud::Zenlayer, "CREATING", S::Pending },
        { Cloud::Zenlayer, "DEPLOYING", S::Pending },
        { Cloud::Zenlayer, "BOOTING", S::Starting },
        { Cloud::Zenlayer, "RUNNING", S::Running },
        { Cloud::Zenlayer, "STOPPING", S::Stopping },
        { Cloud::Zenlayer, "STOPPED", S::Stopped },
        { Cloud::Zenlayer, "REBOOTING", S::Rebooting },
        { Cloud::Zenlayer, "CREATE_FAILED", S::Error },
        { Cloud::Zenlayer, "DELETING", S::Deleting },
        { Cloud::Zenlayer, "RECYCLING", S::Deleting },
        { Cloud::Zenlayer, "RELEASING", S::Deleting },
        { Cloud::Zenlayer, "RECYCLED", S::Deleted },
        { Cloud::Aliyun, "Pending", S::Pending },
        { Cloud::Aliyun, "Starting", S::Starting },
        { Cloud::Aliyun, "Running", S::Running },
        { Cloud::Aliyun, "Stopping", S::Stopping },
        { Cloud::Aliyun, "Stopped", S::Stopped },
        { Cloud::Tencent, "PENDING", S::Pending },
        { Cloud::Tencent, "LAUNCH_FAILED", S::Error },
        { Cloud::Tencent, "RUNNING", S::Running },
        { Cloud::Tencent, "STOPPED", S::Stopped },
        { Cloud::Tencent, "STARTING", S::Starting },
        { Cloud::Tencent, "STOPPING", S::Stopping },
        { Cloud::Tencent, "REBOOTING", S::Rebooting },
        { Cloud::Tencent, "SHUTDOWN", S::Stopped },
        { Cloud::Tencent, "TERMINATING", S::Deleting },
        { Cloud::Tencent, "ENTER_RESCUE_MODE", S::Maintenance },
        { Cloud::Tencent, "RESCUE_MODE", S::Maintenance },
        { Cloud::Tencent, "EXIT_RESCUE_MODE", S::Maintenance },
        { Cloud::Tencent, "ENTER_SERVICE_LIVE_MIGRATE", S::Maintenance },
        { Cloud::Tencent, "SERVICE_LIVE_MIGRATE", S::Maintenance },
        { Cloud::Tencent, "EXIT_SERVICE_LIVE_MIGRATE", S::Maintenance },
    };
    for (const auto &row : rows) {
        QTest::addRow("%s %s", qPrintable(cloudId(row.cloud)), row.raw)
            << row.cloud << QString::fromLatin1(row.raw) << row.state;
    }
}

void tst_InstanceState::mapsDocumentedRawState()
{
    QFETCH(Cloud, cloud);
    QFETCH(QString, raw);
    QFETCH(InstanceState, expected);
    QCOMPARE(stateFromRaw(cloud, raw), expected);

    bool listed = false;
    for (const RawStateMapping &row : documentedRawStates(cloud))
        listed = listed || (raw == QLatin1StringView(row.raw) && row.state == expected);
    QVERIFY2(listed, "documentedRawStates() must list every mapped value");
}

// Reads the "Normalized states" table of specs/API.md itself, so that a state added to the
// spec and not to the code (or the other way round) fails here.
void tst_InstanceState::coversEveryStateInSpecTable()
{
    QFile spec(QStringLiteral(FLEETWATCH_SPECS_DIR "/API.md"));
    QVERIFY2(spec.open(QIODevice::ReadOnly), qPrintable(spec.fileName()));
    const QString text = QString::fromUtf8(spec.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("## Normalized states"));
    QVERIFY(start >= 0);

    const Cloud columns[] = { Cloud::JdCloud, Cloud::Zenlayer, Cloud::Aliyun, Cloud::Tencent };
    QHash<Cloud, int> specCount;
    int rowsSeen = 0;
    const QStringList lines = text.mid(start).split(u'\n');
    for (const QString &line : lines) {
        if (!line.startsWith(u'|'))
            continue;
        const QStringList cells = line.split(u'|');
        // "| normalized | jd | zenlayer | aliyun | tencent |" splits into 7 pieces.
        if (cells.size() != 7)
            continue;
        const auto state = stateFromName(cells.at(1).trimmed().toLower());
        if (!state)
            continue; // header and separator rows
        ++rowsSeen;
        for (int c = 0; c < 4; ++c) {
            const QString cell = cells.at(c + 2).trimmed();
            if (cell == u"—" || cell.startsWith(u"anything"))
                continue;
            for (const QString &raw : cell.split(u',')) {
                const QString value = raw.trimmed();
                QCOMPARE(stateFromRaw(columns[c], value), *state);
                ++specCount[columns[c]];
            }
        }
    }
    QCOMPARE(rowsSeen, int(allInstanceStates.size()));
    for (Cloud cloud : columns)
        QCOMPARE(documentedRawStates(cloud).size(), specCount.value(cloud));
}

void tst_InstanceState::unknownRawValueIsUnknown_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<QString>("raw");
    // Case matters: each cloud documents one spelling, and a different one is not a guess
    // we make.
    QTest::newRow("jd upper") << Cloud::JdCloud << QStringLiteral("RUNNING");
    QTest::newRow("jd other cloud's value") << Cloud::JdCloud << QStringLiteral("SHUTDOWN");
    QTest::newRow("zenlayer lower") << Cloud::Zenlayer << QStringLiteral("running");
    QTest::newRow("aliyun upper") << Cloud::Aliyun << QStringLiteral("RUNNING");
    QTest::newRow("aliyun undocumented") << Cloud::Aliyun << QStringLiteral("Deleted");
    QTest::newRow("tencent camel") << Cloud::Tencent << QStringLiteral("Running");
    QTest::newRow("trailing space") << Cloud::Tencent << QStringLiteral("RUNNING ");
    QTest::newRow("empty") << Cloud::JdCloud << QString();
    QTest::newRow("future value") << Cloud::Zenlayer << QStringLiteral("HIBERNATING");
}

void tst_InstanceState::unknownRawValueIsUnknown()
{
    QFETCH(Cloud, cloud);
    QFETCH(QString, raw);
    QCOMPARE(stateFromRaw(cloud, raw), InstanceState::Unknown);
}

void tst_InstanceState::stateNamesRoundTrip()
{
    QSet<QString> names;
    for (InstanceState state : allInstanceStates) {
        const QString name = stateName(state);
        QVERIFY(!name.isEmpty());
        QCOMPARE(name, name.toLower());
        QCOMPARE(stateFromName(name), state);
        names.insert(name);
        QVERIFY(!stateDisplayName(state).isEmpty());
    }
    QCOMPARE(names.size(), qsizetype(allInstanceStates.size()));
    QCOMPARE(stateName(InstanceState::Running), QStringLiteral("running"));
    QCOMPARE(stateFromName(u"Running"), std::nullopt);
}

void tst_InstanceState::enumOrderIsLifecycleOrder()
{
    QVERIFY(InstanceState::Pending < InstanceState::Starting);
    QVERIFY(InstanceState::Starting < InstanceState::Running);
    QVERIFY(InstanceState::Running < InstanceState::Stopping);
    QVERIFY(InstanceState::Stopping < InstanceState::Stopped);
    QVERIFY(InstanceState::Deleting < InstanceState::Deleted);
    QVERIFY(InstanceState::Deleted < InstanceState::Unknown);
}

void tst_InstanceState::cloudIdsRoundTrip()
{
    QCOMPARE(cloudId(Cloud::JdCloud), QStringLiteral("jdcloud"));
    QCOMPARE(cloudId(Cloud::Zenlayer), QStringLiteral("zenlayer"));
    QCOMPARE(cloudId(Cloud::Aliyun), QStringLiteral("aliyun"));
    QCOMPARE(cloudId(Cloud::Tencent), QStringLiteral("tencent"));
    for (Cloud cloud : allClouds)
        QCOMPARE(cloudFromId(cloudId(cloud)), cloud);
    QCOMPARE(cloudFromId(u"aws"), std::nullopt);
    QCOMPARE(cloudFromId(u"Aliyun"), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_InstanceState)
#include "tst_instancestate.moc"
