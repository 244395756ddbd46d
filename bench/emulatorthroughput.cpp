// Benchmark: what the emulator sustains on loopback with a 10,000-instance fleet spread over
// the four clouds. Prints one JSON object: saturation throughput (keep-alive connections
// issuing signed status requests back to back), latency at a fixed 200 requests/s, and the
// wall time of a full status and details refresh at each API's largest page size, with and
// without 50 ms of injected latency. The load generator signs every request as a client
// would (fresh nonce and timestamp) and runs in the same process, so its CPU counts against
// the figures: they are a lower bound of the server's capacity.
#include "emulator.h"
#include "signedrequests.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int instancesPerScope = 1250; // 8 scopes: 10,000 instances

// One keep-alive connection to one cloud's listener, one request at a time.
class LoadConnection
{
public:
    using Done = std::function<void(LoadConnection *, int status, qint64 micros)>;

    LoadConnection(Cloud cloud, quint16 port, Done done)
        : m_cloud(cloud)
        , m_done(std::move(done))
    {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { read(); });
        m_socket.connectToHost(u"127.0.0.1"_s, port);
        m_socket.waitForConnected(5000);
    }

    Cloud cloud() const { return m_cloud; }
    bool idle() const { return !m_busy; }
    void send(const QByteArray &bytes, qint64 startedMicros)
    {
        m_busy = true;
        m_started = startedMicros;
        m_socket.write(bytes);
    }
    static qint64 nowMicros()
    {
        static QElapsedTimer clock = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        return clock.nsecsElapsed() / 1000;
    }

private:
    void read()
    {
        m_in += m_socket.readAll();
        for (;;) {
            const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const qsizetype at = m_in.indexOf("Content-Length: ");
            const qsizetype length =
                m_in.mid(at + 16, m_in.indexOf('\r', at) - at - 16).toLongLong();
            if (m_in.size() < headEnd + 4 + length)
                return;
            const int status = m_in.mid(9, 3).toInt();
            m_in.remove(0, headEnd + 4 + length);
            m_busy = false;
            m_done(this, status, nowMicros() - m_started);
        }
    }

    Cloud m_cloud;
    Done m_done;
    QTcpSocket m_socket;
    QByteArray m_in;
    bool m_busy = false;
    qint64 m_started = 0;
};

struct Page
{
    Cloud cloud;
    QString account;
    QString region;
    int number; // from 1
    bool details;
};

class Bench
{
public:
    explicit Bench(Emulator &emulator)
        : m_emulator(emulator)
    { }

    // Every page of every scope at the largest page size each API allows.
    QList<Page> refreshPlan(bool details) const
    {
        QList<Page> pages;
        for (const EmulatorAccount &account : m_emulator.config().accounts) {
            const int size = pageSize(account.cloud, details);
            const QStringList regions =
                account.cloud == Cloud::Zenlayer ? QStringList { QString() } : account.regions;
            for (const QString &region : regions) {
                const int total = account.cloud == Cloud::Zenlayer
                    ? instancesPerScope * int(account.regions.size())
                    : instancesPerScope;
                for (int n = 1; n <= (total + size - 1) / size; ++n)
                    pages.append({ account.cloud, account.id, region, n, details });
            }
        }
        return pages;
    }

    static int pageSize(Cloud cloud, bool details)
    {
        switch (cloud) {
        case Cloud::Aliyun:
            return details ? 100 : 50;
        case Cloud::Zenlayer:
            return 1000;
        default:
            return 100;
        }
    }

    QByteArray request(const Page &page)
    {
        const SignedRequests sign(m_emulator.port(page.cloud));
        const Credentials key = m_emulator.credentials(page.account);
        const QDateTime now = m_emulator.clock().now();
        const int size = pageSize(page.cloud, page.details);
        const QString nonce = QString::number(++m_nonce);
        WireRequest request;
        switch (page.cloud) {
        case Cloud::JdCloud:
            request =
                sign.jdCloud(key, page.region, page.details ? u"instances"_s : u"instanceStatus"_s,
                             { { u"pageNumber"_s, QString::number(page.number) },
                               { u"pageSize"_s, QString::number(size) } },
                             now, nonce);
            break;
        case Cloud::Zenlayer:
            request = sign.zenlayer(
                key, page.details ? u"DescribeInstances"_s : u"DescribeInstancesStatus"_s,
                u"{\"pageSize\":%1,\"pageNum\":%2}"_s.arg(size).arg(page.number).toUtf8(), now);
            break;
        case Cloud::Aliyun:
            request = sign.aliyun(
                key,
                { { u"Action"_s,
                    page.details ? u"DescribeInstances"_s : u"DescribeInstanceStatus"_s },
                  { u"RegionId"_s, page.region },
                  { u"PageSize"_s, QString::number(size) },
                  { u"PageNumber"_s, QString::number(page.number) } },
                now, nonce);
            break;
        case Cloud::Tencent:
            request = sign.tencentTc3(
                key, page.details ? u"DescribeInstances"_s : u"DescribeInstancesStatus"_s,
                page.region,
                u"{\"Offset\":%1,\"Limit\":%2}"_s.arg((page.number - 1) * size).arg(size).toUtf8(),
                now);
            break;
        }
        return request.bytes(m_emulator.port(page.cloud));
    }

    // Sends `pages` over `perCloud` connections per cloud, `concurrency` at most in flight
    // overall; returns the wall time in ms and the failures.
    QJsonObject refresh(const QList<Page> &pages, int concurrency)
    {
        std::deque<Page> queue(pages.begin(), pages.end());
        std::vector<std::unique_ptr<LoadConnection>> pool;
        int inFlight = 0;
        int done = 0;
        int failures = 0;
        QEventLoop loop;
        std::function<void()> pump = [&] {
            while (inFlight < concurrency && !queue.empty()) {
                LoadConnection *idle = nullptr;
                for (auto &c : pool) {
                    if (c->idle() && c->cloud() == queue.front().cloud)
                        idle = c.get();
                }
                if (!idle) {
                    pool.push_back(std::make_unique<LoadConnection>(
                        queue.front().cloud, m_emulator.port(queue.front().cloud),
                        [&](LoadConnection *, int status, qint64) {
                            --inFlight;
                            ++done;
                            failures += status != 200;
                            if (done == pages.size())
                                loop.quit();
                            else
                                pump();
                        }));
                    idle = pool.back().get();
                }
                idle->send(request(queue.front()), LoadConnection::nowMicros());
                queue.pop_front();
                ++inFlight;
            }
        };
        QElapsedTimer timer;
        timer.start();
        pump();
        loop.exec();
        return { { "pages", int(pages.size()) },
                 { "concurrency", concurrency },
                 { "wallMs", timer.elapsed() },
                 { "failures", failures } };
    }

    // Back-to-back requests on `perCloud` connections per cloud for `ms`.
    QJsonObject saturate(int perCloud, int ms)
    {
        const QList<Page> plan = refreshPlan(false);
        std::vector<std::unique_ptr<LoadConnection>> pool;
        std::vector<qint64> latencies;
        int next = 0;
        int failures = 0;
        bool stopping = false;
        auto pageFor = [&](Cloud cloud) {
            for (;;) {
                const Page &page = plan.at(next++ % plan.size());
                if (page.cloud == cloud)
                    return page;
            }
        };
        for (Cloud cloud : allClouds) {
            for (int i = 0; i < perCloud; ++i) {
                pool.push_back(std::make_unique<LoadConnection>(
                    cloud, m_emulator.port(cloud),
                    [&](LoadConnection *c, int status, qint64 micros) {
                        latencies.push_back(micros);
                        failures += status != 200;
                        if (!stopping)
                            c->send(request(pageFor(c->cloud())), LoadConnection::nowMicros());
                    }));
            }
        }
        QElapsedTimer timer;
        timer.start();
        for (auto &c : pool)
            c->send(request(pageFor(c->cloud())), LoadConnection::nowMicros());
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, [&] {
            stopping = true;
            loop.quit();
        });
        loop.exec();
        const double seconds = double(timer.elapsed()) / 1000;
        QCoreApplication::processEvents(); // let the last answers drain
        return summary(latencies, seconds, failures, int(pool.size()));
    }

    // Requests issued on a fixed schedule, whatever the answers do (open loop).
    QJsonObject fixedRate(int perSecond, int ms)
    {
        const QList<Page> plan = refreshPlan(false);
        std::vector<std::unique_ptr<LoadConnection>> pool;
        std::vector<qint64> latencies;
        std::deque<std::pair<Page, qint64>> backlog;
        int failures = 0;
        int issued = 0;
        auto dispatch = [&] {
            while (!backlog.empty()) {
                LoadConnection *idle = nullptr;
                for (auto &c : pool) {
                    if (c->idle() && c->cloud() == backlog.front().first.cloud)
                        idle = c.get();
                }
                if (!idle)
                    return;
                idle->send(request(backlog.front().first), backlog.front().second);
                backlog.pop_front();
            }
        };
        for (Cloud cloud : allClouds) {
            for (int i = 0; i < 4; ++i)
                pool.push_back(std::make_unique<LoadConnection>(
                    cloud, m_emulator.port(cloud),
                    [&](LoadConnection *, int status, qint64 micros) {
                        latencies.push_back(micros);
                        failures += status != 200;
                        dispatch();
                    }));
        }
        QElapsedTimer timer;
        timer.start();
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const qint64 due = timer.elapsed() * perSecond / 1000;
            for (; issued < due; ++issued)
                backlog.push_back({ plan.at(issued % plan.size()), LoadConnection::nowMicros() });
            dispatch();
        });
        ticker.start();
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
        ticker.stop();
        const double seconds = double(timer.elapsed()) / 1000;
        QJsonObject result = summary(latencies, seconds, failures, int(pool.size()));
        result.insert(u"targetPerSecond", perSecond);
        return result;
    }

private:
    static QJsonObject summary(std::vector<qint64> latencies, double seconds, int failures,
                               int connections)
    {
        std::sort(latencies.begin(), latencies.end());
        auto percentile = [&](double p) {
            return latencies.empty()
                ? 0.0
                : double(latencies.at(size_t(p * double(latencies.size() - 1)))) / 1000;
        };
        return { { "connections", connections },
                 { "requests", qint64(latencies.size()) },
                 { "failures", failures },
                 { "seconds", seconds },
                 { "requestsPerSecond", std::round(double(latencies.size()) / seconds) },
                 { "latencyMsP50", percentile(0.5) },
                 { "latencyMsP99", percentile(0.99) },
                 { "latencyMsMax", percentile(1.0) } };
    }

    Emulator &m_emulator;
    int m_nonce = 0;
};

EmulatorConfig fleetOf10000()
{
    EmulatorConfig config;
    config.seed = 9;
    config.logRequests = false;
    config.timeScale = 60; // the fleet keeps changing while it is listed
    config.dynamics.meanDwellMs = 10 * 60 * 1000;
    const struct
    {
        const char *id;
        Cloud cloud;
        QStringList regions;
    } rows[] = { { "jd", Cloud::JdCloud, { u"cn-north-1"_s, u"cn-east-2"_s } },
                 { "zenlayer", Cloud::Zenlayer, { u"HKG-A"_s, u"SEL-A"_s } },
                 { "aliyun", Cloud::Aliyun, { u"cn-hangzhou"_s, u"cn-shanghai"_s } },
                 { "tencent", Cloud::Tencent, { u"ap-guangzhou"_s, u"ap-shanghai"_s } } };
    for (const auto &row : rows) {
        EmulatorAccount account;
        account.id = QString::fromLatin1(row.id);
        account.cloud = row.cloud;
        account.accessKeyId = EmulatorConfig::generateKeyId(row.cloud);
        account.secret = EmulatorConfig::generateSecret(row.cloud);
        account.regions = row.regions;
        account.instancesPerRegion = instancesPerScope;
        config.accounts.append(account);
    }
    return config;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const EmulatorConfig config = fleetOf10000();
    Emulator emulator(config);
    if (!emulator.start())
        qFatal("%s", qPrintable(emulator.errorString()));
    Bench bench(emulator);

    QJsonObject figures { { "benchmark", "emulator_throughput" },
                          { "instances", config.totalInstances() },
                          { "threadCount", QThread::idealThreadCount() } };
    bench.refresh(bench.refreshPlan(false), 8); // warm-up
    figures.insert(u"saturation", bench.saturate(4, 4000));
    figures.insert(u"fixedRate200", bench.fixedRate(200, 4000));
    figures.insert(u"statusRefresh", bench.refresh(bench.refreshPlan(false), 8));
    figures.insert(u"detailsRefresh", bench.refresh(bench.refreshPlan(true), 8));

    FaultRule latency;
    latency.profile.latencyMs = 50;
    emulator.setFaults({ latency });
    const QList<Page> plan = bench.refreshPlan(false);
    QJsonObject slow = bench.refresh(plan, 8);
    const qint64 lowerBound = (plan.size() + 7) / 8 * 50;
    slow.insert(u"latencyMs", 50);
    slow.insert(u"lowerBoundMs", lowerBound);
    slow.insert(u"ratioToLowerBound",
                std::round(slow.value(u"wallMs").toDouble() / double(lowerBound) * 100) / 100);
    figures.insert(u"statusRefreshWith50msLatency", slow);
    figures.insert(u"serverRequests", emulator.totalRequests());

    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Indented);
    return 0;
}
