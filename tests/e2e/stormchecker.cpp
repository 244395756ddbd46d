#include "stormchecker.h"

#include "emulator.h"
#include "instancetablemodel.h"
#include "poller.h"
#include "scopehealthtext.h"

using namespace Qt::StringLiterals;

namespace {

QString describe(const ScopeKey &key)
{
    return key.accountId + u'/' + (key.region.isEmpty() ? u"-"_s : key.region);
}

} // namespace

StormChecker::StormChecker(Emulator &emulator, Poller &poller, InstanceTableModel &model,
                           QObject *parent)
    : QObject(parent)
    , m_emulator(emulator)
    , m_poller(poller)
    , m_model(model)
{
    connect(
        &model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) { onRowsAboutToBeRemoved(first, last); });
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
}

void StormChecker::problem(const QString &text)
{
    if (++m_problemCount <= 20)
        m_problems.append(text);
}

ScopeKey StormChecker::scopeOfRow(int row) const
{
    return m_model.statusAt(row).key.scope();
}

void StormChecker::onRowsAboutToBeRemoved(int first, int last)
{
    m_figures.rowsRemoved += last - first + 1;
    for (int row = first; row <= last; ++row) {
        const InstanceStatus status = m_model.statusAt(row);
        const ScopeKey scope = status.key.scope();
        if (!m_applying || !m_applying->isComplete() || m_applying->scope != scope) {
            problem(u"row %1 of %2 removed outside a complete listing of its scope"_s.arg(
                status.key.instanceId, describe(scope)));
            continue;
        }
        for (const ObservedInstance &i : m_applying->instances) {
            if (i.instanceId == status.key.instanceId)
                problem(u"row %1 of %2 removed although the listing has it"_s.arg(i.instanceId,
                                                                                  describe(scope)));
        }
    }
}

void StormChecker::onRowsInserted(int first, int last)
{
    m_figures.rowsInserted += last - first + 1;
    for (int row = first; row <= last; ++row) {
        const ScopeKey scope = scopeOfRow(row);
        if (!m_applying || !m_applying->isComplete() || m_applying->scope != scope)
            problem(u"a row of %1 appeared outside a complete listing of its scope"_s.arg(
                describe(scope)));
    }
}

void StormChecker::apply(const Snapshot &snapshot)
{
    ScopeRecord &record = m_records[snapshot.scope];
    if (snapshot.isComplete()) {
        ++m_figures.complete;
        // The emulator answered at serverTime less its clock offset; the listing ended at
        // finishedAt on the same (emulator) clock, moments later (ten simulated minutes
        // allow for a stalled event loop and are still half the distance between offsets).
        const qint64 apart =
            snapshot.finishedAt.toMSecsSinceEpoch() - snapshot.serverTime.toMSecsSinceEpoch();
        std::optional<qint64> offset;
        for (qint64 candidate : FaultPlan::clockOffsets()) {
            if (apart + candidate >= -1000 && apart + candidate <= 10 * 60'000)
                offset = candidate;
        }
        if (!snapshot.serverTime.isValid() || !offset) {
            problem(u"%1: cannot place the listing in time (server %2, finished %3)"_s.arg(
                describe(snapshot.scope), snapshot.serverTime.toString(Qt::ISODate),
                snapshot.finishedAt.toString(Qt::ISODate)));
        } else {
            record.lastGoodAt = snapshot.serverTime.addMSecs(-*offset);
            if (*offset != 0)
                ++m_figures.listingsUnderSkew;
        }
        record.lastError.reset();
    } else {
        ++m_figures.failed;
        const FetchError &e = *snapshot.error;
        ++m_figures.errors[e.kindName() + u' ' + e.code];
        ++m_figures.kinds[e.kind];
        record.lastError = e;
    }
    m_applying = &snapshot;
    m_model.applySnapshot(snapshot);
    m_applying = nullptr;
    checkScope(snapshot.scope);
}

void StormChecker::checkAll()
{
    const QList<ScopeKey> keys = m_records.keys();
    for (const ScopeKey &key : keys)
        checkScope(key);
}

void StormChecker::checkScope(const ScopeKey &key)
{
    const ScopeRecord &record = m_records.value(key);
    QHash<QString, QString> shown; // id -> raw state
    QList<int> rows;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const InstanceStatus status = m_model.statusAt(row);
        if (status.key.scope() != key)
            continue;
        rows.append(row);
        shown.insert(status.key.instanceId, status.rawState);
        if (status.state != stateFromRaw(status.key.cloud, status.rawState))
            problem(u"%1: %2 shows %3 for raw %4"_s.arg(describe(key), status.key.instanceId,
                                                        stateName(status.state), status.rawState));
    }

    QHash<QString, QString> truth;
    if (record.lastGoodAt.isValid()) {
        const QList<FleetInstance> fleet =
            m_emulator.fleet(key.accountId, key.region, record.lastGoodAt);
        for (const FleetInstance &i : fleet)
            truth.insert(i.instanceId, i.rawState);
    }
    m_figures.rowsCompared += shown.size();
    if (shown != truth) {
        QStringList diff;
        for (auto it = truth.cbegin(); it != truth.cend() && diff.size() < 3; ++it) {
            if (shown.value(it.key()) != it.value())
                diff.append(it.key() + u": shown '" + shown.value(it.key()) + u"', was '"
                            + it.value() + u'\'');
        }
        for (auto it = shown.cbegin(); it != shown.cend() && diff.size() < 3; ++it) {
            if (!truth.contains(it.key()))
                diff.append(it.key() + u": shown, but not in the fleet");
        }
        problem(u"%1: %2 rows differ from the emulator at %3: %4"_s.arg(
            describe(key), QString::number(rows.size()), record.lastGoodAt.toString(Qt::ISODate),
            diff.join(u"; ")));
    }

    const ScopeHealth health = m_poller.health(key);
    if (!record.lastError) {
        for (int row : std::as_const(rows)) {
            if (m_model.isStale(row))
                problem(u"%1: a row is stale after a complete listing"_s.arg(describe(key)));
        }
        if (health.stale && record.lastGoodAt.isValid())
            problem(u"%1: health stale after a complete listing"_s.arg(describe(key)));
        return;
    }
    const QString reason = InstanceTableModel::staleReason(*record.lastError);
    for (int row : std::as_const(rows)) {
        const QModelIndex index = m_model.index(row, InstanceTableModel::StateColumn);
        if (!index.data(InstanceTableModel::StaleRole).toBool()
            || index.data(InstanceTableModel::StaleReasonRole).toString() != reason) {
            problem(u"%1: a row is not stale with the reason '%2'"_s.arg(describe(key), reason));
            break;
        }
    }
    if (!health.stale || !health.lastError || health.lastError->code != record.lastError->code
        || health.status == ScopeHealth::Status::Ok
        || health.status == ScopeHealth::Status::Waiting) {
        problem(u"%1: health does not show the failure %2 (status %3, stale %4)"_s.arg(
            describe(key), record.lastError->code, ScopeHealth::statusName(health.status),
            health.stale ? u"yes"_s : u"no"_s));
    }
    const QString said =
        ScopeHealthText::explanation(health, key.accountId, QDateTime::currentDateTimeUtc());
    if (!said.contains(key.accountId)
        || !(said.contains(u"stale") || said.contains(u"never been confirmed")))
        problem(u"%1: the explanation names neither the account nor the staleness: %2"_s.arg(
            describe(key), said));
}
