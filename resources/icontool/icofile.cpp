// Writes the .ico container (ICONDIR, one ICONDIRENTRY per image, then the image data).
#include "icofile.h"

#include <QBuffer>
#include <QtEndian>

namespace {

constexpr int kDirectorySize = 6;
constexpr int kEntrySize = 16;
constexpr int kBitmapHeaderSize = 40;
constexpr int kPngThreshold = 256;

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

QByteArray pngData(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// A BITMAPINFOHEADER, bottom-up BGRA rows, then the 1-bit AND mask. The height field counts
// both halves (colour + mask), which is how the .ico format marks a bitmap as an icon.
QByteArray bitmapData(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    const int size = image.width();
    const int maskStride = ((size + 31) / 32) * 4;
    QByteArray out;
    out.reserve(kBitmapHeaderSize + size * size * 4 + maskStride * size);
    appendLe32(out, kBitmapHeaderSize);
    appendLe32(out, quint32(size));
    appendLe32(out, quint32(size * 2));
    appendLe16(out, 1); // planes
    appendLe16(out, 32); // bits per pixel
    appendLe32(out, 0); // BI_RGB
    appendLe32(out, quint32(size * size * 4 + maskStride * size));
    for (int i = 0; i < 4; ++i)
        appendLe32(out, 0); // resolution and palette: unused
    for (int y = size - 1; y >= 0; --y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < size; ++x) {
            out.append(char(qBlue(line[x])));
            out.append(char(qGreen(line[x])));
            out.append(char(qRed(line[x])));
            out.append(char(qAlpha(line[x])));
        }
    }
    for (int y = size - 1; y >= 0; --y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        QByteArray row(maskStride, '\0');
        for (int x = 0; x < size; ++x) {
            if (qAlpha(line[x]) == 0)
                row[x / 8] = char(row.at(x / 8) | (0x80 >> (x % 8)));
        }
        out.append(row);
    }
    return out;
}

} // namespace

QByteArray icoFile(const QList<QImage> &images)
{
    QList<QByteArray> payloads;
    for (const QImage &image : images) {
        if (image.isNull() || image.width() != image.height() || image.width() > kPngThreshold)
            return {};
        payloads.append(image.width() >= kPngThreshold ? pngData(image) : bitmapData(image));
    }

    QByteArray out;
    appendLe16(out, 0); // reserved
    appendLe16(out, 1); // type: icon
    appendLe16(out, quint16(images.size()));
    quint32 offset = quint32(kDirectorySize + kEntrySize * images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int size = images.at(i).width();
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append('\0'); // palette size
        out.append('\0'); // reserved
        appendLe16(out, 1); // planes
        appendLe16(out, 32); // bits per pixel
        appendLe32(out, quint32(payloads.at(i).size()));
        appendLe32(out, offset);
        offset += quint32(payloads.at(i).size());
    }
    for (const QByteArray &payload : std::as_const(payloads))
        out.append(payload);
    return out;
}
