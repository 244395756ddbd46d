// FilterItemDelegate: paints the filter panel's rows — its own check box (the style's boxes
// vanish on some dark palettes), the entry's glyph and label, and the count in a muted colour —
// all from the palette at paint time, so a light/dark switch repaints correctly.
#pragma once

#include <QStyledItemDelegate>

class FilterItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static void paintCheck(QPainter *painter, const QRect &box, Qt::CheckState state,
                           const QPalette &palette, bool enabled);
};
