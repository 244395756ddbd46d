#include "jdcloudclient.h"

#include "jdcloudprotocol.h"

JdCloudClient::JdCloudClient(QNetworkAccessManager *network, RequestSlots *requestSlots,
                             QObject *parent)
    : ProviderClient(std::make_unique<JdCloudProtocol>(), network, requestSlots, parent)
{ }
