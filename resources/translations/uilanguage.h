// UiLanguage: which interface language Fleetwatch shows and installing its translations.
// English and Simplified Chinese are built in; "system" follows the OS locale. A change takes
// effect at the next start (the window is not rebuilt in place).
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class UiLanguage
{
public:
    static inline const QString system = QStringLiteral("system");

    // Language codes with a catalogue: "en", "zh_CN".
    static QStringList available();
    // The language's own name, for the settings dialog ("English", "简体中文").
    static QString nativeName(const QString &language);
    // "system" (or empty, or unknown) → the best available match for the locale's UI
    // languages, English when none matches; otherwise the code itself.
    static QString resolve(const QString &setting, const QLocale &locale = QLocale::system());
    // Installs Fleetwatch's catalogue and Qt's own (buttons of standard dialogs) for the
    // language, replacing any installed earlier. Needs a QCoreApplication. Returns whether
    // Fleetwatch's catalogue loaded.
    static bool install(const QString &language);
};
