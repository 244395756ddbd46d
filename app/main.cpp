// Fleetwatch's entry point: parses the command line and starts either the window or a
// headless run.
#include "fleetwatch_version.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <memory>

namespace {

// --help, --version and the headless modes must work where no display exists, so they get a
// QCoreApplication; only the window needs a QApplication (and a platform plugin).
bool wantsWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version"
            || arg == "-v" || arg == "--once")
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsWindow(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetwatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETWATCH_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Live status of virtual machines across JD Cloud, Zenlayer, Alibaba Cloud and "
        "Tencent Cloud."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Show a live demo fleet."));
    parser.addOption(demo);
    parser.process(*app);

    MainWindow window;
    window.show();
    return app->exec();
}
