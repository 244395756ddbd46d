// UiSettings: the window's preferences and layout in QSettings — poll interval, which
// transitions notify, language, start minimised, geometry, column layout, filters, sort.
//
// Versioned: the file carries "settingsVersion". A file written by a newer Fleetwatch is read
// as far as it is understood (every value is checked, a wrong type falls back to its default),
// and is never written: isReadOnly() is then true and every setter is a no-op, so nothing the
// newer version stored is lost. No secrets are ever stored here.
#pragma once

#include "transitiondigest.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

class UiSettings
{
public:
    static constexpr int currentVersion = 1;
    static constexpr int defaultPollSeconds = 30;
    static constexpr int minimumPollSeconds = 5;
    static constexpr int maximumPollSeconds = 3600;

    // The application's QSettings (organization and application names), or a given file.
    UiSettings();
    explicit UiSettings(const QString &fileName);

    int storedVersion() const; // 0 when the file has none (first run)
    bool isReadOnly() const { return m_readOnly; }
    QSettings::Status status() const { return m_settings->status(); }
    QString fileName() const { return m_settings->fileName(); }

    int pollSeconds() const;
    void setPollSeconds(int seconds); // clamped to [minimum, maximum]
    TransitionDigest::Triggers notifyTriggers() const;
    void setNotifyTriggers(TransitionDigest::Triggers triggers);
    QString language() const; // "system", "en", "zh_CN"
    void setLanguage(const QString &language);
    bool startMinimized() const;
    void setStartMinimized(bool minimized);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    // Opaque blobs from QWidget/QMainWindow/QHeaderView/QSplitter::saveState().
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    // Filter criteria by dimension ("clouds", "regions", "states", "accounts"): stable ids.
    QStringList filter(const QString &dimension) const;
    void setFilter(const QString &dimension, const QStringList &values);

    void sync();

private:
    void markWritten();
    QVariant value(const QString &key) const;
    QByteArray blob(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
    bool m_readOnly = false;
};
