// Writes the .icns container: "icns", the total length, then (type, length, PNG) entries, all
// lengths big-endian and counting their own 8-byte headers.
#include "icnsfile.h"

#include <QBuffer>
#include <QtEndian>

#include <array>

namespace {

struct IcnsType
{
    const char *code;
    int pixels;
};

// PNG-capable types (macOS 10.7 and later), in the order Apple's iconutil writes sizes.
constexpr std::array<IcnsType, 11> kTypes { { { "icp4", 16 },
                                              { "icp5", 32 },
                                              { "ic11", 32 },
                                              { "icp6", 64 },
                                              { "ic12", 64 },
                                              { "ic07", 128 },
                                              { "ic08", 256 },
                                              { "ic13", 256 },
                                              { "ic09", 512 },
                                              { "ic14", 512 },
                                              { "ic10", 1024 } } };
constexpr int kHeaderSize = 8;

void appendBe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

QList<int> icnsPixelSizes()
{
    QList<int> sizes;
    for (const IcnsType &type : kTypes) {
        if (!sizes.contains(type.pixels))
            sizes.append(type.pixels);
    }
    return sizes;
}

QByteArray icnsFile(const QList<QImage> &images)
{
    QByteArray entries;
    for (const IcnsType &type : kTypes) {
        for (const QImage &image : images) {
            if (image.width() != type.pixels || image.height() != type.pixels)
                continue;
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            entries.append(type.code, 4);
            appendBe32(entries, quint32(kHeaderSize + png.size()));
            entries.append(png);
            break;
        }
    }
    if (entries.isEmpty())
        return {};
    QByteArray out("icns");
    appendBe32(out, quint32(kHeaderSize + entries.size()));
    out.append(entries);
    return out;
}
