// Reads one QNetworkReply under the client's limits: a deadline for the whole exchange and a
// cap on the body, enforced while the bytes arrive (a 2 GB answer is cut at the cap, not
// buffered). Ends with either the HTTP answer (any status) or a transport error in the common
// taxonomy: Network (refused, reset, DNS, TLS — never ignored), Timeout, Malformed (too large,
// cut off).
#pragma once

#include "fetcherror.h"
#include "rawreply.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class ReplyReader : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `reply` (deleted with this object).
    ReplyReader(QNetworkReply *reply, int timeoutMs, qint64 maxBytes, QObject *parent = nullptr);
    ~ReplyReader() override;

    // Aborts without emitting finished().
    void cancel();

    // The transport error mapping, for tests: what a QNetworkReply error means for us.
    static FetchError transportError(QNetworkReply::NetworkError error, const QString &detail);

signals:
    // Exactly one of the two is set.
    void finished(const std::optional<RawReply> &reply, const std::optional<FetchError> &error);

private:
    enum class Abort : quint8 { None, Timeout, TooLarge, Cancelled };

    void readAvailable();
    void checkDeclaredLength();
    void abortWith(Abort reason);
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    qint64 m_maxBytes;
    int m_timeoutMs;
    QByteArray m_body;
    Abort m_abort = Abort::None;
};
