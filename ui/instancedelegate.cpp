// Colours come from the option's palette at paint time, so a theme switch repaints correctly.
#include "instancedelegate.h"

#include "instancetablemodel.h"
#include "plaintext.h"
#include "rowhighlights.h"
#include "statecolors.h"
#include "uiicons.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using Model = InstanceTableModel;

namespace {
constexpr int chipPadX = 6;
constexpr int chipGap = 4;
constexpr int chipMarginY = 3;
} // namespace

InstanceDelegate::InstanceDelegate(RowHighlights *highlights, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_highlights(highlights)
{ }

qreal InstanceDelegate::highlightOf(const QModelIndex &index) const
{
    if (!m_highlights || m_highlights->isEmpty())
        return 0;
    const InstanceKey key { Cloud(index.data(Model::CloudRole).toInt()),
                            index.data(Model::AccountIdRole).toString(),
                            index.data(Model::ScopeRegionRole).toString(),
                            index.data(Model::InstanceIdRole).toString() };
    return m_highlights->strength(key);
}

void InstanceDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(Model::StaleRole).toBool()) {
        // Dimmed, not hidden: the values are still the last ones the cloud confirmed.
        const QColor dim = option->palette.color(QPalette::Disabled, QPalette::Text);
        option->palette.setColor(QPalette::Text, dim);
        option->palette.setColor(QPalette::WindowText, dim);
    }
    const qreal highlight = highlightOf(index);
    if (highlight > 0 && !(option->state & QStyle::State_Selected)) {
        // Warm, so that it is not mistaken for the (usually blue) selection.
        const QColor base = option->palette.color(QPalette::Base);
        const QColor accent = StateColors::accent(StateColors::Tone::Warning, option->palette);
        option->backgroundBrush = StateColors::mix(accent, base, 0.35 * highlight);
    }
}

void InstanceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    if (index.column() != Model::StateColumn || index.data(Model::StateRole).isNull()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    paintStateChip(painter, option, index);
}

void InstanceDelegate::paintStateChip(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    // Background, selection and focus as the style draws them for any cell.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto state = InstanceState(index.data(Model::StateRole).toInt());
    const bool stale = index.data(Model::StaleRole).toBool();
    const StateColors::Tone tone = stale ? StateColors::Tone::Muted : StateColors::toneOf(state);
    const QPalette &pal = opt.palette;
    const QColor accent = StateColors::accent(tone, pal);
    const QColor fill = StateColors::fill(tone, pal);

    const QFontMetrics fm(opt.font);
    const int iconSize = fm.height() - 2;
    const QRect cell = opt.rect.adjusted(4, chipMarginY, -4, -chipMarginY);
    // A pixel or two of slack: elidedText() measures with sub-pixel precision.
    const int textWidth = fm.horizontalAdvance(text) + 2;
    const int chipWidth =
        std::min(cell.width(), chipPadX + iconSize + chipGap + textWidth + chipPadX);
    const QRect chip(cell.left(), cell.top(), chipWidth, cell.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal radius = std::min(6.0, chip.height() / 2.0);
    painter->setPen(QPen(StateColors::mix(accent, pal.color(QPalette::Base), 0.55), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    const QRect iconRect(chip.left() + chipPadX, chip.center().y() - iconSize / 2 + 1, iconSize,
                         iconSize);
    UiIcons::state(state, accent).paint(painter, iconRect);
    const QRect textRect(iconRect.right() + 1 + chipGap, chip.top(),
                         chip.right() - chipPadX - iconRect.right() - chipGap, chip.height());
    const bool selected = opt.state & QStyle::State_Selected;
    // On the selection colour, the chip's text keeps the normal text colour: the chip has its
    // own fill, so it stays readable whatever the selection colour is.
    painter->setPen(pal.color(selected ? QPalette::Active : QPalette::Current, QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                      fm.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize InstanceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == Model::StateColumn) {
        const QFontMetrics fm(option.font);
        const int w = 4 + chipPadX + fm.height() + chipGap
            + fm.horizontalAdvance(index.data().toString()) + chipPadX + 4;
        size.setWidth(std::max(size.width(), w));
    }
    size.setHeight(
        std::max(size.height(), QFontMetrics(option.font).height() + 2 * chipMarginY + 4));
    return size;
}

QString InstanceDelegate::toolTipFor(const QModelIndex &index)
{
    return index.data(Qt::ToolTipRole).toString();
}

bool InstanceDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QString tip = toolTipFor(index);
    if (tip.isEmpty()) {
        // An elided cell shows its whole text on hover.
        const QString text = index.data().toString();
        const QFontMetrics fm(option.font);
        if (!text.isEmpty() && fm.horizontalAdvance(text) > option.rect.width() - 8)
            tip = text;
    }
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(event->globalPos(), PlainText::toolTip(tip), view->viewport(), option.rect);
    return true;
}
