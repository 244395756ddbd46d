// Defensive reading of a cloud's JSON answer. Every failure becomes a short, plain explanation
// ("field \"totalCount\" is a string, expected a number") that ends up in a Malformed error, so
// a broken proxy page or a changed API is reported precisely instead of crashing or guessing.
#pragma once

#include "fetcherror.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class JsonBody
{
public:
    // Longest id, state or code kept from a server; anything longer is not what the API sends.
    static constexpr qsizetype maxTokenLength = 256;
    // Longest free text (names, messages) kept; longer text is cut.
    static constexpr qsizetype maxTextLength = 1024;

    // Parses `body` as one JSON object. Empty bodies, HTML pages, truncated or invalid JSON and
    // non-object documents give a Malformed error saying which.
    static std::optional<FetchError> parseObject(QByteArrayView body, QJsonObject &out);

    static FetchError malformed(const QString &explanation, const QString &requestId = {});

    // Each reader returns false and sets `why` when the field is missing (if required) or of the
    // wrong type; `path` names the field in the explanation ("result.totalCount").
    static bool readToken(const QJsonObject &obj, QLatin1StringView key, QStringView path,
                          QString &out, QString &why, bool required = true);
    static bool readText(const QJsonObject &obj, QLatin1StringView key, QStringView path,
                         QString &out, QString &why);
    static bool readCount(const QJsonObject &obj, QLatin1StringView key, QStringView path,
                          qint64 &out, QString &why);
    static bool readObject(const QJsonObject &obj, QLatin1StringView key, QStringView path,
                           QJsonObject &out, QString &why, bool required = true);
    // A missing key or JSON null reads as an empty array when not required.
    static bool readArray(const QJsonObject &obj, QLatin1StringView key, QStringView path,
                          QJsonArray &out, QString &why, bool required = true);
    // An array of strings (IP lists); null/missing is an empty list.
    static bool readTokenList(const QJsonObject &obj, QLatin1StringView key, QStringView path,
                              QStringList &out, QString &why);

    // Server text made safe to show and log: control characters dropped, length capped.
    static QString plainText(QStringView text, qsizetype maxLength = maxTextLength);
    // The JSON type's name for explanations ("a string", "null").
    static QString typeName(const QJsonValue &value);
};
