// The Tencent Cloud CVM client: the ProviderClient engine driving TencentProtocol.
#pragma once

#include "providerclient.h"

class TencentClient : public ProviderClient
{
    Q_OBJECT

public:
    explicit TencentClient(QNetworkAccessManager *network, RequestSlots *requestSlots = nullptr,
                           QObject *parent = nullptr);
};
