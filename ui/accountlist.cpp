// Rows carry the account id in Qt::UserRole and "Cloud · first region +N" in the delegate's
// subtitle role; names are drawn as plain text by AccountListDelegate.
#include "accountlist.h"

#include "accountlistdelegate.h"
#include "uiicons.h"

#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString regionSummary(const Account &account)
{
    if (account.cloud == Cloud::Zenlayer)
        return AccountList::tr("all zones");
    if (account.regions.size() <= 1)
        return account.regions.value(0);
    return AccountList::tr("%1 +%2")
        .arg(account.regions.constFirst())
        .arg(account.regions.size() - 1);
}

} // namespace

AccountList::AccountList(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setMinimumWidth(220);
    m_list->setItemDelegate(new AccountListDelegate(m_list));
    layout->addWidget(m_list, 1);

    auto *buttons = new QGridLayout;
    m_add = new QPushButton(UiIcons::named(u"add"_s), tr("&Add"), this);
    m_duplicate = new QPushButton(UiIcons::named(u"copy"_s), tr("D&uplicate"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_import = new QPushButton(UiIcons::named(u"import"_s), tr("I&mport…"), this);
    m_add->setToolTip(tr("Add an account (Ctrl+N)"));
    m_import->setToolTip(tr("Import keys from the Alibaba Cloud and Tencent Cloud command-line "
                            "tools and from environment variables"));
    for (QPushButton *b : { m_add, m_duplicate, m_remove, m_import })
        b->setAutoDefault(false);
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_duplicate, 0, 1);
    buttons->addWidget(m_remove, 1, 0);
    buttons->addWidget(m_import, 1, 1);
    layout->addLayout(buttons);

    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, m_remove, &QPushButton::click);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (m_syncing)
            return;
        QListWidgetItem *item = m_list->currentItem();
        const QString wanted = item ? item->data(Qt::UserRole).toString() : QString();
        if (wanted == m_currentId)
            return;
        setCurrentId(m_currentId); // back to what is shown, until the dialog says otherwise
        emit currentIdRequested(wanted);
    });
}

void AccountList::setAccounts(const QList<Account> &accounts)
{
    m_syncing = true;
    m_list->clear();
    for (const Account &account : accounts) {
        auto *item = new QListWidgetItem(account.name);
        item->setData(AccountListDelegate::subtitleRole,
                      QString(cloudDisplayName(account.cloud) + u" · "_s + regionSummary(account)));
        item->setData(Qt::UserRole, account.id);
        item->setToolTip(tr("Id: %1").arg(account.id));
        m_list->addItem(item);
    }
    m_syncing = false;
    setCurrentId(m_currentId);
}

void AccountList::setCurrentId(const QString &wanted)
{
    const QString id = wanted; // `wanted` may be m_currentId itself, cleared below
    m_syncing = true;
    m_currentId.clear();
    m_list->setCurrentRow(-1);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            m_currentId = id;
        }
    }
    m_syncing = false;
}

QString AccountList::neighbourOf(const QString &id) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() != id)
            continue;
        const int next = row + 1 < m_list->count() ? row + 1 : row - 1;
        return next >= 0 ? m_list->item(next)->data(Qt::UserRole).toString() : QString();
    }
    return {};
}

void AccountList::setActionsEnabled(bool writable, bool hasCurrent)
{
    m_add->setEnabled(writable);
    m_import->setEnabled(writable);
    m_duplicate->setEnabled(writable && hasCurrent);
    m_remove->setEnabled(writable && hasCurrent);
}
