// The application's own icon, for the main window, the tray and the About box.
#pragma once

#include <QIcon>

// The desktop theme's icon for Fleetwatch when the theme has one (the installed hicolor icon on
// Linux), otherwise the SVG compiled into the binary. Needs a QGuiApplication; the SVG is drawn
// by Qt's SVG icon engine (libqt6svg6), so it stays sharp at every size and scale.
QIcon applicationIcon();
