#include "aliyunclient.h"

#include "aliyunprotocol.h"

AliyunClient::AliyunClient(QNetworkAccessManager *network, RequestSlots *requestSlots,
                           QObject *parent)
    : ProviderClient(std::make_unique<AliyunProtocol>(), network, requestSlots, parent)
{ }
