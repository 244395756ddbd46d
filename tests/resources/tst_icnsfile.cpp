// Tests icnsFile(): the container's structure (lengths, types, PNG payloads at the right sizes)
// and, where Qt's ICNS image plugin is installed, that Qt reads it back.
#include "icnsfile.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QTest>
#include <QtEndian>

namespace {

QImage card(int size)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.fillRect(QRect(size / 4, size / 4, size / 2, size / 2), QColor(20, size % 256, 200));
    return image;
}

QList<QImage> allSizes()
{
    QList<QImage> images;
    for (const int size : icnsPixelSizes())
        images.append(card(size));
    return images;
}

struct Entry
{
    QByteArray type;
    QByteArray data;
};

QList<Entry> entries(const QByteArray &icns)
{
    QList<Entry> out;
    qsizetype pos = 8;
    while (pos + 8 <= icns.size()) {
        const quint32 length = qFromBigEndian<quint32>(icns.constData() + pos + 4);
        if (length < 8 || pos + length > quint32(icns.size()))
            return {};
        out.append({ icns.mid(pos, 4), icns.mid(pos + 8, length - 8) });
        pos += length;
    }
    return pos == icns.size() ? out : QList<Entry> {};
}

} // namespace

class TestIcnsFile : public QObject
{
    Q_OBJECT

private slots:
    void sizes() { QCOMPARE(icnsPixelSizes(), (QList<int> { 16, 32, 64, 128, 256, 512, 1024 })); }

    void structure()
    {
        const QByteArray icns = icnsFile(allSizes());
        QCOMPARE(icns.left(4), QByteArray("icns"));
        QCOMPARE(qFromBigEndian<quint32>(icns.constData() + 4), quint32(icns.size()));

        const QList<Entry> list = entries(icns);
        const QList<std::pair<QByteArray, int>> expected {
            { "icp4", 16 },  { "icp5", 32 },  { "ic11", 32 },   { "icp6", 64 },
            { "ic12", 64 },  { "ic07", 128 }, { "ic08", 256 },  { "ic13", 256 },
            { "ic09", 512 }, { "ic14", 512 }, { "ic10", 1024 },
        };
        QCOMPARE(list.size(), expected.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            QCOMPARE(list.at(i).type, expected.at(i).first);
            QImage image;
            QVERIFY(image.loadFromData(list.at(i).data, "PNG"));
            QCOMPARE(image.size(), QSize(expected.at(i).second, expected.at(i).second));
            QCOMPARE(image.convertToFormat(QImage::Format_ARGB32), card(expected.at(i).second));
        }
    }

    void onlyMatchingSizes()
    {
        const QList<Entry> list = entries(icnsFile({ card(128), card(100) }));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.constFirst().type, QByteArray("ic07"));
        QVERIFY(icnsFile({ card(100) }).isEmpty());
    }

    void readsBackThroughQt()
    {
        if (!QImageReader::supportedImageFormats().contains("icns"))
            QSKIP("Qt's ICNS plugin is not installed (Debian: qt6-image-formats-plugins)");
        QByteArray icns = icnsFile(allSizes());
        QBuffer buffer(&icns);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "icns");
        QVERIFY2(reader.canRead(), qPrintable(reader.errorString()));
        QCOMPARE(reader.imageCount(), 11);
        QList<int> widths;
        for (int i = 0; i < reader.imageCount(); ++i) {
            QVERIFY(reader.jumpToImage(i));
            const QImage image = reader.read();
            QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(image.convertToFormat(QImage::Format_ARGB32), card(image.width()));
            widths.append(image.width());
        }
        std::sort(widths.begin(), widths.end());
        QCOMPARE(widths, (QList<int> { 16, 32, 32, 64, 64, 128, 256, 256, 512, 512, 1024 }));
    }
};

QTEST_GUILESS_MAIN(TestIcnsFile)
#include "tst_icnsfile.moc"
