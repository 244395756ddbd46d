// What an import found: a draft account with its secret and where it came from, ready for the
// user to pick (the accounts dialog), plus the problems met on the way, one per file or entry,
// so a broken CLI file is reported instead of silently skipped. Parsers: AliyunCliImport,
// TencentCliImport, EnvironmentImport; all of them at once: CredentialImport.
#pragma once

#include "account.h"
#include "credentials.h"

#include <QList>
#include <QString>

struct ImportCandidate
{
    enum class Origin : quint8 { AliyunCli, TencentCli, Environment };

    Origin origin = Origin::Environment;
    QString source; // the file read, or the environment variables' names
    QString profile; // the CLI profile name; empty for the environment
    QString label; // for people: "Alibaba Cloud CLI, profile "default" (cn-hangzhou)"
    Account account; // draft: suggested id, name, cloud, access key id, regions (may be empty)
    Credentials credentials; // access key id and secret
    // For Origin::Environment: the variable holding the secret, which an account can name in
    // secretEnv instead of copying the secret into the keychain.
    QString secretVariable;
};

struct ImportProblem
{
    QString source; // the file or variable concerned
    QString message; // plain words; never contains a secret
};

struct ImportResult
{
    QList<ImportCandidate> candidates;
    QList<ImportProblem> problems;

    void append(ImportResult other)
    {
        candidates.append(std::move(other.candidates));
        problems.append(std::move(other.problems));
    }
};
