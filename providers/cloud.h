// The four clouds Fleetwatch speaks to, and their stable string ids ("jdcloud", "zenlayer",
// "aliyun", "tencent") as written in accounts files, settings and the headless JSON.
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

enum class Cloud : quint8 { JdCloud, Zenlayer, Aliyun, Tencent };

inline constexpr std::array<Cloud, 4> allClouds { Cloud::JdCloud, Cloud::Zenlayer, Cloud::Aliyun,
                                                  Cloud::Tencent };

// Stable, lower-case id; never translated, never changes.
QString cloudId(Cloud cloud);
std::optional<Cloud> cloudFromId(QStringView id);
// Human, translatable product name ("Alibaba Cloud").
QString cloudDisplayName(Cloud cloud);
// What the cloud's console calls the key pair's two halves ("AccessKey ID" / "AccessKey
// Secret", "SecretId" / "SecretKey"): product terms, not translated.
QString cloudKeyIdName(Cloud cloud);
QString cloudSecretName(Cloud cloud);
