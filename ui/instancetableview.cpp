// The view never rebuilds anything on refresh: the model emits fine-grained signals and the
// view keeps its selection, sort and scroll. The highlight repaint walks only the visible rows.
#include "instancetableview.h"

#include "consolelink.h"
#include "instancedelegate.h"
#include "instancetablemodel.h"
#include "rowhighlights.h"
#include "uiicons.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>

using Model = InstanceTableModel;

namespace {

// One TSV field: tabs and line breaks would split it into several.
QString tsvField(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

} // namespace

InstanceTableView::InstanceTableView(QWidget *parent)
    : QTableView(parent)
{
    m_highlights = new RowHighlights(this);
    m_delegate = new InstanceDelegate(m_highlights, this);
    setItemDelegate(m_delegate);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setAccessibleName(tr("Instances"));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = columnsMenu(this);
        menu->exec(horizontalHeader()->viewport()->mapToGlobal(pos));
        menu->deleteLater();
    });

    m_copy = new QAction(UiIcons::named(QStringLiteral("copy")), tr("&Copy rows"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected rows as tab-separated text"));
    connect(m_copy, &QAction::triggered, this, &InstanceTableView::copySelection);
    m_copyId = new QAction(tr("Copy instance &ID"), this);
    m_copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyId->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyId, &QAction::triggered, this, &InstanceTableView::copyInstanceIds);
    m_openConsole =
        new QAction(UiIcons::named(QStringLiteral("open-external")), tr("&Open in console"), this);
    m_openConsole->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_openConsole->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openConsole->setToolTip(tr("Open the instance in its cloud's web console"));
    connect(m_openConsole, &QAction::triggered, this, &InstanceTableView::openInConsole);
    addActions({ m_copy, m_copyId, m_openConsole });

    connect(m_highlights, &RowHighlights::tick, this, &InstanceTableView::repaintHighlights);
}

QList<int> InstanceTableView::defaultColumnOrder()
{
    return { Model::StateColumn, Model::NameColumn,      Model::InstanceIdColumn,
             Model::CloudColumn, Model::AccountColumn,   Model::RegionColumn,
             Model::ZoneColumn,  Model::PrivateIpColumn, Model::PublicIpColumn,
             Model::TypeColumn,  Model::SinceColumn,     Model::LastConfirmedColumn };
}

QList<int> InstanceTableView::defaultHiddenColumns()
{
    return { Model::ZoneColumn, Model::TypeColumn, Model::LastConfirmedColumn };
}

void InstanceTableView::resetColumns()
{
    QHeaderView *header = horizontalHeader();
    const QList<int> order = defaultColumnOrder();
    for (int visual = 0; visual < order.size() && order.at(visual) < header->count(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    for (int column = 0; column < header->count(); ++column)
        header->setSectionHidden(column, defaultHiddenColumns().contains(column));
    // Widths from what the columns typically hold, in this font and locale.
    const QFontMetrics fm(font());
    auto fit = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    int stateWidth = 0;
    for (InstanceState state : allInstanceStates)
        stateWidth = std::max(stateWidth, fm.horizontalAdvance(stateDisplayName(state)));
    int cloudWidth = 0;
    for (Cloud cloud : allClouds)
        cloudWidth = std::max(cloudWidth, fit(cloudDisplayName(cloud)));
    const QString time =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    const QHash<int, int> widths {
        { Model::StateColumn, stateWidth + fm.height() + 34 },
        { Model::NameColumn, fit(QStringLiteral("batch-worker-117")) },
        { Model::InstanceIdColumn, fit(QStringLiteral("i-bp67acfmxazb4p0000")) },
        { Model::CloudColumn, cloudWidth },
        { Model::AccountColumn, fit(QStringLiteral("Alibaba production")) },
        { Model::RegionColumn, fit(QStringLiteral("ap-southeast-1")) },
        { Model::ZoneColumn, fit(QStringLiteral("ap-southeast-1a")) },
        { Model::PrivateIpColumn, fit(QStringLiteral("255.255.255.25")) },
        { Model::PublicIpColumn, fit(QStringLiteral("255.255.255.25")) },
        { Model::TypeColumn, fit(QStringLiteral("ecs.r7.2xlarge")) },
        { Model::SinceColumn, fit(time) },
        { Model::LastConfirmedColumn, fit(time) },
    };
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, widths.value(column, fit(QStringLiteral("xxxxxxxxxxxx"))));
    sortByColumn(Model::NameColumn, Qt::AscendingOrder);
}

QMenu *InstanceTableView::columnsMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Columns"), parent);
    menu->setIcon(UiIcons::named(QStringLiteral("columns")));
    QHeaderView *header = horizontalHeader();
    if (!model())
        return menu;
    int visibleCount = 0;
    for (int c = 0; c < header->count(); ++c)
        visibleCount += header->isSectionHidden(c) ? 0 : 1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column cannot be hidden: an empty table cannot be brought back
        // from its own header.
        action->setEnabled(header->isSectionHidden(column) || visibleCount > 1);
        connect(action, &QAction::toggled, this,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("&Reset columns")), &QAction::triggered, this,
            &InstanceTableView::resetColumns);
    return menu;
}

InstanceKey InstanceTableView::keyAt(const QModelIndex &index) const
{
    return { Cloud(index.data(Model::CloudRole).toInt()),
             index.data(Model::AccountIdRole).toString(),
             index.data(Model::ScopeRegionRole).toString(),
             index.data(Model::InstanceIdRole).toString() };
}

QString InstanceTableView::selectedRowsAsTsv() const
{
    if (!model() || !selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const QHeaderView *header = horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList fields;
        for (int column : std::as_const(columns))
            fields.append(tsvField(model()->index(row.row(), column).data().toString()));
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n');
}

QStringList InstanceTableView::selectedInstanceIds() const
{
    QStringList ids;
    if (!selectionModel())
        return ids;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(tsvField(row.data(Model::InstanceIdRole).toString()));
    return ids;
}

void InstanceTableView::copySelection()
{
    const QString tsv = selectedRowsAsTsv();
    if (tsv.isEmpty())
        return;
    QApplication::clipboard()->setText(tsv);
    const int n = int(selectionModel()->selectedRows().size());
    emit statusMessage(tr("Copied %n row(s).", nullptr, n));
}

void InstanceTableView::copyInstanceIds()
{
    const QStringList ids = selectedInstanceIds();
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(u'\n'));
    emit statusMessage(tr("Copied %n instance id(s).", nullptr, int(ids.size())));
}

void InstanceTableView::openInConsole()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    const InstanceKey key = keyAt(current);
    const ConsoleLink link =
        ConsoleLink::forInstance(key, current.data(Model::RegionRole).toString());
    if (!link.exact) {
        QApplication::clipboard()->setText(key.instanceId);
        emit statusMessage(
            tr("The console's page for this region is not known: opened the instance "
               "list instead. The instance id is on the clipboard to paste into its "
               "search box."));
    }
    QDesktopServices::openUrl(link.url);
}

void InstanceTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(viewport()->mapFromGlobal(event->globalPos()));
    QMenu menu(this);
    const bool any = selectionModel() && selectionModel()->hasSelection();
    m_copy->setEnabled(any);
    m_copyId->setEnabled(any);
    m_openConsole->setEnabled(index.isValid() || currentIndex().isValid());
    menu.addAction(m_copy);
    menu.addAction(m_copyId);
    menu.addSeparator();
    menu.addAction(m_openConsole);
    menu.addSeparator();
    QMenu *columns = columnsMenu(&menu);
    menu.addMenu(columns);
    menu.exec(event->globalPos());
    m_copy->setEnabled(true);
    m_copyId->setEnabled(true);
    m_openConsole->setEnabled(true);
}

void InstanceTableView::repaintHighlights()
{
    if (!model())
        return;
    const int first = rowAt(0);
    if (first < 0) {
        m_highlightedRows.clear();
        return;
    }
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = model()->rowCount() - 1;
    QSet<int> now;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (m_delegate->highlightOf(index) > 0 || m_highlightedRows.contains(row)) {
            viewport()->update(
                QRect(0, rowViewportPosition(row), viewport()->width(), rowHeight(row)));
            if (m_delegate->highlightOf(index) > 0)
                now.insert(row);
        }
    }
    m_highlightedRows = now;
}
