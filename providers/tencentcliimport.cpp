// TencentCliImport: ~/.tccli/<profile>.credential + .configure into import candidates.
#include "tencentcliimport.h"

#include "credentialimport.h"
#include "jsonlineindex.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// tccli's interactive "configure" stores the literal "None" for a value left blank.
QString value(const QJsonObject &object, const QString &key)
{
    const QString text = object.value(key).toString().trimmed();
    return text == u"None" ? QString() : text;
}

} // namespace

QString TencentCliImport::configDir(const QString &homeDir)
{
    return QDir(homeDir).filePath(u".tccli"_s);
}

ImportResult TencentCliImport::read(const QString &homeDir)
{
    ImportResult result;
    const QDir dir(configDir(homeDir));
    if (!dir.exists())
        return result;
    const QStringList files =
        dir.entryList({ u"*.credential"_s }, QDir::Files | QDir::Hidden, QDir::Name);
    for (qsizetype i = 0; i < files.size() && i < CredentialImport::maximumEntries; ++i) {
        const QString profile = files.at(i).chopped(int(qstrlen(".credential")));
        const QString credentialPath = dir.filePath(files.at(i));
        const QString configurePath = dir.filePath(profile + u".configure"_s);
        const std::optional<QByteArray> credential =
            CredentialImport::readSmallFile(credentialPath, &result);
        if (!credential)
            continue;
        QByteArray configure;
        if (QFile::exists(configurePath)) {
            const std::optional<QByteArray> bytes =
                CredentialImport::readSmallFile(configurePath, &result);
            configure = bytes.value_or(QByteArray());
        }
        result.append(parse(profile, *credential, configure, credentialPath, configurePath));
    }
    return result;
}

ImportResult TencentCliImport::parse(const QString &profile, QByteArrayView credential,
                                     QByteArrayView configure, const QString &credentialPath,
                                     const QString &configurePath)
{
    ImportResult result;
    QJsonParseError error;
    const QJsonDocument credentialDocument =
        QJsonDocument::fromJson(credential.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !credentialDocument.isObject()) {
        const int line = JsonLineIndex::lineAndColumn(credential, error.offset).first;
        result.problems.append(
            { credentialPath,
              error.error != QJsonParseError::NoError
                  ? tr("is not valid JSON (line %1: %2); profile \"%3\" was not "
                       "imported.")
                        .arg(line)
                        .arg(error.errorString(), profile)
                  : tr("is not a JSON object; profile \"%1\" was not imported.").arg(profile) });
        return result;
    }
    const QJsonObject object = credentialDocument.object();
    const QString type = value(object, u"type"_s);
    const QString secretId = value(object, u"secretId"_s);
    const QString secretKey = value(object, u"secretKey"_s);
    if (!type.isEmpty() && type != u"default") {
        result.problems.append({ credentialPath,
                                 tr("profile \"%1\" uses %2 credentials, which hold no key to "
                                    "import.")
                                     .arg(profile, type) });
        return result;
    }
    if (!value(object, u"token"_s).isEmpty()) {
        result.problems.append({ credentialPath,
                                 tr("profile \"%1\" holds temporary credentials (with a "
                                    "token), which expire; only permanent keys can be "
                                    "imported.")
                                     .arg(profile) });
        return result;
    }
    if (secretId.isEmpty() || secretKey.isEmpty()) {
        result.problems.append(
            { credentialPath,
              tr("profile \"%1\" has no complete key (secretId and secretKey).").arg(profile) });
        return result;
    }

    QString region;
    if (!configure.isEmpty()) {
        QJsonParseError configureError;
        const QJsonObject settings =
            QJsonDocument::fromJson(configure.toByteArray(), &configureError).object();
        if (configureError.error != QJsonParseError::NoError) {
            result.problems.append({ configurePath,
                                     tr("is not valid JSON; profile \"%1\" is imported without "
                                        "a region.")
                                         .arg(profile) });
        }
        region = value(settings.value(u"_sys_param"_s).toObject(), u"region"_s);
        if (region.isEmpty())
            region = value(settings, u"region"_s); // files from tccli before 3.0.30
    }

    ImportCandidate candidate = CredentialImport::cliCandidate(
        ImportCandidate::Origin::TencentCli, credentialPath, profile, region, secretId, secretKey);
    result.candidates.append(std::move(candidate));
    return result;
}
