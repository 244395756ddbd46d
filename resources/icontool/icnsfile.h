// The macOS .icns container: the app bundle's icon, every size Finder and the Dock ask for.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

// The pixel sizes an .icns needs, from 16 up to 1024 (512 points at 2x).
QList<int> icnsPixelSizes();

// Builds an .icns with one PNG-encoded entry per icon type whose pixel size matches one of the
// images (a 32-pixel image serves both "icp5", 32 points, and "ic11", 16 points at 2x).
// Returns an empty array when no image has an .icns size.
QByteArray icnsFile(const QList<QImage> &images);
