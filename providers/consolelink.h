// The web-console address of one instance, per cloud (specs/API.md, "Opening an instance in the
// web console"). Pure: no network, no widgets; the window opens what this builds.
#pragma once

#include "instancekey.h"

#include <QString>
#include <QUrl>

#include <optional>

struct ConsoleLink
{
    QUrl url;
    // False when the console could only be opened on a list page (Tencent regions whose numeric
    // console id is not known): the user then has to find the instance there by its id.
    bool exact = true;

    // The console page for the instance. `region` is the instance's own region when known
    // (for Zenlayer the scope has none, and its console needs none).
    static ConsoleLink forInstance(const InstanceKey &key, const QString &region = {});

    // Tencent Cloud's console addresses regions by number ("ap-guangzhou" is 1); the API by name.
    static std::optional<int> tencentNumericRegion(const QString &region);
};
