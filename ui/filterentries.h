// FilterEntries: the filter panel's entries for one dimension, built from a FleetTally —
// clouds in their fixed order, regions grouped by cloud with their human names, states in
// lifecycle order with their glyphs (Running, Stopped and Error always listed), accounts by
// name.
#pragma once

#include "cloud.h"
#include "filterpanel.h"

#include <QCoreApplication>

#include <QPalette>

struct FleetTally;

class FilterEntries
{
    Q_DECLARE_TR_FUNCTIONS(FilterEntries)

public:
    static QList<FilterPanel::Entry> of(FilterPanel::Dimension dimension, const FleetTally &tally,
                                        const QPalette &palette);
    // "aliyun/cn-hangzhou": the value of a region entry.
    static QString regionValue(Cloud cloud, const QString &region);
};
