// Test helper: makes this process see no keychain, the way a headless box, an ssh session or a
// service account does: the D-Bus session bus address points at a socket that does not exist,
// and HOME and the XDG folders are fresh (so a fallback file would be found by a scan). Call it
// first in main(), before any QCoreApplication: the bus address is read once per process.
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

inline void pointSessionBusNowhere(const QTemporaryDir &home)
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/fleetwatch-tests-no-bus");
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/.local/share")).toUtf8());
}
