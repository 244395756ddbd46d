#include "zenlayerclient.h"

#include "zenlayerprotocol.h"

ZenlayerClient::ZenlayerClient(QNetworkAccessManager *network, RequestSlots *requestSlots,
                               QObject *parent)
    : ProviderClient(std::make_unique<ZenlayerProtocol>(), network, requestSlots, parent)
{ }
