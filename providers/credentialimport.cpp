// CredentialImport: runs every reader, removes repeats, and the small helpers they share.
#include "credentialimport.h"

#include "accountreader.h"
#include "aliyuncliimport.h"
#include "environmentimport.h"
#include "tencentcliimport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

ImportResult CredentialImport::readAll(const QString &homeDir,
                                       const QProcessEnvironment &environment)
{
    ImportResult all;
    all.append(AliyunCliImport::read(homeDir));
    all.append(TencentCliImport::read(homeDir));
    all.append(EnvironmentImport::read(environment));

    ImportResult unique;
    unique.problems = std::move(all.problems);
    QSet<QString> seen;
    for (ImportCandidate &candidate : all.candidates) {
        const QString key =
            cloudId(candidate.account.cloud) + u'\n' + candidate.account.accessKeyId;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        unique.candidates.append(std::move(candidate));
    }
    return unique;
}

QString CredentialImport::suggestedId(const QString &base)
{
    QString id;
    for (QChar c : base.toLower()) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.'
            || c == u'_' || c == u'-';
        if (plain)
            id.append(c);
        else if (!id.endsWith(u'-'))
            id.append(u'-');
    }
    while (!id.isEmpty() && !id.front().isLetterOrNumber())
        id.remove(0, 1);
    id.truncate(64 - 4); // leaves room for uniqueId()'s "-999"
    while (id.endsWith(u'-'))
        id.chop(1);
    return AccountReader::isValidId(id) ? id : u"imported"_s;
}

QString CredentialImport::uniqueId(const QString &id, const QStringList &taken)
{
    if (!taken.contains(id))
        return id;
    for (int n = 2;; ++n) {
        const QString candidate = id + u'-' + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

bool CredentialImport::isPlausibleRegion(const QString &region)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{1,63}$"_s);
    return pattern.match(region).hasMatch();
}

ImportCandidate CredentialImport::cliCandidate(ImportCandidate::Origin origin,
                                               const QString &source, const QString &profile,
                                               const QString &region, const QString &keyId,
                                               const QString &secret)
{
    const bool aliyun = origin == ImportCandidate::Origin::AliyunCli;
    const Cloud cloud = aliyun ? Cloud::Aliyun : Cloud::Tencent;
    const QString tool = aliyun ? tr("Alibaba Cloud CLI") : tr("Tencent Cloud CLI");
    ImportCandidate candidate;
    candidate.origin = origin;
    candidate.source = source;
    candidate.profile = profile;
    candidate.label = region.isEmpty() ? tr("%1, profile \"%2\"").arg(tool, profile)
                                       : tr("%1, profile \"%2\" (%3)").arg(tool, profile, region);
    candidate.account.cloud = cloud;
    candidate.account.id = suggestedId(cloudId(cloud) + u'-' + profile);
    candidate.account.name = tr("%1 (%2)").arg(cloudDisplayName(cloud), profile);
    candidate.account.accessKeyId = keyId;
    if (isPlausibleRegion(region))
        candidate.account.regions = { region };
    candidate.credentials = Credentials(keyId, secret.toUtf8());
    return candidate;
}

std::optional<QByteArray> CredentialImport::readSmallFile(const QString &path, ImportResult *result)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result->problems.append({ path, tr("cannot be read: %1").arg(file.errorString()) });
        return std::nullopt;
    }
    if (file.size() > maximumFileSize) {
        result->problems.append({ path, tr("is larger than 1 MiB; not a CLI configuration.") });
        return std::nullopt;
    }
    return file.read(maximumFileSize);
}
