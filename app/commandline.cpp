#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void CommandLine::attachConsole()
{
#ifdef Q_OS_WIN
    // fleetwatch.exe is a GUI program: without this, --help, --version and --once would print
    // into the void when run from a console.
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
}

QStringList CommandLine::argumentsFrom(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

bool CommandLine::checkDisplay(const QStringList &arguments)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    print(stderr,
          QCoreApplication::translate(
              "CommandLine",
              "Fleetwatch needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY "
              "are unset).\n"
              "  Under a virtual X server:   xvfb-run -a fleetwatch %1\n"
              "  Without any window system:  QT_QPA_PLATFORM=offscreen fleetwatch %1\n"
              "  Headless listing:           fleetwatch --once --json\n")
              .arg(arguments.mid(1).join(u' ')));
    return false;
#else
    return true;
#endif
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("CommandLine", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Live status of virtual machines across JD Cloud, Zenlayer Cloud, Alibaba Cloud ECS "
           "and Tencent Cloud CVM.\n\n"
           "Without options, opens the window. With --once, lists every account and region "
           "once, prints the result and exits: 0 when every scope succeeded, 2 when any "
           "failed (what was listed is still printed), 1 on a usage or configuration error."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Show a live demo fleet served by the built-in cloud "
                                     "emulator: no account, no network, nothing saved."));
    const QCommandLineOption once(QStringLiteral("once"),
                                  tr("Refresh every account and region once, print the "
                                     "instances and errors to standard output, and exit."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("With --once: print JSON (the default)."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("With --once: output format, json or csv."),
                                    QStringLiteral("json|csv"));
    const QCommandLineOption accounts(QStringLiteral("accounts"),
                                      tr("Read accounts from FILE instead of the default "
                                         "accounts.json in the configuration directory."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     tr("Log debug messages to standard error (secrets are "
                                        "never logged)."));
    parser.addOptions({ demo, once, json, format, accounts, verbose });

    CommandLine result;
    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + u'\n');
        result.exitCode = 1;
        return result;
    }
    if (parser.isSet(helpOption)) {
        // Parsed before any QCoreApplication exists, Qt cannot know the program's name.
        print(stdout,
              parser.helpText().replace(QStringLiteral("<executable_name>"),
                                        QFileInfo(arguments.value(0)).fileName()));
        result.exitCode = 0;
        return result;
    }
    if (parser.isSet(versionOption)) {
        print(stdout,
              QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()
                  + u'\n');
        result.exitCode = 0;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        print(stderr, tr("Unexpected argument: %1\n").arg(parser.positionalArguments().first()));
        result.exitCode = 1;
        return result;
    }

    result.demo = parser.isSet(demo);
    result.verbose = parser.isSet(verbose);
    result.accountsFile = parser.value(accounts);
    result.mode = parser.isSet(once) ? Mode::Once : Mode::Window;
    if (parser.isSet(format)) {
        const QString value = parser.value(format).toLower();
        if (value == u"csv") {
            result.format = Format::Csv;
        } else if (value != u"json") {
            print(stderr, tr("Unknown --format \"%1\": use json or csv.\n").arg(value));
            result.exitCode = 1;
            return result;
        }
    }
    if (parser.isSet(json) && result.format == Format::Csv) {
        print(stderr, tr("--json and --format csv contradict each other.\n"));
        result.exitCode = 1;
        return result;
    }
    if (result.mode == Mode::Window && (parser.isSet(json) || parser.isSet(format))) {
        print(stderr, tr("--json and --format only apply with --once.\n"));
        result.exitCode = 1;
        return result;
    }
    if (result.demo && !result.accountsFile.isEmpty()) {
        print(stderr, tr("--demo uses its own accounts: drop --accounts.\n"));
        result.exitCode = 1;
        return result;
    }
    return result;
}
