// uiscreenshots: fills the real MainWindow with the sample fleet and saves PNGs of it — light
// and dark palettes, the filter panel in use, the health details, the settings dialog and the
// empty state — for looking at the interface as a user would, and for docs/screenshots.
//
//   xvfb-run -a build/tests/ui/uiscreenshots OUTPUT_DIR [--lang zh_CN]
//
// Registered with CTest (writing to a temporary folder) so that it keeps building and running.
#include "darkpalette.h"
#include "healthdetailsdialog.h"
#include "healthstrip.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "instancetableview.h"
#include "mainwindow.h"
#include "samplefleet.h"
#include "settingsdialog.h"
#include "traynotifier.h"
#include "uilanguage.h"
#include "uisettings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPalette>
#include <QScreen>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

bool save(QWidget *widget, const QString &path)
{
    QCoreApplication::processEvents();
    const bool ok = widget->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FleetwatchScreenshots"_s);
    QCoreApplication::setApplicationName(u"fleetwatch"_s);
    const QStringList args = app.arguments();
    const QString out = args.size() > 1 ? args.at(1) : QDir::tempPath();
    const int langAt = int(args.indexOf(u"--lang"_s));
    const QString lang = langAt > 0 && langAt + 1 < args.size() ? args.at(langAt + 1) : u"en"_s;
    const QString suffix = lang == u"en"_s ? QString() : u"-"_s + lang;
    QDir().mkpath(out);
    UiLanguage::install(lang);
    QLocale::setDefault(QLocale(lang == u"en"_s ? u"en_US"_s : lang));
    QFile::remove(UiSettings().fileName());

    bool ok = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    samplefleet::Fleet fleet = samplefleet::make(now.addSecs(-40));
    InstanceTableModel model;
    model.setAccountNames(samplefleet::accountNames());
    model.applySnapshots(fleet.snapshots);
    for (const DetailsSnapshot &d : std::as_const(fleet.details))
        model.applyDetails(d);
    // A second round with some changes, so that "since" times differ and rows highlight.
    samplefleet::Fleet later = samplefleet::make(now.addSecs(-2));
    const QList<Snapshot> failed = samplefleet::addTrouble(later, now);
    for (Snapshot &s : later.snapshots) {
        for (int i = 0; i < s.instances.size(); i += 23) {
            ObservedInstance &o = s.instances[i];
            const InstanceState to =
                o.state == InstanceState::Running ? InstanceState::Stopped : InstanceState::Running;
            o.rawState = samplefleet::rawState(s.cloud, to);
            o.state = to;
        }
    }
    {
        MainWindow window(&model);
        window.setAccountNames(samplefleet::accountNames());
        window.setHasAccounts(true);
        window.setAllScopeHealth(later.health);
        window.resize(1440, 860);
        window.show();
        ok &= QTest::qWaitForWindowExposed(&window);
        model.applySnapshots(later.snapshots);
        model.applySnapshots(failed);
        QTest::qWait(400); // counts are gathered for 200 ms
        window.table()->selectRow(3);
        ok &= save(&window, out + u"/main-window"_s + suffix + u".png"_s);
        ok &= save(window.healthStrip(), out + u"/health-strip"_s + suffix + u".png"_s);
        ok &= window.tray()->icon().pixmap(64, 64).save(out + u"/tray-icon"_s + suffix + u".png"_s);

        auto *panel = window.filterPanel();
        // JD Cloud's rows include cn-east-2's, stale (dimmed) since its key was refused.
        panel->setSelection(FilterPanel::Dimension::State,
                            { u"stopped"_s, u"error"_s, u"running"_s });
        panel->setSelection(FilterPanel::Dimension::Cloud, { u"jdcloud"_s, u"zenlayer"_s });
        window.table()->sortByColumn(InstanceTableModel::RegionColumn, Qt::AscendingOrder);
        QTest::qWait(300);
        ok &= save(&window, out + u"/filter-panel"_s + suffix + u".png"_s);
        panel->clearSelection();
        window.table()->sortByColumn(InstanceTableModel::NameColumn, Qt::AscendingOrder);

        window.searchBox()->setText(u"web-prod"_s);
        QTest::qWait(300);
        ok &= save(&window, out + u"/search"_s + suffix + u".png"_s);
        window.searchBox()->clear();

        window.healthStrip()->showDetails(later.health.at(6).scope);
        QTest::qWait(100);
        ok &= save(window.healthStrip()->detailsDialog(),
                   out + u"/account-health"_s + suffix + u".png"_s);
        window.healthStrip()->detailsDialog()->close();

        SettingsDialog settings(&window);
        settings.show();
        QTest::qWait(50);
        ok &= save(&settings, out + u"/settings"_s + suffix + u".png"_s);

        QApplication::setPalette(darkPalette());
        QTest::qWait(400);
        ok &= save(&window, out + u"/main-window-dark"_s + suffix + u".png"_s);
        QApplication::setPalette(QApplication::style()->standardPalette());
        window.saveLayout();
    }
    QFile::remove(UiSettings().fileName());
    {
        InstanceTableModel empty;
        MainWindow window(&empty);
        window.resize(1100, 700);
        window.show();
        ok &= QTest::qWaitForWindowExposed(&window);
        ok &= save(&window, out + u"/empty-state"_s + suffix + u".png"_s);
    }
    QFile::remove(UiSettings().fileName());
    return ok ? 0 : 1;
}
