// What a cloud front-end understood of one request before answering it: which call, the key
// id that signed it, the region it names, its decoded parameters or JSON body — or the error
// that stops it at once (an unknown path, an unreadable body).
#pragma once

#include "faultprofile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

struct ApiError
{
    int httpStatus = 400;
    QString code;
    QString message;
};

struct CloudRequest
{
    ApiCall call = ApiCall::Status;
    QString action;
    QString keyId;
    QString region; // as the request names it; empty for Zenlayer
    QList<std::pair<QString, QString>> params; // decoded query and form parameters, wire order
    QJsonObject json; // the JSON body, when the API takes one
    bool xml = false; // Alibaba Cloud Format=XML (its default)
    std::optional<ApiError> error; // answered at once, before the signature is looked at
    std::optional<ApiError> paramError; // answered once the signature has been accepted

    QString param(QStringView name) const
    {
        for (const auto &[key, value] : params) {
            if (key == name)
                return value;
        }
        return {};
    }
    bool hasParam(QStringView name) const
    {
        for (const auto &pair : params) {
            if (pair.first == name)
                return true;
        }
        return false;
    }
};
