// The normalized, cross-cloud instance state and the one table that maps each cloud's raw
// state strings onto it (specs/API.md, "Normalized states"). A raw value that is not in the
// table maps to Unknown — never to a guess — and the raw string is always kept beside it.
#pragma once

#include "cloud.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// Declared in lifecycle order: sorting by the enum value sorts by lifecycle.
enum class InstanceState : quint8 {
    Pending,
    Starting,
    Running,
    Stopping,
    Stopped,
    Rebooting,
    Maintenance,
    Error,
    Deleting,
    Deleted,
    Unknown,
};

inline constexpr std::array<InstanceState, 11> allInstanceStates {
    InstanceState::Pending,     InstanceState::Starting, InstanceState::Running,
    InstanceState::Stopping,    InstanceState::Stopped,  InstanceState::Rebooting,
    InstanceState::Maintenance, InstanceState::Error,    InstanceState::Deleting,
    InstanceState::Deleted,     InstanceState::Unknown
};

// One row of the mapping table.
struct RawStateMapping
{
    Cloud cloud;
    const char *raw;
    InstanceState state;
};

// Maps a cloud's raw state (exact, case-sensitive, as the API documents it).
InstanceState stateFromRaw(Cloud cloud, QStringView raw);
// Every raw state the cloud documents, in the table's order (used by tests and the emulator).
QList<RawStateMapping> documentedRawStates(Cloud cloud);

// Stable lower-case name ("running"), used in JSON/CSV output and settings.
QString stateName(InstanceState state);
std::optional<InstanceState> stateFromName(QStringView name);
// Human, translatable name ("Running").
QString stateDisplayName(InstanceState state);
