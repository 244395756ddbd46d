#include "tencentclient.h"

#include "tencentprotocol.h"

TencentClient::TencentClient(QNetworkAccessManager *network, RequestSlots *requestSlots,
                             QObject *parent)
    : ProviderClient(std::make_unique<TencentProtocol>(), network, requestSlots, parent)
{ }
