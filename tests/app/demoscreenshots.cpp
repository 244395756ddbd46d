// demoscreenshots OUTDIR: runs `fleetwatch --demo` as the app does (DesktopSession on the
// built-in emulator), waits for the fleet and its names to arrive and for a few state changes,
// then saves the main window in the light and the dark palette, and the filter panel in use.
// Run it under a real X server for real fonts: `xvfb-run -a build/tests/app/demoscreenshots
// docs/screenshots`.
#include "darkpalette.h"
#include "desktopsession.h"
#include "emulator.h"
#include "filterpanel.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QStyle>
#include <QTest>
#include <QTreeWidgetItem>

using namespace Qt::StringLiterals;

namespace {

bool save(QWidget *widget, const QString &path)
{
    QTest::qWait(300);
    const bool ok = widget->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Fleetwatch"_s);
    QCoreApplication::setApplicationName(u"fleetwatch"_s);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(out);

    CommandLine options;
    options.demo = true;
    DesktopSession session(options);
    if (!session.start())
        qFatal("%s", qPrintable(session.errorString()));
    MainWindow *window = session.window();
    window->resize(1400, 820);
    session.show();
    const int fleetSize = session.demo()->config().totalInstances();
    if (!QTest::qWaitFor([&] { return session.model()->rowCount() == fleetSize; }, 20000))
        qFatal("the demo fleet did not arrive");
    QTest::qWait(8000); // names, and a few live state changes (highlighted rows)

    bool ok = save(window, out + u"/main-window-demo.png"_s);
    QApplication::setPalette(darkPalette());
    QTest::qWait(500);
    ok &= save(window, out + u"/main-window-demo-dark.png"_s);
    QApplication::setPalette(QApplication::style()->standardPalette());

    // The filter panel in use, clicked as a user would: Alibaba Cloud, stopped or error.
    FilterPanel *panel = window->filterPanel();
    using D = FilterPanel::Dimension;
    const std::pair<D, QString> choices[] = { { D::Cloud, u"aliyun"_s },
                                              { D::State, u"stopped"_s },
                                              { D::State, u"error"_s } };
    for (const auto &[dimension, value] : choices) {
        if (QTreeWidgetItem *item = panel->itemFor(dimension, value))
            panel->toggle(item);
    }
    QTest::qWait(500);
    ok &= save(window, out + u"/main-window-demo-filtered.png"_s);
    return ok ? 0 : 1;
}
