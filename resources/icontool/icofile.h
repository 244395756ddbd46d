// The Windows .ico container: several sizes of one icon in one file, for the executable's
// icon resource and the installer.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

// Builds an .ico holding every image (square, 1 to 256 pixels wide). Images below 256 pixels are
// stored as 32-bit bitmaps with an AND mask, which every Windows tool reads; the 256-pixel image
// is stored as PNG, as Windows Vista and later expect. Returns an empty array when an image is
// not square or is out of range.
QByteArray icoFile(const QList<QImage> &images);
