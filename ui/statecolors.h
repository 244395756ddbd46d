// StateColors: the colour of each instance state and of each health status, derived from the
// current palette so that chips keep their contrast on light and dark themes alike. Colour is
// never the only signal: every chip also carries an icon and a word.
#pragma once

#include "instancestate.h"
#include "scopehealth.h"

#include <QColor>
#include <QPalette>

class StateColors
{
public:
    enum class Tone : quint8 { Good, Neutral, Transition, Warning, Bad, Muted };

    static Tone toneOf(InstanceState state);
    static Tone toneOf(ScopeHealth::Status status, bool stale);

    // A saturated colour for glyphs and chip borders, readable against the palette's base.
    static QColor accent(Tone tone, const QPalette &palette);
    // The chip's fill: the accent washed into the base colour.
    static QColor fill(Tone tone, const QPalette &palette);
    // Whether the palette is a dark one (its base darker than its text).
    static bool isDark(const QPalette &palette);
    // a over b with opacity t (0..1).
    static QColor mix(const QColor &a, const QColor &b, qreal t);
};
