// Fleetwatch's entry point: parses the command line and starts either the window or a
// headless run.
#include "applicationicon.h"
#include "commandline.h"
#include "fleetwatch_version.h"
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("fleetwatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETWATCH_VERSION_STRING));

    const QStringList arguments = CommandLine::argumentsFrom(argc, argv);
    const CommandLine options = CommandLine::parse(arguments);
    if (options.shouldExit())
        return options.exitCode;

    if (options.mode == CommandLine::Mode::Once) {
        QCoreApplication app(argc, argv);
        return 1; // the headless run is wired in with the poller
    }

    if (!CommandLine::checkDisplay(arguments))
        return 1;
    QApplication app(argc, argv);
    // The desktop entry's id lets Wayland compositors and docks match the window to the installed
    // launcher and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(FLEETWATCH_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    MainWindow window;
    window.show();
    return app.exec();
}
