// Fleetwatch's entry point: parses the command line and starts either the window or a
// headless run.
#include "applicationicon.h"
#include "commandline.h"
#include "desktopsession.h"
#include "fleetwatch_version.h"
#include "headlessrun.h"
#include "mainwindow.h"
#include "poller.h"
#include "startupprobe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain; // start-up time, for FLEETWATCH_STARTUP_PROBE (bench_startup)
    sinceMain.start();
    QCoreApplication::setApplicationName(QStringLiteral("fleetwatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETWATCH_VERSION_STRING));

    CommandLine::attachConsole();
    const QStringList arguments = CommandLine::argumentsFrom(argc, argv);
    const CommandLine options = CommandLine::parse(arguments);
    if (options.shouldExit())
        return options.exitCode;

    if (options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("fleetwatch.*.debug=true"));

    if (options.mode == CommandLine::Mode::Once) {
        QCoreApplication app(argc, argv);
        HeadlessRun run(options);
        QObject::connect(&run, &HeadlessRun::finished, &app, [&run](int exitCode) {
            std::fwrite(run.output().constData(), 1, size_t(run.output().size()), stdout);
            std::fwrite(run.diagnostics().constData(), 1, size_t(run.diagnostics().size()), stderr);
            std::fflush(stdout);
            QCoreApplication::exit(exitCode);
        });
        run.start();
        return app.exec();
    }

    if (!CommandLine::checkDisplay(arguments))
        return 1;
    QApplication app(argc, argv);
    // The desktop entry's id lets Wayland compositors and docks match the window to the installed
    // launcher and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(FLEETWATCH_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    DesktopSession session(options);
    if (!session.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(session.errorString()));
        return 1;
    }
    session.show();
    if (StartupProbe::isRequested())
        new StartupProbe(sinceMain, session.window(), session.poller()->accounts().size(), &app);
    return app.exec();
}
