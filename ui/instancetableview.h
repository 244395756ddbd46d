// InstanceTableView: the instance table. Sortable; columns movable, and shown or hidden from
// the header's context menu; Ctrl+C copies the selected rows as tab-separated text, Ctrl+Shift+C
// their instance ids; "Open in console" opens an instance in its cloud's web console. Changed
// rows are highlighted by RowHighlights, repainting only the visible rows that fade.
#pragma once

#include "instancekey.h"

#include <QList>
#include <QSet>
#include <QTableView>

class InstanceDelegate;
class QAction;
class QMenu;
class RowHighlights;

class InstanceTableView : public QTableView
{
    Q_OBJECT

public:
    explicit InstanceTableView(QWidget *parent = nullptr);

    RowHighlights *highlights() const { return m_highlights; }
    InstanceDelegate *instanceDelegate() const { return m_delegate; }

    // Columns in the default visual order, and those hidden by default.
    static QList<int> defaultColumnOrder();
    static QList<int> defaultHiddenColumns();
    void resetColumns();
    QMenu *columnsMenu(QWidget *parent);

    // The selected rows as TSV (visible columns, visual order, no header) and their ids.
    QString selectedRowsAsTsv() const;
    QStringList selectedInstanceIds() const;
    InstanceKey keyAt(const QModelIndex &index) const;

    QAction *copyAction() const { return m_copy; }
    QAction *copyIdAction() const { return m_copyId; }
    QAction *openConsoleAction() const { return m_openConsole; }

public slots:
    void copySelection();
    void copyInstanceIds();
    void openInConsole();

signals:
    void statusMessage(const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void repaintHighlights();

    RowHighlights *m_highlights = nullptr;
    InstanceDelegate *m_delegate = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_openConsole = nullptr;
    QSet<int> m_highlightedRows; // view rows painted with a highlight at the last tick
};
