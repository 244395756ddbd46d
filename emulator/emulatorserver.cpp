#include "emulatorserver.h"

#include "aliyunapi.h"
#include "jdcloudapi.h"
#include "tencentapi.h"
#include "zenlayerapi.h"

EmulatorServer::EmulatorServer(EmulatorState &state)
    : m_state(state)
{
    m_apis[size_t(Cloud::JdCloud)] = std::make_unique<JdCloudApi>(state);
    m_apis[size_t(Cloud::Zenlayer)] = std::make_unique<ZenlayerApi>(state);
    m_apis[size_t(Cloud::Aliyun)] = std::make_unique<AliyunApi>(state);
    m_apis[size_t(Cloud::Tencent)] = std::make_unique<TencentApi>(state);
}

EmulatorServer::~EmulatorServer()
{
    stop();
}

bool EmulatorServer::start(quint16 basePort, QString *error)
{
    HttpLimits limits;
    limits.maxBodyBytes = m_state.config().maxRequestBytes;
    limits.date = [state = &m_state] { return CloudApi::httpDate(state->clock().now()); };
    for (Cloud cloud : allClouds) {
        CloudApi *api = m_apis[size_t(cloud)].get();
        auto *server =
            new HttpServer([api](const HttpRequest &request) { return api->handle(request); },
                           limits, m_state.config().maxConnections, this);
        m_servers[size_t(cloud)] = server;
        const quint16 port = basePort ? quint16(basePort + quint16(cloud)) : 0;
        if (!server->listen(port)) {
            if (error)
                *error = QStringLiteral("cannot listen on 127.0.0.1:%1 for %2: %3")
                             .arg(port)
                             .arg(cloudId(cloud), server->errorString());
            stop();
            return false;
        }
        m_ports[size_t(cloud)] = server->port();
    }
    return true;
}

void EmulatorServer::stop()
{
    for (HttpServer *&server : m_servers) {
        if (server) {
            server->close();
            delete server;
            server = nullptr;
        }
    }
    m_ports = {};
}
