// EnvironmentImport: one candidate per cloud whose key pair is set in the environment.
#include "environmentimport.h"

#include "credentialimport.h"

using namespace Qt::StringLiterals;

namespace {

struct Names
{
    Cloud cloud;
    QStringList keyId; // alternatives, first set wins
    QStringList secret;
    QStringList region;
    QStringList token; // set: temporary credentials
};

const QList<Names> &allNames()
{
    static const QList<Names> names {
        { Cloud::Aliyun,
          { u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"ALIBABACLOUD_ACCESS_KEY_ID"_s,
            u"ALICLOUD_ACCESS_KEY_ID"_s },
          { u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"ALIBABACLOUD_ACCESS_KEY_SECRET"_s,
            u"ALICLOUD_ACCESS_KEY_SECRET"_s },
          { u"ALIBABA_CLOUD_REGION_ID"_s, u"ALIBABACLOUD_REGION_ID"_s, u"ALICLOUD_REGION_ID"_s },
          { u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, u"ALIBABACLOUD_SECURITY_TOKEN"_s,
            u"ALICLOUD_SECURITY_TOKEN"_s } },
        { Cloud::Tencent,
          { u"TENCENTCLOUD_SECRET_ID"_s },
          { u"TENCENTCLOUD_SECRET_KEY"_s },
          { u"TENCENTCLOUD_REGION"_s },
          { u"TENCENTCLOUD_TOKEN"_s, u"TENCENTCLOUD_SECURITY_TOKEN"_s } },
        { Cloud::JdCloud,
          { u"JDCLOUD_ACCESS_KEY"_s },
          { u"JDCLOUD_SECRET_KEY"_s },
          { u"JDCLOUD_REGION"_s },
          {} },
        { Cloud::Zenlayer,
          { u"ZENLAYERCLOUD_ACCESS_KEY_ID"_s },
          { u"ZENLAYERCLOUD_ACCESS_KEY_PASSWORD"_s },
          {},
          {} },
    };
    return names;
}

// The first of `names` that is set and not blank, or an empty string.
QString firstSet(const QProcessEnvironment &environment, const QStringList &names)
{
    for (const QString &name : names) {
        if (!environment.value(name).trimmed().isEmpty())
            return name;
    }
    return QString();
}

} // namespace

ImportResult EnvironmentImport::read(const QProcessEnvironment &environment)
{
    ImportResult result;
    for (const Names &names : allNames()) {
        const QString keyIdName = firstSet(environment, names.keyId);
        const QString secretName = firstSet(environment, names.secret);
        if (keyIdName.isEmpty() && secretName.isEmpty())
            continue;
        if (keyIdName.isEmpty() || secretName.isEmpty()) {
            const QString set = keyIdName.isEmpty() ? secretName : keyIdName;
            const QString missing =
                keyIdName.isEmpty() ? names.keyId.constFirst() : names.secret.constFirst();
            result.problems.append({ set,
                                     tr("%1 is set but %2 is not; %3 was not imported.")
                                         .arg(set, missing, cloudDisplayName(names.cloud)) });
            continue;
        }
        const QString tokenName = firstSet(environment, names.token);
        if (!tokenName.isEmpty()) {
            result.problems.append(
                { tokenName,
                  tr("%1 is set, so the %2 key in %3 is temporary and would soon stop "
                     "working; it was not imported.")
                      .arg(tokenName, cloudDisplayName(names.cloud), keyIdName) });
            continue;
        }

        ImportCandidate candidate;
        candidate.origin = ImportCandidate::Origin::Environment;
        candidate.source = keyIdName + u", "_s + secretName;
        candidate.secretVariable = secretName;
        const QString regionName = firstSet(environment, names.region);
        const QString region =
            regionName.isEmpty() ? QString() : environment.value(regionName).trimmed();
        candidate.label =
            tr("%1 key from the environment (%2)").arg(cloudDisplayName(names.cloud), keyIdName);
        candidate.account.cloud = names.cloud;
        candidate.account.id = CredentialImport::suggestedId(cloudId(names.cloud) + u"-env"_s);
        candidate.account.name = tr("%1 (environment)").arg(cloudDisplayName(names.cloud));
        candidate.account.accessKeyId = environment.value(keyIdName).trimmed();
        if (names.cloud != Cloud::Zenlayer && CredentialImport::isPlausibleRegion(region))
            candidate.account.regions = { region };
        candidate.credentials = Credentials(candidate.account.accessKeyId,
                                            environment.value(secretName).trimmed().toUtf8());
        result.candidates.append(std::move(candidate));
    }
    return result;
}
