// What must hold for whatever a parser makes of hostile input, checked by the fuzz targets.
// A failed check prints what was wrong and aborts, so libFuzzer keeps the input as a crash and
// the regression test fails on it. The checks are written apart from the code under test (no
// JsonBody helpers), so a bug there cannot hide behind the same bug here.
#pragma once

#include "fetcherror.h"
#include "listingquery.h"
#include "pageresult.h"
#include "rawreply.h"

#include <QString>
#include <QStringView>

namespace FuzzCheck {

// Prints `what` (and `detail`) to stderr and aborts when `condition` is false.
void require(bool condition, const char *what, const QString &detail = {});

// An id, state or code as the parsers promise them: 1..256 characters, no space, no control
// or format character, no lone surrogate.
bool isCleanToken(QStringView text, qsizetype maxLength = 256);
// Text safe to show on one line: no control or format character, at most `maxLength`.
bool isPlainText(QStringView text, qsizetype maxLength);

// A page from a reply with `httpStatus`: either an error and nothing else, or (only for a 200)
// items of the asked kind whose every field keeps the parsers' promises.
void checkPage(const PageResult &page, ListingKind kind, int httpStatus);
// An error as shown to users and written to logs: plain text, bounded, with a code.
void checkError(const FetchError &error);

} // namespace FuzzCheck
