// Laid out with a QFormLayout so that labels, buddies and mnemonics follow the platform's
// conventions; tab order is the visual order.
#include "settingsdialog.h"

#include "uilanguage.h"
#include "uisettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *polling = new QGroupBox(tr("Refreshing"), this);
    auto *pollForm = new QFormLayout(polling);
    m_poll = new QSpinBox(polling);
    m_poll->setRange(UiSettings::minimumPollSeconds, UiSettings::maximumPollSeconds);
    m_poll->setSuffix(tr(" s"));
    m_poll->setAccelerated(true);
    m_poll->setToolTip(tr("How often every account and region is listed. Accounts can set their "
                          "own interval in the accounts file."));
    pollForm->addRow(tr("&Poll every:"), m_poll);
    layout->addWidget(polling);

    auto *notify = new QGroupBox(tr("Notifications"), this);
    auto *notifyLayout = new QVBoxLayout(notify);
    m_notify = new QCheckBox(tr("Show &desktop notifications when:"), notify);
    notifyLayout->addWidget(m_notify);
    for (TransitionDigest::Trigger trigger : TransitionDigest::triggers()) {
        auto *box = new QCheckBox(TransitionDigest::triggerDescription(trigger), notify);
        auto *row = new QHBoxLayout;
        row->addSpacing(24);
        row->addWidget(box);
        notifyLayout->addLayout(row);
        m_triggers.insert(trigger, box);
    }
    auto *grouping = new QLabel(tr("Many changes at once arrive as one notification, and at most "
                                   "one notification a minute."),
                                notify);
    grouping->setTextFormat(Qt::PlainText);
    grouping->setWordWrap(true);
    grouping->setForegroundRole(QPalette::PlaceholderText);
    notifyLayout->addWidget(grouping);
    connect(m_notify, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    layout->addWidget(notify);

    auto *appearance = new QGroupBox(tr("Application"), this);
    auto *form = new QFormLayout(appearance);
    m_language = new QComboBox(appearance);
    const QString systemLanguage = UiLanguage::nativeName(UiLanguage::resolve(UiLanguage::system));
    m_language->addItem(tr("System default (%1)").arg(systemLanguage), UiLanguage::system);
    for (const QString &code : UiLanguage::available())
        m_language->addItem(UiLanguage::nativeName(code), code);
    form->addRow(tr("&Language:"), m_language);
    m_languageNote =
        new QLabel(tr("The new language is used the next time Fleetwatch starts."), appearance);
    m_languageNote->setTextFormat(Qt::PlainText);
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);
    form->addRow(QString(), m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_languageNote->setVisible(language() != m_initialLanguage); });
    m_minimized = new QCheckBox(tr("Start &minimised to the system tray"), appearance);
    form->addRow(QString(), m_minimized);
    layout->addWidget(appearance);

    m_readOnlyNote = new QLabel(tr("These settings were saved by a newer version of Fleetwatch. "
                                   "This version shows them but does not change them."),
                                this);
    m_readOnlyNote->setTextFormat(Qt::PlainText);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setVisible(false);
    layout->addWidget(m_readOnlyNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setPollSeconds(UiSettings::defaultPollSeconds);
    setNotificationsEnabled(true);
    setNotifyTriggers(TransitionDigest::defaultTriggers);
    setLanguage(UiLanguage::system);
}

void SettingsDialog::load(const UiSettings &settings)
{
    setPollSeconds(settings.pollSeconds());
    setNotificationsEnabled(settings.notificationsEnabled());
    setNotifyTriggers(settings.notifyTriggers());
    setLanguage(settings.language());
    setStartMinimized(settings.startMinimized());
    setReadOnly(settings.isReadOnly());
}

void SettingsDialog::store(UiSettings &settings) const
{
    settings.setPollSeconds(pollSeconds());
    settings.setNotificationsEnabled(notificationsEnabled());
    settings.setNotifyTriggers(notifyTriggers());
    settings.setLanguage(language());
    settings.setStartMinimized(startMinimized());
}

int SettingsDialog::pollSeconds() const
{
    return m_poll->value();
}

void SettingsDialog::setPollSeconds(int seconds)
{
    m_poll->setValue(seconds);
}

bool SettingsDialog::notificationsEnabled() const
{
    return m_notify->isChecked();
}

void SettingsDialog::setNotificationsEnabled(bool enabled)
{
    m_notify->setChecked(enabled);
    updateEnabled();
}

TransitionDigest::Triggers SettingsDialog::notifyTriggers() const
{
    TransitionDigest::Triggers triggers;
    for (auto it = m_triggers.cbegin(); it != m_triggers.cend(); ++it) {
        if (it.value()->isChecked())
            triggers |= it.key();
    }
    return triggers;
}

void SettingsDialog::setNotifyTriggers(TransitionDigest::Triggers triggers)
{
    for (auto it = m_triggers.cbegin(); it != m_triggers.cend(); ++it)
        it.value()->setChecked(triggers.testFlag(it.key()));
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setLanguage(const QString &language)
{
    m_initialLanguage = language;
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
    m_languageNote->setVisible(false);
}

bool SettingsDialog::startMinimized() const
{
    return m_trayAvailable && m_minimized->isChecked();
}

void SettingsDialog::setStartMinimized(bool minimized)
{
    m_minimized->setChecked(minimized);
}

void SettingsDialog::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    m_minimized->setEnabled(available);
    m_minimized->setToolTip(available ? QString() : tr("This desktop has no system tray."));
}

void SettingsDialog::setReadOnly(bool readOnly)
{
    m_readOnlyNote->setVisible(readOnly);
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(!readOnly);
}

void SettingsDialog::updateEnabled()
{
    for (QCheckBox *box : std::as_const(m_triggers))
        box->setEnabled(m_notify->isChecked());
}
