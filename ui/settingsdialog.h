// SettingsDialog: poll interval (5 s to 1 h, default 30 s), which state transitions notify,
// the interface language (applied at the next start) and starting minimised to the tray.
// A view only: the caller fills it from UiSettings and reads it back after accept().
#pragma once

#include "transitiondigest.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class UiSettings;
class QComboBox;
class QLabel;
class QSpinBox;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Fills the dialog from the settings (read-only ones disable OK), and writes it back.
    void load(const UiSettings &settings);
    void store(UiSettings &settings) const;

    int pollSeconds() const;
    void setPollSeconds(int seconds);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    TransitionDigest::Triggers notifyTriggers() const;
    void setNotifyTriggers(TransitionDigest::Triggers triggers);
    QString language() const; // "system", "en", "zh_CN"
    void setLanguage(const QString &language);
    bool startMinimized() const;
    void setStartMinimized(bool minimized);
    // The tray may be missing (some desktops): then minimising to it is not offered.
    void setTrayAvailable(bool available);
    // Settings from a newer version are read-only: say so, and disable OK.
    void setReadOnly(bool readOnly);

    QSpinBox *pollSpinBox() const { return m_poll; }
    QCheckBox *triggerBox(TransitionDigest::Trigger trigger) const
    {
        return m_triggers.value(trigger);
    }
    QComboBox *languageBox() const { return m_language; }

private:
    void updateEnabled();

    QSpinBox *m_poll = nullptr;
    QCheckBox *m_notify = nullptr;
    QHash<TransitionDigest::Trigger, QCheckBox *> m_triggers;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QCheckBox *m_minimized = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QString m_initialLanguage;
    bool m_trayAvailable = true;
};
