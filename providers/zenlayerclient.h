// The Zenlayer VM client: the ProviderClient engine driving ZenlayerProtocol.
#pragma once

#include "providerclient.h"

class ZenlayerClient : public ProviderClient
{
    Q_OBJECT

public:
    explicit ZenlayerClient(QNetworkAccessManager *network, RequestSlots *requestSlots = nullptr,
                            QObject *parent = nullptr);
};
