// KeychainNotice: the band the accounts dialog shows when the system keychain cannot store a
// secret: what happened in plain words (KeychainError::message()) and the user's choice, to
// keep the secret in memory for this session only, or not to save. Fleetwatch never falls back
// to a file, so there is no third button.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
struct KeychainError;

class KeychainNotice : public QFrame
{
    Q_OBJECT

public:
    explicit KeychainNotice(QWidget *parent = nullptr);

    void offer(const KeychainError &error);
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void keepForSession();
    void cancelled();

private:
    QLabel *m_message = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_cancel = nullptr;
};
