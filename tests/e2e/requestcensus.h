// A QNetworkAccessManager that counts what the client has open: live replies (created and
// not yet destroyed), and per scope the status and details requests in flight (sent and not
// yet finished) with their maximum. That is the exact form of "never two listings of one
// scope at once": the emulator's own count can see two when the client abandoned a request
// that timed out while the server was still writing into the closed connection.
//
// Requests are told apart by what every cloud's request carries: the account's key id (in the
// Authorization header or the query), the region (JD's path, Aliyun's query, Tencent legacy's
// short code, Tencent 3.0's X-TC-Region; Zenlayer has none), and the call (the path or Action).
#pragma once

#include "account.h"
#include "instancekey.h"

#include <QHash>
#include <QNetworkAccessManager>

class RequestCensus : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct Count
    {
        int inFlight = 0;
        int maxInFlight = 0;
        qint64 total = 0;
    };

    explicit RequestCensus(QObject *parent = nullptr);

    void setAccounts(const QList<Account> &accounts) { m_accounts = accounts; }

    Count status(const ScopeKey &scope) const { return m_status.value(scope); }
    Count details(const QString &accountId) const { return m_details.value(accountId); }
    QList<ScopeKey> statusScopes() const { return m_status.keys(); }
    qint64 unattributed() const { return m_unattributed; }
    int liveReplies() const { return m_liveReplies; }
    qint64 repliesCreated() const { return m_created; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QList<Account> m_accounts;
    QHash<ScopeKey, Count> m_status;
    QHash<QString, Count> m_details; // per account: details listings are per account
    qint64 m_unattributed = 0;
    int m_liveReplies = 0;
    qint64 m_created = 0;
};
