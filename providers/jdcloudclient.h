// The JD Cloud VM client: the ProviderClient engine driving JdCloudProtocol.
#pragma once

#include "providerclient.h"

class JdCloudClient : public ProviderClient
{
    Q_OBJECT

public:
    explicit JdCloudClient(QNetworkAccessManager *network, RequestSlots *requestSlots = nullptr,
                           QObject *parent = nullptr);
};
