#include "atomicfilewrite.h"

#include <QSaveFile>

QString AtomicFileWrite::write(const QString &path, const QByteArray &bytes,
                               QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return file.errorString();
    if (permissions)
        file.setPermissions(permissions);
    const qint64 written = file.write(bytes);
    if (written != bytes.size()) {
        // A short write sets no error: the system took part of it and refused the rest.
        if (file.error() != QFileDevice::NoError)
            return file.errorString();
        return tr("only %1 of %2 bytes could be written (the disk may be full)")
            .arg(std::max<qint64>(written, 0))
            .arg(bytes.size());
    }
    if (!file.commit())
        return file.errorString();
    return {};
}
