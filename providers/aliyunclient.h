// The Alibaba Cloud ECS client: the ProviderClient engine driving AliyunProtocol.
#pragma once

#include "providerclient.h"

class AliyunClient : public ProviderClient
{
    Q_OBJECT

public:
    explicit AliyunClient(QNetworkAccessManager *network, RequestSlots *requestSlots = nullptr,
                          QObject *parent = nullptr);
};
