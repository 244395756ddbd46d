// The row background, selection and focus come from the style (CE_ItemViewItem without text);
// the two lines are drawn over it in the palette's text and placeholder colours.
#include "accountlistdelegate.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int padding = 4;
}

void AccountListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString subtitle = index.data(subtitleRole).toString();
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect area = opt.rect.adjusted(padding * 2, padding, -padding * 2, -padding);
    const QFontMetrics titleMetrics(opt.font);
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(area.left(), area.top(), area.width(), titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      titleMetrics.elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(small);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(QRect(area.left(), area.top() + titleMetrics.height() + 1, area.width(),
                            smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      smallMetrics.elidedText(subtitle, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize AccountListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const int height =
        QFontMetrics(option.font).height() + QFontMetrics(small).height() + 1 + padding * 2 + 2;
    return QSize(QStyledItemDelegate::sizeHint(option, index).width(), height);
}
