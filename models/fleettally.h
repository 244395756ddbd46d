// FleetTally: how many instances the model holds per cloud, region-within-cloud, state and
// account — the numbers of the filter panel, the summary line and the tray. One pass over the
// model's storage (no QVariant per cell), cheap enough to redo after every applied snapshot.
// Beside FleetCounts (incremental, per scope) because the filter panel groups regions under
// their cloud, and a region id alone does not say which cloud it belongs to.
#pragma once

#include "cloud.h"
#include "instancestate.h"

#include <QHash>
#include <QString>

#include <utility>

class InstanceTableModel;

struct FleetTally
{
    int total = 0;
    int staleRows = 0;
    QHash<Cloud, int> byCloud;
    QHash<std::pair<int, QString>, int>
        byRegion; // (int(Cloud), region) // region as shown; "" when unknown
    QHash<InstanceState, int> byState;
    QHash<QString, int> byAccount; // account id
    QHash<QString, QString> accountNames; // account id -> name as the model shows it
    QHash<QString, Cloud> accountClouds;

    static FleetTally of(const InstanceTableModel &model);
};
