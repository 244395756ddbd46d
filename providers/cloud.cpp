#include "cloud.h"

#include <QCoreApplication>

QString cloudId(Cloud cloud)
{
    switch (cloud) {
    case Cloud::JdCloud:
        return QStringLiteral("jdcloud");
    case Cloud::Zenlayer:
        return QStringLiteral("zenlayer");
    case Cloud::Aliyun:
        return QStringLiteral("aliyun");
    case Cloud::Tencent:
        return QStringLiteral("tencent");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Cloud> cloudFromId(QStringView id)
{
    for (Cloud cloud : allClouds) {
        if (id == cloudId(cloud))
            return cloud;
    }
    return std::nullopt;
}

QString cloudDisplayName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::JdCloud:
        return QCoreApplication::translate("Cloud", "JD Cloud");
    case Cloud::Zenlayer:
        return QCoreApplication::translate("Cloud", "Zenlayer Cloud");
    case Cloud::Aliyun:
        return QCoreApplication::translate("Cloud", "Alibaba Cloud");
    case Cloud::Tencent:
        return QCoreApplication::translate("Cloud", "Tencent Cloud");
    }
    Q_UNREACHABLE();
    return {};
}

QString cloudKeyIdName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::JdCloud:
    case Cloud::Zenlayer:
        return QStringLiteral("Access Key ID");
    case Cloud::Aliyun:
        return QStringLiteral("AccessKey ID");
    case Cloud::Tencent:
        return QStringLiteral("SecretId");
    }
    Q_UNREACHABLE();
    return {};
}

QString cloudSecretName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::JdCloud:
        return QStringLiteral("Access Key Secret");
    case Cloud::Zenlayer:
        return QStringLiteral("Access Key Password");
    case Cloud::Aliyun:
        return QStringLiteral("AccessKey Secret");
    case Cloud::Tencent:
        return QStringLiteral("SecretKey");
    }
    Q_UNREACHABLE();
    return {};
}
