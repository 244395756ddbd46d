// The application icon: theme first, so a user's icon theme can restyle it like any other app.
#include "applicationicon.h"

#include "fleetwatch_version.h"

QIcon applicationIcon()
{
    return QIcon::fromTheme(QStringLiteral(FLEETWATCH_APP_ID),
                            QIcon(QStringLiteral(":/icons/fleetwatch.svg")));
}
