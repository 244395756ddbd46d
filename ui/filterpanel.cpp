// Items carry their value in Qt::UserRole and their dimension in UserRole + 1. Checks are
// toggled by the panel (click anywhere on the row, Space or Enter) rather than by the delegate's
// checkbox hit-test, so the whole row is the target and the keyboard works the same way.
#include "filterpanel.h"

#include "filteritemdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int valueRole = Qt::UserRole;
constexpr int dimensionRole = Qt::UserRole + 1;
constexpr int kindRole = Qt::UserRole + 2;
enum Kind { SectionKind, GroupKind, EntryKind };
} // namespace

QString FilterPanel::dimensionKey(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Cloud:
        return QStringLiteral("clouds");
    case Dimension::Region:
        return QStringLiteral("regions");
    case Dimension::State:
        return QStringLiteral("states");
    case Dimension::Account:
        return QStringLiteral("accounts");
    }
    return {};
}

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 4, 0);
    auto *title = new QLabel(tr("Filters"), this);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    top->addWidget(title);
    top->addStretch(1);
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setToolTip(tr("Show every instance again"));
    m_clear->setEnabled(false);
    m_clear->setFlat(true);
    connect(m_clear, &QPushButton::clicked, this, &FilterPanel::clearSelection);
    top->addWidget(m_clear);
    layout->addLayout(top);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setIndentation(14);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setAccessibleName(tr("Filters"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setItemDelegate(new FilterItemDelegate(m_tree));
    m_tree->installEventFilter(this);
    layout->addWidget(m_tree, 1);

    const QString titles[] = { tr("Cloud"), tr("Region"), tr("State"), tr("Account") };
    for (Dimension d : dimensions) {
        auto *section = new QTreeWidgetItem(m_tree);
        section->setText(0, titles[int(d)]);
        section->setFont(0, bold);
        section->setData(0, dimensionRole, int(d));
        section->setData(0, kindRole, SectionKind);
        section->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        section->setExpanded(true);
        section->setFirstColumnSpanned(false);
        m_sections.insert(d, section);
    }
    connect(m_tree, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item, int) { toggle(item); });
}

QTreeWidgetItem *FilterPanel::sectionItem(Dimension dimension) const
{
    return m_sections.value(dimension);
}

QTreeWidgetItem *FilterPanel::itemFor(Dimension dimension, const QString &value) const
{
    return m_items.value(dimension).value(value);
}

QTreeWidgetItem *FilterPanel::groupItem(Dimension dimension, const QString &group)
{
    if (group.isEmpty())
        return m_sections.value(dimension);
    QTreeWidgetItem *&item = m_groups[dimension][group];
    if (!item) {
        item = new QTreeWidgetItem(m_sections.value(dimension));
        item->setText(0, group);
        item->setData(0, dimensionRole, int(dimension));
        item->setData(0, kindRole, GroupKind);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(0, Qt::Unchecked);
        item->setExpanded(true);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

void FilterPanel::setEntries(Dimension dimension, const QList<Entry> &entries)
{
    QHash<QString, QTreeWidgetItem *> &items = m_items[dimension];
    const QLocale locale;
    QSet<QString> present;
    QHash<QTreeWidgetItem *, int> groupTotals;
    int total = 0;
    for (const Entry &entry : entries) {
        present.insert(entry.value);
        QTreeWidgetItem *parent = groupItem(dimension, entry.group);
        QTreeWidgetItem *item = items.value(entry.value);
        bool wasChecked = false;
        if (item && item->parent() != parent) {
            // Moved under another group (or out of the restored-from-settings list).
            wasChecked = item->checkState(0) == Qt::Checked;
            delete item;
            item = nullptr;
        }
        if (!item) {
            item = new QTreeWidgetItem;
            item->setData(0, valueRole, entry.value);
            item->setData(0, dimensionRole, int(dimension));
            item->setData(0, kindRole, EntryKind);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(0, wasChecked ? Qt::Checked : Qt::Unchecked);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            parent->addChild(item);
            items.insert(entry.value, item);
        }
        item->setText(0, entry.label);
        item->setText(1, locale.toString(entry.count));
        item->setIcon(0, entry.icon);
        // Item view tooltips are shown by QToolTip, which guesses at rich text: keep it plain.
        item->setToolTip(0,
                         entry.toolTip.isEmpty() ? QString()
                                                 : QStringLiteral("<qt>")
                                 + entry.toolTip.toHtmlEscaped() + QStringLiteral("</qt>"));
        item->setData(1, Qt::UserRole, entry.count);
        total += entry.count;
        groupTotals[parent] += entry.count;
    }
    // Vanished values go, unless checked: a choice never disappears silently.
    for (auto it = items.begin(); it != items.end();) {
        if (!present.contains(it.key())) {
            if (it.value()->checkState(0) == Qt::Checked) {
                it.value()->setText(1, locale.toString(0));
                ++it;
                continue;
            }
            delete it.value();
            it = items.erase(it);
        } else {
            ++it;
        }
    }
    QHash<QString, QTreeWidgetItem *> &groups = m_groups[dimension];
    for (auto it = groups.begin(); it != groups.end();) {
        if (it.value()->childCount() == 0) {
            delete it.value();
            it = groups.erase(it);
            continue;
        }
        it.value()->setText(1, locale.toString(groupTotals.value(it.value())));
        updateGroupCheck(it.value());
        ++it;
    }
    // Keep entries in the order given (the caller sorts), groups in order of first appearance.
    QTreeWidgetItem *section = m_sections.value(dimension);
    QList<QTreeWidgetItem *> order;
    for (const Entry &entry : entries) {
        QTreeWidgetItem *item = items.value(entry.value);
        QTreeWidgetItem *top = item->parent() == section ? item : item->parent();
        if (!order.contains(top))
            order.append(top);
    }
    for (int i = 0; i < section->childCount(); ++i) {
        if (!order.contains(section->child(i)))
            order.append(section->child(i));
    }
    for (int target = 0; target < order.size(); ++target) {
        const int at = section->indexOfChild(order.at(target));
        if (at != target) {
            const bool expanded = order.at(target)->isExpanded();
            section->insertChild(target, section->takeChild(at));
            order.at(target)->setExpanded(expanded);
        }
    }
    section->setText(1, locale.toString(total));
    section->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    updateSectionTitle(dimension);
}

void FilterPanel::updateGroupCheck(QTreeWidgetItem *group)
{
    int checked = 0;
    for (int i = 0; i < group->childCount(); ++i)
        checked += group->child(i)->checkState(0) == Qt::Checked ? 1 : 0;
    group->setCheckState(
        0,
        checked == 0 ? Qt::Unchecked
                     : (checked == group->childCount() ? Qt::Checked : Qt::PartiallyChecked));
}

void FilterPanel::updateSectionTitle(Dimension dimension)
{
    const int n = int(selection(dimension).size());
    QTreeWidgetItem *section = m_sections.value(dimension);
    const QString titles[] = { tr("Cloud"), tr("Region"), tr("State"), tr("Account") };
    section->setText(0,
                     n == 0 ? titles[int(dimension)]
                            : tr("%1 · %n selected", nullptr, n).arg(titles[int(dimension)]));
}

QStringList FilterPanel::selection(Dimension dimension) const
{
    QStringList values;
    const QHash<QString, QTreeWidgetItem *> items = m_items.value(dimension);
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (it.value()->checkState(0) == Qt::Checked)
            values.append(it.key());
    }
    values.sort();
    return values;
}

void FilterPanel::setSelection(Dimension dimension, const QStringList &values)
{
    QHash<QString, QTreeWidgetItem *> &items = m_items[dimension];
    for (const QString &value : values) {
        if (value.isEmpty() || items.contains(value))
            continue;
        // Restored from settings before the fleet is known: listed with no count yet.
        auto *item = new QTreeWidgetItem(m_sections.value(dimension));
        item->setText(0, value);
        item->setText(1, QLocale().toString(0));
        item->setData(0, valueRole, value);
        item->setData(0, dimensionRole, int(dimension));
        item->setData(0, kindRole, EntryKind);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        items.insert(value, item);
    }
    for (auto it = items.begin(); it != items.end(); ++it)
        it.value()->setCheckState(0, values.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
    for (QTreeWidgetItem *group : std::as_const(m_groups[dimension]))
        updateGroupCheck(group);
    selectionEdited();
}

bool FilterPanel::hasSelection() const
{
    for (Dimension d : dimensions) {
        if (!selection(d).isEmpty())
            return true;
    }
    return false;
}

int FilterPanel::countOf(Dimension dimension, const QString &value) const
{
    QTreeWidgetItem *item = itemFor(dimension, value);
    return item ? item->data(1, Qt::UserRole).toInt() : -1;
}

void FilterPanel::clearSelection()
{
    m_quiet = true;
    for (Dimension d : dimensions)
        setSelection(d, {});
    m_quiet = false;
    selectionEdited();
}

void FilterPanel::toggle(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int kind = item->data(0, kindRole).toInt();
    if (kind == SectionKind) {
        item->setExpanded(!item->isExpanded());
        return;
    }
    if (kind == GroupKind) {
        const Qt::CheckState to = item->checkState(0) == Qt::Checked ? Qt::Unchecked : Qt::Checked;
        for (int i = 0; i < item->childCount(); ++i)
            item->child(i)->setCheckState(0, to);
        updateGroupCheck(item);
    } else {
        item->setCheckState(0, item->checkState(0) == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        if (item->parent() && item->parent()->data(0, kindRole).toInt() == GroupKind)
            updateGroupCheck(item->parent());
    }
    selectionEdited();
}

void FilterPanel::selectionEdited()
{
    if (m_quiet)
        return;
    for (Dimension d : dimensions)
        updateSectionTitle(d);
    m_clear->setEnabled(hasSelection());
    emit selectionChanged();
}

bool FilterPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter) {
            toggle(m_tree->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
