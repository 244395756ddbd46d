#include "filterentries.h"

#include "fleettally.h"
#include "regioncatalog.h"
#include "statecolors.h"
#include "uiicons.h"

#include <QCollator>

QString FilterEntries::regionValue(Cloud cloud, const QString &region)
{
    return cloudId(cloud) + u'/' + region;
}

QList<FilterPanel::Entry> FilterEntries::of(FilterPanel::Dimension dimension,
                                            const FleetTally &tally, const QPalette &palette)
{
    using D = FilterPanel::Dimension;
    QList<FilterPanel::Entry> entries;
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    switch (dimension) {
    case D::Cloud:
        for (Cloud cloud : allClouds) {
            if (const int n = tally.byCloud.value(cloud))
                entries.append({ cloudId(cloud), cloudDisplayName(cloud), n, {}, {}, {} });
        }
        break;
    case D::Region:
        for (Cloud cloud : allClouds) {
            QList<FilterPanel::Entry> regions;
            for (auto it = tally.byRegion.cbegin(); it != tally.byRegion.cend(); ++it) {
                if (it.key().first != int(cloud) || it.value() == 0)
                    continue;
                const QString &id = it.key().second;
                const QString name = id.isEmpty() ? tr("Region not known yet")
                                                  : RegionCatalog::displayName(cloud, id);
                const QString tip = id.isEmpty()
                    ? tr("Instances whose region is not known yet (Zenlayer learns it from "
                         "instance details)")
                    : (name == id ? id : tr("%1 (%2)").arg(name, id));
                regions.append(
                    { regionValue(cloud, id), name, it.value(), {}, cloudDisplayName(cloud), tip });
            }
            std::sort(regions.begin(), regions.end(), [&](const auto &a, const auto &b) {
                return collator.compare(a.label, b.label) < 0;
            });
            entries.append(regions);
        }
        break;
    case D::State:
        for (InstanceState state : allInstanceStates) {
            const int n = tally.byState.value(state);
            const bool always = state == InstanceState::Running || state == InstanceState::Stopped
                || state == InstanceState::Error;
            if (n == 0 && !always)
                continue;
            const QColor color = StateColors::accent(StateColors::toneOf(state), palette);
            entries.append({ stateName(state),
                             stateDisplayName(state),
                             n,
                             UiIcons::state(state, color),
                             {},
                             {} });
        }
        break;
    case D::Account:
        for (auto it = tally.byAccount.cbegin(); it != tally.byAccount.cend(); ++it) {
            const QString name = tally.accountNames.value(it.key(), it.key());
            const QString tip =
                tr("%1 · %2").arg(it.key(), cloudDisplayName(tally.accountClouds.value(it.key())));
            entries.append({ it.key(), name, it.value(), {}, {}, tip });
        }
        std::sort(entries.begin(), entries.end(), [&](const auto &a, const auto &b) {
            return collator.compare(a.label, b.label) < 0;
        });
        break;
    }
    return entries;
}
