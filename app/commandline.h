// Fleetwatch's command line: what the user asked for, parsed once with QCommandLineParser.
// Parsed before any QCoreApplication exists, so --help, --version, usage errors and the
// headless modes never need a display.
#pragma once

#include <QString>
#include <QStringList>

class CommandLine
{
public:
    enum class Mode { Window, Once };
    enum class Format { Json, Csv };

    // Parses `arguments` (argv as strings). On --help / --version it prints and sets exitCode
    // to 0; on a usage error it prints the error and sets exitCode to 1.
    static CommandLine parse(const QStringList &arguments);
    static QStringList argumentsFrom(int argc, char *argv[]);
    // Windows: connects stdout/stderr to the console the program was started from, if any.
    static void attachConsole();
    // On Linux/BSD, whether a window system is reachable; otherwise prints how to run anyway.
    static bool checkDisplay(const QStringList &arguments);

    Mode mode = Mode::Window;
    Format format = Format::Json;
    bool demo = false;
    bool verbose = false;
    QString accountsFile; // empty: the default location
    int exitCode = -1; // >= 0: exit now with this code

    bool shouldExit() const { return exitCode >= 0; }
};
