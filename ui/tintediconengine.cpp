// Rendering goes through QSvgRenderer into a pixmap of the device size, then the glyph's
// alpha is filled with the colour (SourceIn). QPixmapCache keeps repeated paints cheap.
#include "tintediconengine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

TintedIconEngine::TintedIconEngine(const QString &svgPath, const QColor &color)
    : m_path(svgPath)
    , m_color(color)
{ }

QPixmap TintedIconEngine::render(const QSize &size, qreal scale, QIcon::Mode mode) const
{
    const QPalette palette = QGuiApplication::palette();
    QColor color = m_color.isValid() ? m_color : palette.color(QPalette::WindowText);
    if (mode == QIcon::Disabled)
        color = palette.color(QPalette::Disabled, QPalette::WindowText);
    else if (mode == QIcon::Selected && !m_color.isValid())
        color = palette.color(QPalette::HighlightedText);

    const QSize device = (QSizeF(size) * scale).toSize();
    const QString cacheKey = QStringLiteral("fwicon:%1:%2x%3:%4")
                                 .arg(m_path)
                                 .arg(device.width())
                                 .arg(device.height())
                                 .arg(color.rgba());
    QPixmap pm;
    if (QPixmapCache::find(cacheKey, &pm))
        return pm;

    pm = QPixmap(device);
    pm.fill(Qt::transparent);
    {
        QSvgRenderer renderer(m_path);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        // Keep the glyph square and centred when asked for a non-square size.
        const int side = std::min(device.width(), device.height());
        const QRect target((device.width() - side) / 2, (device.height() - side) / 2, side, side);
        renderer.render(&p, target);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(pm.rect(), color);
    }
    pm.setDevicePixelRatio(scale);
    QPixmapCache::insert(cacheKey, pm);
    return pm;
}

void TintedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                             QIcon::State state)
{
    Q_UNUSED(state);
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, render(rect.size(), scale, mode));
}

QPixmap TintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap TintedIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                       qreal scale)
{
    Q_UNUSED(state);
    return render(size, scale, mode);
}

QIconEngine *TintedIconEngine::clone() const
{
    return new TintedIconEngine(m_path, m_color);
}

QString TintedIconEngine::key() const
{
    return QStringLiteral("TintedIconEngine");
}

bool TintedIconEngine::isNull()
{
    return m_path.isEmpty();
}
