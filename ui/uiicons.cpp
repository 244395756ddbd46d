// Glyph names per state and per health status; the .qrc is registered on first use.
#include "uiicons.h"

#include "tintediconengine.h"

static void initUiResources()
{
    // resources/ui.qrc is compiled into this static library; naming its initializer keeps the
    // linker from dropping it.
    Q_INIT_RESOURCE(ui);
}

QIcon UiIcons::named(const QString &name, const QColor &color)
{
    static const bool registered = [] {
        initUiResources();
        return true;
    }();
    Q_UNUSED(registered);
    return QIcon(new TintedIconEngine(QStringLiteral(":/ui/icons/") + name + u".svg", color));
}

QString UiIcons::stateGlyph(InstanceState state)
{
    return QStringLiteral("state-") + stateName(state);
}

QIcon UiIcons::state(InstanceState state, const QColor &color)
{
    return named(stateGlyph(state), color);
}

QIcon UiIcons::health(ScopeHealth::Status status, bool stale, bool detailsFailing,
                      const QColor &color)
{
    using S = ScopeHealth::Status;
    switch (status) {
    case S::Ok:
        if (stale)
            return named(QStringLiteral("health-stale"), color);
        return named(
            detailsFailing ? QStringLiteral("health-details") : QStringLiteral("health-ok"), color);
    case S::Waiting:
        return named(QStringLiteral("health-waiting"), color);
    case S::Paused:
        return named(QStringLiteral("pause"), color);
    case S::Throttled:
        return named(QStringLiteral("health-throttled"), color);
    case S::AuthFailed:
        return named(QStringLiteral("health-auth"), color);
    case S::ClockSkew:
        return named(QStringLiteral("health-clock"), color);
    case S::Unreachable:
        return named(QStringLiteral("health-unreachable"), color);
    case S::Failing:
        return named(QStringLiteral("state-error"), color);
    }
    return {};
}
