// Hues are fixed (green good, red bad, amber warning, blue transitions, grey neutral); their
// lightness follows the palette, which is what keeps them legible in both themes.
#include "statecolors.h"

StateColors::Tone StateColors::toneOf(InstanceState state)
{
    switch (state) {
    case InstanceState::Running:
        return Tone::Good;
    case InstanceState::Stopped:
        return Tone::Neutral;
    case InstanceState::Pending:
    case InstanceState::Starting:
    case InstanceState::Stopping:
    case InstanceState::Rebooting:
        return Tone::Transition;
    case InstanceState::Maintenance:
        return Tone::Warning;
    case InstanceState::Error:
        return Tone::Bad;
    case InstanceState::Deleting:
    case InstanceState::Deleted:
    case InstanceState::Unknown:
        return Tone::Muted;
    }
    return Tone::Muted;
}

StateColors::Tone StateColors::toneOf(ScopeHealth::Status status, bool stale)
{
    switch (status) {
    case ScopeHealth::Status::Ok:
        return stale ? Tone::Warning : Tone::Good;
    case ScopeHealth::Status::Waiting:
    case ScopeHealth::Status::Paused:
        return Tone::Muted;
    case ScopeHealth::Status::Throttled:
    case ScopeHealth::Status::Unreachable:
        return Tone::Warning;
    case ScopeHealth::Status::AuthFailed:
    case ScopeHealth::Status::ClockSkew:
    case ScopeHealth::Status::Failing:
        return Tone::Bad;
    }
    return Tone::Muted;
}

bool StateColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

QColor StateColors::accent(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    // Lightness chosen for >= 3:1 contrast of a glyph against white (light) or near-black
    // (dark) bases; saturation kept moderate so a column of chips does not shout.
    auto hsl = [dark](int hue, qreal saturation) {
        return QColor::fromHslF(hue / 360.0, saturation, dark ? 0.66 : 0.36);
    };
    switch (tone) {
    case Tone::Good:
        return hsl(140, 0.60);
    case Tone::Bad:
        return hsl(2, 0.72);
    case Tone::Warning:
        return hsl(34, 0.90);
    case Tone::Transition:
        return hsl(212, 0.70);
    case Tone::Neutral:
        return hsl(220, 0.12);
    case Tone::Muted:
        return palette.color(QPalette::Disabled, QPalette::Text);
    }
    return palette.color(QPalette::Text);
}

QColor StateColors::fill(Tone tone, const QPalette &palette)
{
    return mix(accent(tone, palette), palette.color(QPalette::Base), isDark(palette) ? 0.26 : 0.16);
}

QColor StateColors::mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * t + b.redF() * (1 - t),
                            a.greenF() * t + b.greenF() * (1 - t),
                            a.blueF() * t + b.blueF() * (1 - t), 1.0);
}
