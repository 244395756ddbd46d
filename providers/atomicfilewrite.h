// AtomicFileWrite: replaces a file's whole content at once (QSaveFile: a temporary file renamed
// over the old one) or not at all, and says why not in plain words. The write is unbuffered on
// purpose: Qt 6.4's QSaveFile::commit() ignores a failed flush of its write buffer (a full disk,
// a quota, a file size limit) and renames the truncated file over the old one, reporting success.
// Written directly, a short write is seen before anything is committed.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

class AtomicFileWrite
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWrite)

public:
    // Writes `bytes` to `path`, giving the new file `permissions` when they are set. Returns
    // an empty string on success; otherwise why it failed, with the old file left untouched.
    static QString write(const QString &path, const QByteArray &bytes,
                         QFileDevice::Permissions permissions = {});
};
