// Tests applicationIcon(): the SVG compiled into the binary draws the icon at small and large
// sizes: the rounded tile leaves the corners transparent and the body opaque.
#include "applicationicon.h"

#include <QFile>
#include <QTest>

class TestApplicationIcon : public QObject
{
    Q_OBJECT

private slots:
    void embeddedSvgIsTheSource()
    {
        QFile embedded(QStringLiteral(":/icons/fleetwatch.svg"));
        QFile source(QStringLiteral(FLEETWATCH_ICON_SVG));
        QVERIFY(embedded.open(QIODevice::ReadOnly));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(embedded.readAll(), source.readAll());
    }

    void draws_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : { 16, 24, 32, 48, 64, 128, 256, 512 })
            QTest::addRow("%d", size) << size;
    }

    void draws()
    {
        QFETCH(int, size);
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        const QImage image =
            icon.pixmap(QSize(size, size), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(size, size));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(size - 1, size - 1)), 0);
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
        // The tile is blue: a light server block or the tile itself, never blank or black.
        const QRgb edge = image.pixel(size / 10 + 1, size / 2);
        QCOMPARE(qAlpha(edge), 255);
        QVERIFY2(qBlue(edge) > qRed(edge) + 60, qPrintable(QString::number(edge, 16)));
    }
};

QTEST_MAIN(TestApplicationIcon)
#include "tst_applicationicon.moc"
