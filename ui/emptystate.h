// EmptyState: what the window shows before any account exists — what Fleetwatch does, and
// three ways to start: add an account, import profiles from the clouds' CLIs, or try the demo.
#pragma once

#include <QWidget>

class QPushButton;

class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    QPushButton *addButton() const { return m_add; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *demoButton() const { return m_demo; }

signals:
    void addAccountRequested();
    void importRequested();
    void demoRequested();

private:
    QPushButton *m_add = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_demo = nullptr;
};
