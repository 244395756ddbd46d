// UiLanguage: the catalogues live in the binary under ":/i18n"; Qt's own are read from where
// Qt keeps them, and their absence (a minimal system) only leaves standard buttons in English.
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace {

std::unique_ptr<QTranslator> &ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

} // namespace

QStringList UiLanguage::available()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

QString UiLanguage::nativeName(const QString &language)
{
    if (language == QLatin1StringView("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1StringView("en"))
        return QStringLiteral("English");
    return language;
}

QString UiLanguage::resolve(const QString &setting, const QLocale &locale)
{
    if (available().contains(setting))
        return setting;
    for (const QString &ui : locale.uiLanguages()) {
        const QLocale candidate(ui);
        // Simplified Chinese serves zh, zh-CN, zh-Hans, zh-SG; Traditional (zh-TW, zh-HK,
        // zh-Hant) is a different script and falls through to English.
        if (candidate.language() == QLocale::Chinese
            && candidate.script() != QLocale::TraditionalChineseScript)
            return QStringLiteral("zh_CN");
        if (candidate.language() == QLocale::English)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

bool UiLanguage::install(const QString &language)
{
    for (auto *slot : { &ownTranslator(), &qtTranslator() }) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    auto own = std::make_unique<QTranslator>();
    const bool loaded = own->load(QStringLiteral(":/i18n/fleetwatch_") + language);
    if (loaded) {
        QCoreApplication::installTranslator(own.get());
        ownTranslator() = std::move(own);
    }
    auto qt = std::make_unique<QTranslator>();
    if (language != QLatin1StringView("en")
        && qt->load(QStringLiteral("qtbase_") + language,
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return loaded;
}
