// The emulator's server side, living in its own thread: one loopback listener per cloud,
// each speaking only that cloud's real paths, and the cloud front-ends behind them.
#pragma once

#include "cloudapi.h"
#include "emulatorstate.h"
#include "httpserver.h"

#include <QObject>

#include <array>
#include <memory>

class EmulatorServer : public QObject
{
    Q_OBJECT

public:
    explicit EmulatorServer(EmulatorState &state);
    ~EmulatorServer() override;

    // Called in the server thread. basePort 0: free ports; else basePort + cloud index.
    bool start(quint16 basePort, QString *error);
    void stop();
    quint16 port(Cloud cloud) const { return m_ports[size_t(cloud)]; }

private:
    EmulatorState &m_state;
    std::array<std::unique_ptr<CloudApi>, 4> m_apis;
    std::array<HttpServer *, 4> m_servers {};
    std::array<quint16, 4> m_ports {};
};
