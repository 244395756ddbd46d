// TintedIconEngine: draws a monochrome SVG glyph at exactly the size and device pixel ratio
// asked for, in a colour chosen at paint time (a fixed one, or the palette's text colour, so
// that icons follow a light/dark switch without being recreated).
#pragma once

#include <QColor>
#include <QIconEngine>
#include <QString>

class TintedIconEngine : public QIconEngine
{
public:
    // An invalid colour means "the application palette's window text", resolved per paint.
    explicit TintedIconEngine(const QString &svgPath, const QColor &color = {});

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    QPixmap render(const QSize &size, qreal scale, QIcon::Mode mode) const;

    QString m_path;
    QColor m_color;
};
