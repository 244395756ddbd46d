// Profiles of the Tencent Cloud CLI (tccli), one pair of JSON files per profile in ~/.tccli:
//   <profile>.credential  {"secretId": "...", "secretKey": "...", "token": "..."}
//   <profile>.configure   {"_sys_param": {"region": "ap-guangzhou", "output": "json"}, ...}
// (tccli/configure.py in github.com/TencentCloud/tencentcloud-cli; versions before 3.0.30
// kept "region" at the top level of .configure, still read here). A credential with a token
// is temporary, one with "type": "cvm-role" has no key, and tccli writes "None" for values
// left blank at its prompts: none of those is importable, and each is reported.
#pragma once

#include "importcandidate.h"

#include <QByteArrayView>
#include <QCoreApplication>

class TencentCliImport
{
    Q_DECLARE_TR_FUNCTIONS(TencentCliImport)

public:
    static QString configDir(const QString &homeDir);
    // Reads every <profile>.credential in <homeDir>/.tccli with its .configure.
    static ImportResult read(const QString &homeDir);
    // One profile from its two files' contents; `configure` may be empty (no such file).
    static ImportResult parse(const QString &profile, QByteArrayView credential,
                              QByteArrayView configure, const QString &credentialPath,
                              const QString &configurePath);
};
