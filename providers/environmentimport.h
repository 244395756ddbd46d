// Key pairs in the environment variables the clouds' own tools read:
//   Alibaba Cloud  ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET, region
//                  ALIBABA_CLOUD_REGION_ID (credentials SDKs and aliyun-cli; the CLI also reads
//                  the ALIBABACLOUD_ and ALICLOUD_ spellings, so these are read too)
//   Tencent Cloud  TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_REGION
//                  (tencentcloud SDKs and tccli)
//   JD Cloud       JDCLOUD_ACCESS_KEY / JDCLOUD_SECRET_KEY, JDCLOUD_REGION (the SDKs read
//                  none; these are the names JD's Packer builder uses)
//   Zenlayer       ZENLAYERCLOUD_ACCESS_KEY_ID / ZENLAYERCLOUD_ACCESS_KEY_PASSWORD (the SDKs
//                  read none; these are the names of Zenlayer's Terraform provider)
// A security token beside a pair (ALIBABA_CLOUD_SECURITY_TOKEN, TENCENTCLOUD_TOKEN) marks
// temporary credentials, which are reported, not imported; so is half a pair.
#pragma once

#include "importcandidate.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

class EnvironmentImport
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentImport)

public:
    static ImportResult read(const QProcessEnvironment &environment);
};
