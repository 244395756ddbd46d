// Painted by hand rather than styled with a style sheet, so its colours come from the live
// palette (light or dark) and its focus frame from the platform style.
#include "healthpill.h"

#include "plaintext.h"
#include "uiicons.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QToolTip>

namespace {
constexpr int padX = 8;
constexpr int gap = 5;
} // namespace

HealthPill::HealthPill(QWidget *parent)
    : QAbstractButton(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

void HealthPill::setContent(const QIcon &glyph, StateColors::Tone tone, const QString &text,
                            const QString &toolTip, const QString &copyText)
{
    m_glyph = glyph;
    m_tone = tone;
    m_toolTip = toolTip;
    m_copyText = copyText;
    setText(text);
    // The accessible description is read as plain text by screen readers.
    setAccessibleName(text);
    setAccessibleDescription(toolTip);
    updateGeometry();
    update();
}

QSize HealthPill::sizeHint() const
{
    const QFontMetrics fm(font());
    const int icon = fm.height();
    // A few pixels of slack: elidedText() measures with sub-pixel precision.
    const int w = padX + icon + gap + fm.horizontalAdvance(text()) + 4 + padX;
    return { w, fm.height() + 8 };
}

QSize HealthPill::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return { padX * 2 + fm.height() + gap + fm.horizontalAdvance(QStringLiteral("Xxxxx…")),
             fm.height() + 8 };
}

void HealthPill::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor accent = StateColors::accent(m_tone, pal);
    const bool quiet = m_tone == StateColors::Tone::Good || m_tone == StateColors::Tone::Muted;
    QColor fill = quiet ? pal.color(QPalette::Base) : StateColors::fill(m_tone, pal);
    if (isDown())
        fill = StateColors::mix(accent, pal.color(QPalette::Base), 0.35);
    else if (underMouse())
        fill = StateColors::mix(accent, fill, 0.10);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = r.height() / 2;
    p.setPen(QPen(StateColors::mix(accent, pal.color(QPalette::Base), quiet ? 0.35 : 0.7), 1));
    p.setBrush(fill);
    p.drawRoundedRect(r, radius, radius);

    const QFontMetrics fm(font());
    const int icon = fm.height();
    const QRect iconRect(padX, (height() - icon) / 2, icon, icon);
    m_glyph.paint(&p, iconRect);
    const QRect textRect(iconRect.right() + 1 + gap, 0, width() - iconRect.right() - 1 - gap - padX,
                         height());
    p.setPen(pal.color(QPalette::Text));
    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
               fm.elidedText(text(), Qt::ElideRight, textRect.width()));

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(2, 2, -2, -2);
        option.backgroundColor = fill;
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

bool HealthPill::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (m_toolTip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), PlainText::toolTip(m_toolTip), this, rect());
        return true;
    }
    if (event->type() == QEvent::Enter || event->type() == QEvent::Leave)
        update();
    return QAbstractButton::event(event);
}

void HealthPill::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_copyText.isEmpty())
        return;
    QMenu menu(this);
    QAction *copy = menu.addAction(UiIcons::named(QStringLiteral("copy")), tr("&Copy details"));
    if (menu.exec(event->globalPos()) == copy) {
        QApplication::clipboard()->setText(m_copyText);
        emit copyRequested(m_copyText);
    }
}
