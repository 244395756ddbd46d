// Items carry the region id in Qt::UserRole; the text is "cn-hangzhou  China (Hangzhou)" so the
// list can be searched by typing either (QListWidget's keyboard search matches the start).
#include "regionlist.h"

#include "regioncatalog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RegionList::RegionList(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Regions"));
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 7);
    layout->addWidget(m_list, 1);

    auto *entryRow = new QHBoxLayout;
    m_entry = new QLineEdit(this);
    m_entry->setPlaceholderText(tr("Another region id, e.g. cn-wulanchabu"));
    m_entry->setAccessibleName(tr("Another region id"));
    // What the accounts file accepts as a region id; anything else could not be saved.
    m_entry->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"[A-Za-z0-9][A-Za-z0-9_-]{0,63}"_s), m_entry));
    m_add = new QPushButton(tr("Add re&gion"), this);
    m_add->setEnabled(false);
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_add);
    layout->addLayout(entryRow);

    m_none = new QLabel(tr("Zenlayer Cloud has no regions to choose: its status API lists every "
                           "instance of the account at once, in all zones."),
                        this);
    m_none->setTextFormat(Qt::PlainText);
    m_none->setWordWrap(true);
    m_none->setVisible(false);
    layout->addWidget(m_none);

    connect(m_list, &QListWidget::itemChanged, this, &RegionList::onItemChanged);
    connect(m_entry, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.isEmpty()); });
    connect(m_entry, &QLineEdit::returnPressed, this, &RegionList::addTypedRegion);
    connect(m_add, &QPushButton::clicked, this, &RegionList::addTypedRegion);
    rebuild();
}

void RegionList::setCloud(Cloud cloud)
{
    if (cloud == m_cloud)
        return;
    m_cloud = cloud;
    const QStringList known = RegionCatalog::regionIds(cloud);
    const QStringList before = m_order;
    m_order.clear();
    for (const QString &id : before) {
        if (known.contains(id))
            m_order.append(id);
    }
    rebuild();
    if (m_order != before)
        emit regionsChanged();
}

void RegionList::setRegions(const QStringList &regions)
{
    m_order = regions;
    m_order.removeDuplicates();
    rebuild();
}

void RegionList::setReadOnly(bool readOnly)
{
    m_list->setEnabled(!readOnly);
    m_entry->setReadOnly(readOnly);
    m_add->setVisible(!readOnly);
}

QListWidgetItem *RegionList::addItem(const QString &id, const QString &name)
{
    auto *item = new QListWidgetItem(name.isEmpty() || name == id ? id : id + u"  "_s + name);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(m_order.contains(id) ? Qt::Checked : Qt::Unchecked);
    m_list->addItem(item);
    return item;
}

void RegionList::rebuild()
{
    m_rebuilding = true;
    m_list->clear();
    const bool zenlayer = m_cloud == Cloud::Zenlayer;
    m_list->setVisible(!zenlayer);
    m_entry->setVisible(!zenlayer);
    m_add->setVisible(!zenlayer);
    m_none->setVisible(zenlayer);
    if (!zenlayer) {
        const QList<RegionInfo> known = RegionCatalog::regions(m_cloud);
        QStringList knownIds;
        for (const RegionInfo &region : known) {
            addItem(region.id, region.name);
            knownIds.append(region.id);
        }
        // Regions the catalog does not list stay visible and checked, after the known ones.
        for (const QString &id : std::as_const(m_order)) {
            if (!knownIds.contains(id))
                addItem(id, {});
        }
    }
    m_rebuilding = false;
}

void RegionList::addTypedRegion()
{
    const QString id = m_entry->text().trimmed();
    if (id.isEmpty())
        return;
    m_entry->clear();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(Qt::UserRole).toString() == id) {
            item->setCheckState(Qt::Checked); // onItemChanged records it
            m_list->scrollToItem(item);
            m_list->setCurrentItem(item);
            return;
        }
    }
    m_order.append(id);
    m_rebuilding = true;
    QListWidgetItem *item = addItem(id, {});
    m_rebuilding = false;
    m_list->scrollToItem(item);
    m_list->setCurrentItem(item);
    emit regionsChanged();
}

void RegionList::onItemChanged(QListWidgetItem *item)
{
    if (m_rebuilding)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    const bool checked = item->checkState() == Qt::Checked;
    if (checked == m_order.contains(id))
        return;
    if (checked)
        m_order.append(id);
    else
        m_order.removeAll(id);
    emit regionsChanged();
}
