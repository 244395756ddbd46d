// The fault storm's referee. It applies every snapshot the poller emits to the model itself,
// so it knows which listing each model change comes from, and after each one checks:
//   - rows are removed only by a complete listing of their own scope, and only the ids that
//     listing no longer has; rows appear only through a complete listing of their scope;
//   - the rows of every scope are exactly the emulator's fleet at the moment it answered that
//     scope's last complete listing (Snapshot::serverTime, less the server clock offset the
//     fault plan may have set: the emulator clock moves in whole seconds, so this is exact);
//   - a scope whose last listing failed shows every row stale with that error's reason, and
//     the poller's ScopeHealth says stale, with the same error and a plain explanation.
// Problems are collected (the first few in full) rather than failing inside a signal.
#pragma once

#include "faultplan.h"
#include "snapshot.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class Emulator;
class InstanceTableModel;
class Poller;

class StormChecker : public QObject
{
    Q_OBJECT

public:
    struct Figures
    {
        int complete = 0;
        int failed = 0;
        int listingsUnderSkew = 0; // complete listings answered by a server clock off by minutes
        qint64 rowsCompared = 0;
        qint64 rowsInserted = 0;
        qint64 rowsRemoved = 0;
        QHash<QString, int> errors; // "kind code" -> count
        QHash<FetchError::Kind, int> kinds;
    };

    StormChecker(Emulator &emulator, Poller &poller, InstanceTableModel &model,
                 QObject *parent = nullptr);

    // Applies the snapshot to the model, then checks its scope.
    void apply(const Snapshot &snapshot);
    // Checks every scope seen so far.
    void checkAll();

    const QStringList &problems() const { return m_problems; }
    const Figures &figures() const { return m_figures; }

private:
    struct ScopeRecord
    {
        QDateTime lastGoodAt; // emulator time of the last complete listing's answer
        std::optional<FetchError> lastError; // of the last listing, when it failed
    };

    void checkScope(const ScopeKey &key);
    void problem(const QString &text);
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsInserted(int first, int last);
    ScopeKey scopeOfRow(int row) const;

    Emulator &m_emulator;
    Poller &m_poller;
    InstanceTableModel &m_model;
    QHash<ScopeKey, ScopeRecord> m_records;
    const Snapshot *m_applying = nullptr;
    QStringList m_problems;
    int m_problemCount = 0;
    Figures m_figures;
};
