// InstanceDelegate: paints the instance table's cells. The state column is a chip — a glyph
// and the state's name on a tinted, rounded background — so it reads with or without colour;
// a row whose state just changed is washed with the highlight colour, fading out; rows of a
// stale scope are dimmed. Tooltips show server text literally (never as rich text).
#pragma once

#include <QStyledItemDelegate>

class RowHighlights;

class InstanceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit InstanceDelegate(RowHighlights *highlights, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // How strongly the row of this index is highlighted now (0..1).
    qreal highlightOf(const QModelIndex &index) const;
    // The plain tooltip text for a cell: the model's tooltip, or the full text of an elided cell.
    static QString toolTipFor(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintStateChip(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;

    RowHighlights *m_highlights;
};
