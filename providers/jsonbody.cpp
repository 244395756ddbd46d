#include "jsonbody.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// JSON never starts with '<'; HTML error pages and XML answers always do.
bool looksLikeMarkup(QByteArrayView body)
{
    return body.trimmed().startsWith('<');
}

bool isTruncation(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
    case QJsonParseError::IllegalValue: // what Qt reports for a document that ends mid-value
        return true;
    default:
        return false;
    }
}

bool isCleanToken(QStringView text)
{
    if (text.isEmpty() || text.size() > JsonBody::maxTokenLength)
        return false;
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.isSpace())
            return false;
    }
    return true;
}

} // namespace

std::optional<FetchError> JsonBody::parseObject(QByteArrayView body, QJsonObject &out)
{
    if (body.trimmed().isEmpty())
        return malformed(u"The answer was empty."_s);
    if (looksLikeMarkup(body)) {
        return malformed(u"The answer was an HTML or XML page, not JSON (often a proxy, firewall "
                         "or captive portal in between)."_s);
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArrayView trimmed = body.trimmed();
        const bool opened = trimmed.startsWith('{') || trimmed.startsWith('[');
        if (opened && isTruncation(error.error) && error.offset >= trimmed.size() - 1) {
            return malformed(
                u"The answer was cut off: its JSON stops unfinished after %1 bytes."_s.arg(
                    body.size()));
        }
        return malformed(u"The answer is not valid JSON (%1 at byte %2)."_s.arg(error.errorString())
                             .arg(error.offset));
    }
    if (!doc.isObject())
        return malformed(u"The answer is JSON but not an object."_s);
    out = doc.object();
    return std::nullopt;
}

FetchError JsonBody::malformed(const QString &explanation, const QString &requestId)
{
    FetchError e;
    e.kind = FetchError::Kind::Malformed;
    e.code = u"MalformedResponse"_s;
    e.message = explanation;
    e.requestId = requestId;
    return e;
}

QString JsonBody::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        return u"missing"_s;
    }
    return u"unknown"_s;
}

bool JsonBody::readToken(const QJsonObject &obj, QLatin1StringView key, QStringView path,
                         QString &out, QString &why, bool required)
{
    const QJsonValue v = obj.value(key);
    if ((v.isUndefined() || v.isNull()) && !required) {
        out.clear();
        return true;
    }
    if (!v.isString()) {
        why = v.isUndefined() ? u"field \"%1\" is missing"_s.arg(path)
                              : u"field \"%1\" is %2, expected a string"_s.arg(path, typeName(v));
        return false;
    }
    const QString s = v.toString();
    if (s.isEmpty() && !required) {
        out.clear();
        return true;
    }
    if (!isCleanToken(s)) {
        why = s.isEmpty() ? u"field \"%1\" is empty"_s.arg(path)
                          : u"field \"%1\" is not a plausible identifier"_s.arg(path);
        return false;
    }
    out = s;
    return true;
}

bool JsonBody::readText(const QJsonObject &obj, QLatin1StringView key, QStringView path,
                        QString &out, QString &why)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        out.clear();
        return true;
    }
    if (!v.isString()) {
        why = u"field \"%1\" is %2, expected a string"_s.arg(path, typeName(v));
        return false;
    }
    out = plainText(v.toString());
    return true;
}

bool JsonBody::readCount(const QJsonObject &obj, QLatin1StringView key, QStringView path,
                         qint64 &out, QString &why)
{
    const QJsonValue v = obj.value(key);
    if (!v.isDouble()) {
        why = v.isUndefined() ? u"field \"%1\" is missing"_s.arg(path)
                              : u"field \"%1\" is %2, expected a number"_s.arg(path, typeName(v));
        return false;
    }
    const double d = v.toDouble();
    // 2^53: the largest count a JSON number carries exactly.
    if (!(d >= 0) || d > 9007199254740992.0 || std::floor(d) != d) {
        why = u"field \"%1\" is not a non-negative whole number"_s.arg(path);
        return false;
    }
    out = qint64(d);
    return true;
}

bool JsonBody::readObject(const QJsonObject &obj, QLatin1StringView key, QStringView path,
                          QJsonObject &out, QString &why, bool required)
{
    const QJsonValue v = obj.value(key);
    if ((v.isUndefined() || v.isNull()) && !required) {
        out = {};
        return true;
    }
    if (!v.isObject()) {
        why = v.isUndefined() ? u"field \"%1\" is missing"_s.arg(path)
                              : u"field \"%1\" is %2, expected an object"_s.arg(path, typeName(v));
        return false;
    }
    out = v.toObject();
    return true;
}

bool JsonBody::readArray(const QJsonObject &obj, QLatin1StringView key, QStringView path,
                         QJsonArray &out, QString &why, bool required)
{
    const QJsonValue v = obj.value(key);
    if ((v.isUndefined() || v.isNull()) && !required) {
        out = {};
        return true;
    }
    if (!v.isArray()) {
        why = v.isUndefined() ? u"field \"%1\" is missing"_s.arg(path)
                              : u"field \"%1\" is %2, expected an array"_s.arg(path, typeName(v));
        return false;
    }
    out = v.toArray();
    return true;
}

bool JsonBody::readTokenList(const QJsonObject &obj, QLatin1StringView key, QStringView path,
                             QStringList &out, QString &why)
{
    QJsonArray array;
    if (!readArray(obj, key, path, array, why, false))
        return false;
    out.clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        if (!v.isString() || !isCleanToken(v.toString())) {
            why = u"item %1 of \"%2\" is %3, expected a non-empty string"_s.arg(i).arg(path).arg(
                v.isString() ? u"not plausible"_s : typeName(v));
            return false;
        }
        out.append(v.toString());
    }
    return true;
}

QString JsonBody::plainText(QStringView text, qsizetype maxLength)
{
    QString out;
    out.reserve(std::min(text.size(), maxLength));
    for (QChar c : text) {
        if (out.size() >= maxLength)
            break;
        if (c == u'\n' || c == u'\t' || c == u'\r') {
            out.append(u' ');
            continue;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue;
        out.append(c);
    }
    return out.trimmed();
}
