// The table is refreshed in place (same rows, new text) while the dialog is open, keeping the
// selection, so ages tick without the list jumping under the user's cursor.
#include "healthdetailsdialog.h"

#include "cloud.h"
#include "plaintext.h"
#include "scopehealthtext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column {
    AccountColumn,
    RegionColumn,
    CloudColumn,
    StatusColumn,
    LastColumn,
    RequestColumn,
    ColumnCount
};
}

HealthDetailsDialog::HealthDetailsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Account health"));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every account and region Fleetwatch polls. Select one to read "
                                "what happened and what to do; the text below can be copied."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setHorizontalHeaderLabels({ tr("Account"), tr("Region"), tr("Cloud"), tr("Status"),
                                         tr("Last complete listing"), tr("Request id") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_details = new QPlainTextEdit(splitter);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Details of the selected scope"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    QPushButton *accounts = buttons->addButton(tr("Open &Accounts…"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(detailsText()); });
    connect(accounts, &QPushButton::clicked, this, &HealthDetailsDialog::accountsRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HealthDetailsDialog::showSelected);
}

void HealthDetailsDialog::setHealth(const QList<ScopeHealth> &health,
                                    const QHash<QString, QString> &accountNames,
                                    const QDateTime &now)
{
    const int selected = m_table->currentRow();
    const ScopeKey selectedScope =
        selected >= 0 && selected < m_health.size() ? m_health.at(selected).scope : ScopeKey {};
    m_health = health;
    m_accountNames = accountNames;
    m_now = now;
    m_table->setRowCount(int(health.size()));
    for (int row = 0; row < health.size(); ++row) {
        const ScopeHealth &h = health.at(row);
        const QString account = accountNames.value(h.scope.accountId, h.scope.accountId);
        const QString request = h.lastError
            ? h.lastError->requestId
            : (h.detailsError ? h.detailsError->requestId : QString());
        const QString texts[ColumnCount] = {
            ScopeHealthText::serverText(account, 80),
            ScopeHealthText::where(h),
            cloudDisplayName(h.cloud),
            ScopeHealthText::headline(h, now),
            h.lastSuccess.isValid()
                ? QLocale().toString(h.lastSuccess.toLocalTime(), QLocale::ShortFormat)
                : tr("never"),
            ScopeHealthText::serverText(request, 100),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(texts[column]);
            item->setToolTip(PlainText::toolTip(ScopeHealthText::explanation(h, account, now)));
        }
    }
    if (!selectedScope.accountId.isEmpty())
        select(selectedScope);
    else
        showSelected();
}

void HealthDetailsDialog::select(const ScopeKey &scope)
{
    for (int row = 0; row < m_health.size(); ++row) {
        if (m_health.at(row).scope == scope) {
            m_table->selectRow(row);
            showSelected();
            return;
        }
    }
    if (m_table->currentRow() < 0 && !m_health.isEmpty())
        m_table->selectRow(0);
    showSelected();
}

void HealthDetailsDialog::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_health.size()) {
        m_details->clear();
        return;
    }
    const ScopeHealth &h = m_health.at(row);
    const QString text = ScopeHealthText::details(
        h, m_accountNames.value(h.scope.accountId, h.scope.accountId), m_now);
    if (m_details->toPlainText() != text)
        m_details->setPlainText(text);
}

QString HealthDetailsDialog::detailsText() const
{
    return m_details->toPlainText();
}
