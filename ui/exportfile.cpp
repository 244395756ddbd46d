#include "exportfile.h"

#include "atomicfilewrite.h"
#include "instanceexport.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

QString ExportFile::suggestedName(const QString &format)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    return QStringLiteral("fleetwatch-instances-") + stamp + u'.'
        + (format == QLatin1StringView("json") ? QStringLiteral("json") : QStringLiteral("csv"));
}

QString ExportFile::askFileName(QWidget *parent, const QString &format)
{
    const QString csv = tr("CSV files (*.csv)");
    const QString json = tr("JSON files (*.json)");
    QString filters;
    if (format == QLatin1StringView("csv"))
        filters = csv;
    else if (format == QLatin1StringView("json"))
        filters = json;
    else
        filters = csv + QStringLiteral(";;") + json;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    QString name =
        QFileDialog::getSaveFileName(parent, tr("Export the instances shown"),
                                     QDir(dir).filePath(suggestedName(format)), filters, &selected);
    if (name.isEmpty())
        return {};
    const bool wantsJson = format == QLatin1StringView("json") || selected == json;
    const QString suffix = wantsJson ? QStringLiteral(".json") : QStringLiteral(".csv");
    if (!name.endsWith(suffix, Qt::CaseInsensitive) && QFileInfo(name).suffix().isEmpty())
        name += suffix;
    return name;
}

QString ExportFile::write(const QAbstractItemModel *view, const QString &fileName,
                          const QString &format)
{
    const QByteArray data = format == QLatin1StringView("json") ? InstanceExport::toJson(view)
                                                                : InstanceExport::toCsv(view);
    const QString problem = AtomicFileWrite::write(fileName, data);
    if (!problem.isEmpty())
        return tr("Could not write %1: %2. Nothing was changed.")
            .arg(QDir::toNativeSeparators(fileName), problem);
    return {};
}

void ExportFile::showError(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Export failed"), message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
