#include "filteritemdelegate.h"

#include "statecolors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

void FilterItemDelegate::paintCheck(QPainter *painter, const QRect &box, Qt::CheckState state,
                                    const QPalette &palette, bool enabled)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor text =
        palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor accent = palette.color(QPalette::Highlight);
    const QRectF r = QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5);
    if (state == Qt::Unchecked) {
        painter->setPen(QPen(StateColors::mix(text, base, 0.55), 1));
        painter->setBrush(base);
    } else {
        painter->setPen(QPen(accent, 1));
        painter->setBrush(accent);
    }
    painter->drawRoundedRect(r, 3, 3);
    if (state != Qt::Unchecked) {
        painter->setPen(QPen(palette.color(QPalette::HighlightedText),
                             std::max(1.5, box.width() / 8.0), Qt::SolidLine, Qt::RoundCap,
                             Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        if (state == Qt::Checked) {
            QPainterPath tick;
            tick.moveTo(r.left() + r.width() * 0.24, r.top() + r.height() * 0.52);
            tick.lineTo(r.left() + r.width() * 0.43, r.top() + r.height() * 0.70);
            tick.lineTo(r.left() + r.width() * 0.77, r.top() + r.height() * 0.32);
            painter->drawPath(tick);
        } else {
            painter->drawLine(QPointF(r.left() + r.width() * 0.27, r.center().y()),
                              QPointF(r.right() - r.width() * 0.27, r.center().y()));
        }
    }
    painter->restore();
}

void FilterItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, hover and selection as the style draws them.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;
    const QColor textColor = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QRect rect = opt.rect.adjusted(2, 0, -4, 0);
    painter->save();
    painter->setFont(opt.font);
    if (index.column() == 1) {
        const QColor muted = selected ? textColor : pal.color(QPalette::PlaceholderText);
        painter->setPen(muted);
        painter->drawText(rect, Qt::AlignVCenter | Qt::AlignRight, opt.text);
        painter->restore();
        return;
    }
    const QVariant check = index.data(Qt::CheckStateRole);
    const int side = std::min(opt.fontMetrics.height() - 2, rect.height() - 4);
    if (check.isValid()) {
        const QRect box(rect.left(), rect.center().y() - side / 2 + 1, side, side);
        paintCheck(painter, box, Qt::CheckState(check.toInt()), pal,
                   opt.state & QStyle::State_Enabled);
        rect.setLeft(box.right() + 7);
    }
    if (!opt.icon.isNull()) {
        const QRect iconRect(rect.left(), rect.center().y() - side / 2 + 1, side, side);
        opt.icon.paint(painter, iconRect);
        rect.setLeft(iconRect.right() + 6);
    }
    painter->setPen(textColor);
    painter->drawText(rect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                      opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, rect.width()));
    painter->restore();
}

QSize FilterItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}
