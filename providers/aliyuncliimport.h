// Profiles of the Alibaba Cloud CLI (aliyun-cli), ~/.aliyun/config.json:
//   {"current": "default", "profiles": [{"name": "default", "mode": "AK",
//     "access_key_id": "...", "access_key_secret": "...", "region_id": "cn-hangzhou", ...}]}
// (config/configuration.go and config/profile.go in github.com/aliyun/aliyun-cli). Only "AK"
// profiles hold a lasting key pair; StsToken, RamRoleArn, EcsRamRole, CloudSSO, OAuth... are
// reported as not importable. The CLI's never-configured default profile (mode "") is skipped
// without a word.
#pragma once

#include "importcandidate.h"

#include <QByteArrayView>
#include <QCoreApplication>

class AliyunCliImport
{
    Q_DECLARE_TR_FUNCTIONS(AliyunCliImport)

public:
    static QString configPath(const QString &homeDir);
    // Reads <homeDir>/.aliyun/config.json; a missing file is no candidates and no problem.
    static ImportResult read(const QString &homeDir);
    // `path` only labels candidates and problems.
    static ImportResult parse(QByteArrayView json, const QString &path);
};
