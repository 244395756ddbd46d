// ConnectionTestPanel: the accounts dialog's "Test connection" row: the button (which becomes
// "Cancel test" while a test runs), and the outcome in plain words with an icon, plus the
// cloud's code and request id in a selectable line for copying. Runs a ConnectionCheck; the
// dialog says what to test through testRequested() -> run().
#pragma once

#include "connectioncheck.h"

#include <QWidget>

class QLabel;
class QPushButton;

class ConnectionTestPanel : public QWidget
{
    Q_OBJECT

public:
    ConnectionTestPanel(QNetworkAccessManager *network, CredentialResolver *resolver,
                        QWidget *parent = nullptr);

    void run(const Account &account, const Credentials &typed);
    void cancel();
    // Forgets the last outcome (another account is shown).
    void reset();
    bool isRunning() const { return m_check->isRunning(); }

    const std::optional<ConnectionCheckResult> &lastResult() const { return m_last; }
    QPushButton *button() const { return m_button; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *detailsLabel() const { return m_details; }
    ConnectionCheck *check() const { return m_check; }

signals:
    // The button was pressed while no test runs: the dialog calls run() with the form's draft.
    void testRequested();
    void finished(const ConnectionCheckResult &result);

private:
    void show(const ConnectionCheckResult &result);
    void setRunning(bool running);

    ConnectionCheck *m_check = nullptr;
    QPushButton *m_button = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_details = nullptr;
    std::optional<ConnectionCheckResult> m_last;
};
