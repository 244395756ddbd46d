// ExportFile: saving the filtered view as CSV or JSON (InstanceExport) — asking where, writing
// atomically with QSaveFile so a failed write never leaves half a file, and saying plainly
// what went wrong.
#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;
class QWidget;

class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    // format "csv", "json", or empty to offer both. Empty when the user cancels.
    static QString askFileName(QWidget *parent, const QString &format);
    static QString suggestedName(const QString &format);
    // Returns an empty string on success, else what went wrong in plain words.
    static QString write(const QAbstractItemModel *view, const QString &fileName,
                         const QString &format);
    static void showError(QWidget *parent, const QString &message);
};
