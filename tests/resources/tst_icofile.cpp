// Tests icoFile(): the .ico it writes must read back, size by size and pixel by pixel, through
// Qt's own ICO reader (an implementation independent of ours).
#include "icofile.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QTest>
#include <QtEndian>

namespace {

// A test card: transparent corners, an opaque body, a half-transparent stripe and a colour
// that differs per size, so a swapped, flipped or mis-sized entry shows.
QImage card(int size)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.fillRect(QRect(size / 4, size / 4, size / 2, size / 2), QColor(size % 256, 40, 200));
    p.fillRect(QRect(0, size - 2, size, 1), QColor(255, 0, 0, 128));
    p.fillRect(QRect(size / 4, size / 4, 1, 1), QColor(0, 255, 0));
    return image;
}

} // namespace

class TestIcoFile : public QObject
{
    Q_OBJECT

private slots:
    void header()
    {
        const QByteArray ico = icoFile({ card(16), card(256) });
        QVERIFY(ico.size() > 22);
        QCOMPARE(ico.left(6), QByteArray("\0\0\1\0\2\0", 6));
        // The 256-pixel entry is written as 0x0 and holds a PNG.
        QCOMPARE(quint8(ico.at(6 + 16)), quint8(0));
        const quint32 offset = qFromLittleEndian<quint32>(ico.constData() + 6 + 16 + 12);
        QCOMPARE(ico.mid(offset, 8), QByteArray("\x89PNG\r\n\x1a\n"));
    }

    void readsBackThroughQt()
    {
        const QList<int> sizes { 16, 24, 32, 48, 64, 128, 256 };
        QList<QImage> images;
        for (const int size : sizes)
            images.append(card(size));
        QByteArray ico = icoFile(images);
        QBuffer buffer(&ico);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "ico");
        QCOMPARE(reader.imageCount(), int(sizes.size()));
        for (qsizetype i = 0; i < sizes.size(); ++i) {
            QVERIFY(reader.jumpToImage(int(i)));
            const QImage read = reader.read().convertToFormat(QImage::Format_ARGB32);
            QVERIFY2(!read.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(read.size(), QSize(sizes.at(i), sizes.at(i)));
            QCOMPARE(read, images.at(i));
        }
    }

    void rejectsWhatIcoCannotHold()
    {
        QVERIFY(icoFile({ QImage(16, 8, QImage::Format_ARGB32) }).isEmpty());
        QVERIFY(icoFile({ card(512) }).isEmpty());
        QVERIFY(icoFile({ QImage() }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIcoFile)
#include "tst_icofile.moc"
