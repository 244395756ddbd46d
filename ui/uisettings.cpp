// Every read checks the type and range of what it finds: the file may have been edited by
// hand, or written by another version.
#include "uisettings.h"

#include "uilanguage.h"

namespace {

const QString versionKey = QStringLiteral("settingsVersion");

QStringList stringList(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList();
    if (v.typeId() == QMetaType::QString)
        return v.toString().isEmpty() ? QStringList() : QStringList { v.toString() };
    if (v.typeId() == QMetaType::QVariantList) {
        QStringList out;
        for (const QVariant &item : v.toList()) {
            if (item.typeId() == QMetaType::QString)
                out.append(item.toString());
        }
        return out;
    }
    return {};
}

std::optional<int> integer(const QVariant &v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

std::optional<bool> boolean(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().toLower();
    if (s == QLatin1StringView("true") || s == QLatin1StringView("1"))
        return true;
    if (s == QLatin1StringView("false") || s == QLatin1StringView("0"))
        return false;
    return std::nullopt;
}

} // namespace

UiSettings::UiSettings()
    : m_settings(std::make_unique<QSettings>())
{
    m_readOnly = storedVersion() > currentVersion;
}

UiSettings::UiSettings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
    m_readOnly = storedVersion() > currentVersion;
}

int UiSettings::storedVersion() const
{
    return integer(m_settings->value(versionKey)).value_or(0);
}

QVariant UiSettings::value(const QString &key) const
{
    return m_settings->value(key);
}

void UiSettings::setValue(const QString &key, const QVariant &value)
{
    if (m_readOnly)
        return;
    markWritten();
    m_settings->setValue(key, value);
}

void UiSettings::markWritten()
{
    if (storedVersion() != currentVersion)
        m_settings->setValue(versionKey, currentVersion);
}

int UiSettings::pollSeconds() const
{
    const int n =
        integer(value(QStringLiteral("poll/intervalSeconds"))).value_or(defaultPollSeconds);
    return std::clamp(n, minimumPollSeconds, maximumPollSeconds);
}

void UiSettings::setPollSeconds(int seconds)
{
    setValue(QStringLiteral("poll/intervalSeconds"),
             std::clamp(seconds, minimumPollSeconds, maximumPollSeconds));
}

TransitionDigest::Triggers UiSettings::notifyTriggers() const
{
    const QVariant v = value(QStringLiteral("notify/triggers"));
    if (!v.isValid())
        return TransitionDigest::defaultTriggers;
    TransitionDigest::Triggers triggers;
    for (const QString &name : stringList(v)) {
        for (TransitionDigest::Trigger t : TransitionDigest::triggers()) {
            if (name == TransitionDigest::triggerName(t))
                triggers |= t;
        }
    }
    return triggers;
}

void UiSettings::setNotifyTriggers(TransitionDigest::Triggers triggers)
{
    QStringList names;
    for (TransitionDigest::Trigger t : TransitionDigest::triggers()) {
        if (triggers.testFlag(t))
            names.append(TransitionDigest::triggerName(t));
    }
    // An empty list is stored as an explicit "none", not confused with "never set".
    setValue(QStringLiteral("notify/triggers"),
             names.isEmpty() ? QVariant(QStringList { QString() }) : QVariant(names));
}

QString UiSettings::language() const
{
    const QString lang = value(QStringLiteral("ui/language")).toString();
    return UiLanguage::available().contains(lang) ? lang : UiLanguage::system;
}

void UiSettings::setLanguage(const QString &language)
{
    setValue(QStringLiteral("ui/language"),
             UiLanguage::available().contains(language) ? language : UiLanguage::system);
}

bool UiSettings::startMinimized() const
{
    return boolean(value(QStringLiteral("ui/startMinimized"))).value_or(false);
}

void UiSettings::setStartMinimized(bool minimized)
{
    setValue(QStringLiteral("ui/startMinimized"), minimized);
}

bool UiSettings::notificationsEnabled() const
{
    return boolean(value(QStringLiteral("notify/enabled"))).value_or(true);
}

void UiSettings::setNotificationsEnabled(bool enabled)
{
    setValue(QStringLiteral("notify/enabled"), enabled);
}

QByteArray UiSettings::blob(const QString &key) const
{
    const QVariant v = value(key);
    return v.typeId() == QMetaType::QByteArray ? v.toByteArray() : QByteArray();
}

QByteArray UiSettings::windowGeometry() const
{
    return blob(QStringLiteral("window/geometry"));
}

void UiSettings::setWindowGeometry(const QByteArray &state)
{
    setValue(QStringLiteral("window/geometry"), state);
}

QByteArray UiSettings::windowState() const
{
    return blob(QStringLiteral("window/state"));
}

void UiSettings::setWindowState(const QByteArray &state)
{
    setValue(QStringLiteral("window/state"), state);
}

QByteArray UiSettings::headerState() const
{
    return blob(QStringLiteral("table/header"));
}

void UiSettings::setHeaderState(const QByteArray &state)
{
    setValue(QStringLiteral("table/header"), state);
}

QByteArray UiSettings::splitterState() const
{
    return blob(QStringLiteral("window/splitter"));
}

void UiSettings::setSplitterState(const QByteArray &state)
{
    setValue(QStringLiteral("window/splitter"), state);
}

QStringList UiSettings::filter(const QString &dimension) const
{
    QStringList values = stringList(value(QStringLiteral("filters/") + dimension));
    values.removeAll(QString());
    // A hand-edited or hostile file should not make the panel build thousands of criteria.
    return values.mid(0, 1000);
}

void UiSettings::setFilter(const QString &dimension, const QStringList &values)
{
    setValue(QStringLiteral("filters/") + dimension,
             values.isEmpty() ? QVariant(QStringList { QString() }) : QVariant(values));
}

void UiSettings::sync()
{
    if (!m_readOnly)
        m_settings->sync();
}
