// Test helper: finds files under some folders that contain a given secret, to prove a secret
// went to the keychain or to memory and nowhere else. Only files changed since `since` are
// read, so scanning a shared temp folder stays cheap.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

inline QStringList filesContaining(const QByteArray &needle, const QStringList &folders,
                                   const QDateTime &since)
{
    QStringList hits;
    for (const QString &folder : folders) {
        if (folder.isEmpty())
            continue;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            if (info.lastModified() < since || info.size() > 16 * 1024 * 1024)
                continue;
            QFile file(info.filePath());
            if (!hits.contains(info.canonicalFilePath()) && file.open(QIODevice::ReadOnly)
                && file.readAll().contains(needle))
                hits.append(info.canonicalFilePath()); // folders may overlap (HOME in /tmp)
        }
    }
    return hits;
}
