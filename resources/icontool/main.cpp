// fleetwatch-icontool: a build-time tool that renders the application icon's SVG into the PNG
// sizes of the freedesktop hicolor theme, the Windows .ico and the macOS .icns, so that no
// rendered binary is ever committed and every format comes from the one SVG.
#include "icnsfile.h"
#include "icofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>
#include <map>

namespace {

// Renders once per size from the vector source: scaling a large bitmap down would blur the
// small sizes, which is where an icon is most often seen.
QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    if (data.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

int fail(const QString &message)
{
    std::fprintf(stderr, "fleetwatch-icontool: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders an SVG icon to hicolor PNGs, a Windows .ico and a macOS .icns."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("svg"), QStringLiteral("The icon's SVG source."));
    const QCommandLineOption pngDir(QStringLiteral("png-dir"),
                                    QStringLiteral("Write <dir>/<N>x<N>/apps/<name>.png."),
                                    QStringLiteral("dir"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("Icon name for the PNG files."),
                                  QStringLiteral("name"), QStringLiteral("icon"));
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("Comma-separated PNG and .ico sizes."),
                                   QStringLiteral("list"), QStringLiteral("16,32,48,256"));
    const QCommandLineOption ico(QStringLiteral("ico"),
                                 QStringLiteral("Write a Windows icon (sizes up to 256)."),
                                 QStringLiteral("file"));
    const QCommandLineOption icns(QStringLiteral("icns"), QStringLiteral("Write a macOS icon."),
                                  QStringLiteral("file"));
    parser.addOptions({ pngDir, name, sizes, ico, icns });
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("expected exactly one SVG file"));

    QSvgRenderer svg(parser.positionalArguments().constFirst());
    if (!svg.isValid())
        return fail(
            QStringLiteral("cannot read %1").arg(parser.positionalArguments().constFirst()));

    QList<int> pngSizes;
    for (const QString &field : parser.value(sizes).split(u',')) {
        bool ok = false;
        const int size = field.toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QStringLiteral("bad size \"%1\"").arg(field));
        pngSizes.append(size);
    }

    std::map<int, QImage> rendered;
    const auto image = [&](int size) -> const QImage & {
        auto it = rendered.find(size);
        if (it == rendered.end())
            it = rendered.emplace(size, render(svg, size)).first;
        return it->second;
    };

    if (parser.isSet(pngDir)) {
        for (const int size : std::as_const(pngSizes)) {
            const QString path = QStringLiteral("%1/%2x%2/apps/%3.png")
                                     .arg(parser.value(pngDir))
                                     .arg(size)
                                     .arg(parser.value(name));
            QDir().mkpath(QFileInfo(path).absolutePath());
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || !image(size).save(&file, "PNG")
                || !file.commit())
                return fail(QStringLiteral("cannot write %1").arg(path));
        }
    }
    if (parser.isSet(ico)) {
        QList<QImage> images;
        for (const int size : std::as_const(pngSizes)) {
            if (size <= 256)
                images.append(image(size));
        }
        if (!writeFile(parser.value(ico), icoFile(images)))
            return fail(QStringLiteral("cannot write %1").arg(parser.value(ico)));
    }
    if (parser.isSet(icns)) {
        QList<QImage> images;
        for (const int size : icnsPixelSizes())
            images.append(image(size));
        if (!writeFile(parser.value(icns), icnsFile(images)))
            return fail(QStringLiteral("cannot write %1").arg(parser.value(icns)));
    }
    return 0;
}
