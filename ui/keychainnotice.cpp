// A framed band tinted with the palette's warning tone; the keychain's own words (which may
// name D-Bus paths) sit in a smaller selectable line for a support ticket.
#include "keychainnotice.h"

#include "keychainerror.h"
#include "statecolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

KeychainNotice::KeychainNotice(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, StateColors::fill(StateColors::Tone::Warning, palette()));
    setPalette(tinted);

    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_message);
    layout->addWidget(m_details);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_keep = new QPushButton(tr("Keep in memory for this session only"), this);
    m_keep->setAutoDefault(false);
    m_cancel = new QPushButton(tr("Don't save"), this);
    m_cancel->setAutoDefault(false);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_keep, &QPushButton::clicked, this, [this] {
        hide();
        emit keepForSession();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        hide();
        emit cancelled();
    });
    hide();
}

void KeychainNotice::offer(const KeychainError &error)
{
    m_message->setText(error.message());
    m_details->setText(error.detail.isEmpty() ? QString() : tr("Keychain: %1").arg(error.detail));
    m_details->setVisible(!error.detail.isEmpty());
    show();
    m_keep->setFocus(Qt::OtherFocusReason);
}
