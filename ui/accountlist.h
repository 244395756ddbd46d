// AccountList: the accounts dialog's left column: every account (its name, and under it its
// cloud and regions) with the Add, Duplicate, Remove and Import buttons; Delete in the list
// presses Remove. It shows and reports a selection; what a selection means is the dialog's.
#pragma once

#include "account.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

class AccountList : public QWidget
{
    Q_OBJECT

public:
    explicit AccountList(QWidget *parent = nullptr);

    // Replaces the rows; the current id stays selected when it is still there.
    void setAccounts(const QList<Account> &accounts);
    // Selects the row of `id` (none for an empty or unknown id) without currentIdRequested().
    void setCurrentId(const QString &id);
    QString currentId() const { return m_currentId; }
    // The account to show once `id` is removed: the one after it, else the one before.
    QString neighbourOf(const QString &id) const;
    void setActionsEnabled(bool writable, bool hasCurrent);

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *importButton() const { return m_import; }

signals:
    // The user picked another row (mouse or keyboard). The selection shown does not change
    // until setCurrentId(): the dialog may first ask about unsaved changes.
    void currentIdRequested(const QString &id);

private:
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
    QString m_currentId;
    bool m_syncing = false;
};
