// UiIcons: the interface's icons, by name, state and health status. All are SVG glyphs from
// resources/ui.qrc drawn by TintedIconEngine.
#pragma once

#include "instancestate.h"
#include "scopehealth.h"

#include <QColor>
#include <QIcon>
#include <QString>

class UiIcons
{
public:
    // "refresh", "pause", "resume", "search", "filter", "export", "copy", "open-external",
    // "settings", "accounts", "about", "add", "import", "demo", "columns", "quit", and the
    // state-* / health-* glyphs. Tinted with the palette's text colour unless a colour is given.
    static QIcon named(const QString &name, const QColor &color = {});
    static QIcon state(InstanceState state, const QColor &color = {});
    static QString stateGlyph(InstanceState state);
    static QIcon health(ScopeHealth::Status status, bool stale, bool detailsFailing,
                        const QColor &color = {});
};
