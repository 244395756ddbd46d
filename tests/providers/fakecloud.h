// A small stand-in for one cloud's API on top of FakeHttpServer, until the emulator serves
// the tests: it checks each request's signature by re-signing it with the project's signers,
// refuses parameter names and page sizes the API does not document, enforces the clock window,
// and pages through a fleet exactly as the real API does. Faults are injected per request.
#pragma once

#include "account.h"
#include "cloud.h"
#include "fakehttpserver.h"
#include "listingquery.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

struct FakeInstance
{
    QString id;
    QString rawState;
    QString name;
    QString zone;
    QString privateIp;
    QString publicIp;
    QString type;
};

class FakeCloud : public QObject
{
    Q_OBJECT

public:
    FakeCloud(Cloud cloud, QObject *parent = nullptr);

    bool listen() { return m_server.listen(); }
    QUrl baseUrl() const { return m_server.baseUrl(); }
    FakeHttpServer &server() { return m_server; }
    Cloud cloud() const { return m_cloud; }

    static constexpr auto keyId = "AKIDfleetwatchTEST";
    static constexpr auto secret = "fake-secret/with+odd=chars";
    // An account of this cloud pointed at this server.
    Account account(const QString &id = QStringLiteral("acct")) const;
    // The region the scope of `account()` lists ("" for Zenlayer).
    QString region() const;

    // `count` instances with ids in order, states cycling through the documented raw values.
    void setFleet(int count);
    QList<FakeInstance> &fleet() { return m_fleet; }
    void setServerTime(const QDateTime &time) { m_serverTime = time; }
    void setZenlayerWrapped(bool wrapped) { m_zenlayerWrapped = wrapped; }
    // Before the normal handling: return a response to answer this request differently.
    using Fault = std::function<std::optional<FakeResponse>(const FakeRequest &, int page)>;
    void setFault(Fault fault) { m_fault = std::move(fault); }
    void setDelayMs(int ms) { m_delayMs = ms; }

    // What the last requests asked for (1-based page numbers, ids filtered), for assertions.
    QList<int> pagesRequested() const { return m_pages; }
    QList<int> idsPerRequest() const { return m_idCounts; }
    QStringList signatureFailures() const { return m_signatureFailures; }

private:
    FakeResponse handle(const FakeRequest &request);
    FakeResponse page(ListingKind kind, int page, int size, const QStringList &ids) const;
    FakeResponse error(int status, const QString &code, const QString &message) const;

    Cloud m_cloud;
    FakeHttpServer m_server;
    QList<FakeInstance> m_fleet;
    QDateTime m_serverTime;
    bool m_zenlayerWrapped = true;
    Fault m_fault;
    int m_delayMs = 0;
    QList<int> m_pages;
    QList<int> m_idCounts;
    QStringList m_signatureFailures;
};
