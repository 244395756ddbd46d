// AliyunCliImport: ~/.aliyun/config.json into import candidates.
#include "aliyuncliimport.h"

#include "credentialimport.h"
#include "jsonlineindex.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString AliyunCliImport::configPath(const QString &homeDir)
{
    return QDir(homeDir).filePath(u".aliyun/config.json"_s);
}

ImportResult AliyunCliImport::read(const QString &homeDir)
{
    const QString path = configPath(homeDir);
    ImportResult result;
    if (!QFile::exists(path))
        return result;
    const std::optional<QByteArray> bytes = CredentialImport::readSmallFile(path, &result);
    if (!bytes)
        return result;
    return parse(*bytes, path);
}

ImportResult AliyunCliImport::parse(QByteArrayView json, const QString &path)
{
    ImportResult result;
    const auto problem = [&result, &path](const QString &message) {
        result.problems.append({ path, message });
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = JsonLineIndex::lineAndColumn(json, error.offset).first;
        problem(tr("is not valid JSON (line %1: %2); nothing was imported from it.")
                    .arg(line)
                    .arg(error.errorString()));
        return result;
    }
    const QJsonValue profiles = document.object().value(u"profiles"_s);
    if (!document.isObject() || !profiles.isArray()) {
        problem(tr("does not look like an Alibaba Cloud CLI configuration (no \"profiles\" "
                   "list); nothing was imported from it."));
        return result;
    }

    const QJsonArray list = profiles.toArray();
    for (qsizetype i = 0; i < list.size() && i < CredentialImport::maximumEntries; ++i) {
        const QJsonObject profile = list.at(i).toObject();
        QString name = profile.value(u"name"_s).toString();
        if (name.isEmpty())
            name = u"#"_s + QString::number(i + 1);
        const QString mode = profile.value(u"mode"_s).toString();
        const QString keyId = profile.value(u"access_key_id"_s).toString().trimmed();
        const QString secret = profile.value(u"access_key_secret"_s).toString().trimmed();

        if (mode.isEmpty() && keyId.isEmpty())
            continue; // the CLI creates an empty "default" profile before it is configured
        if (mode.compare(u"AK"_s, Qt::CaseInsensitive) != 0) {
            problem(tr("profile \"%1\" uses %2 credentials, which are temporary or tied to a "
                       "role; only AccessKey (\"AK\") profiles can be imported.")
                        .arg(name, mode.isEmpty() ? tr("unnamed") : mode));
            continue;
        }
        if (keyId.isEmpty() || secret.isEmpty()) {
            problem(tr("profile \"%1\" has no complete AccessKey (ID and secret).").arg(name));
            continue;
        }

        ImportCandidate candidate =
            CredentialImport::cliCandidate(ImportCandidate::Origin::AliyunCli, path, name,
                                           profile.value(u"region_id"_s).toString(), keyId, secret);
        result.candidates.append(std::move(candidate));
    }
    return result;
}
