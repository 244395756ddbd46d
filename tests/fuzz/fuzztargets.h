// The fuzz targets: each takes one input of arbitrary bytes, runs the code under test on it and
// checks what came out (see FuzzCheck). One function per target, so that the same code serves
// as a libFuzzer target (fuzzentry.cpp, built with -DFLEETWATCH_FUZZ=ON and clang) and as the
// replay of the committed seeds and crash inputs in every ordinary build (tst_fuzzregressions).
#pragma once

#include <cstddef>
#include <cstdint>

namespace FuzzTargets {

using Function = int (*)(const uint8_t *data, size_t size);

// A cloud's reply: the body under a range of HTTP statuses, for both listing calls, through
// the protocol's parseReply, the engine's error annotation and the page assembler. An input
// starting with "@" carries its own status line and headers first (see replyfuzzing.cpp).
int jdcloudReply(const uint8_t *data, size_t size);
int zenlayerReply(const uint8_t *data, size_t size);
int aliyunReply(const uint8_t *data, size_t size);
int tencentReply(const uint8_t *data, size_t size);
// The accounts file: AccountsDocument::parse, and for a valid file serialize() and parse again.
int accountsDocument(const uint8_t *data, size_t size);

struct Target
{
    const char *name; // the executable's and the data folders' name
    Function function;
};

inline constexpr Target all[] = {
    { "fuzz_jdcloud_reply", jdcloudReply },         { "fuzz_zenlayer_reply", zenlayerReply },
    { "fuzz_aliyun_reply", aliyunReply },           { "fuzz_tencent_reply", tencentReply },
    { "fuzz_accounts_document", accountsDocument },
};

} // namespace FuzzTargets
