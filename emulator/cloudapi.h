// The part every cloud front-end shares: the order in which a request is judged (route and
// parameters, key, signature and time window, injected faults, parameter validation), the
// fleet listing, the common headers (Date on the possibly skewed server clock, request id),
// delivery faults, per-scope counters and the one-line request log. Each cloud subclass
// supplies its wire format: parsing, signature checks, validation, envelopes, error codes.
#pragma once

#include "cloudrequest.h"
#include "emulatorstate.h"
#include "httprequest.h"
#include "httpresponse.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_DECLARE_LOGGING_CATEGORY(lcEmulatorRequests)

class CloudApi
{
public:
    CloudApi(Cloud cloud, EmulatorState &state);
    virtual ~CloudApi() = default;
    CloudApi(const CloudApi &) = delete;
    CloudApi &operator=(const CloudApi &) = delete;

    Cloud cloud() const { return m_cloud; }
    HttpResponse handle(const HttpRequest &request);

    // "Tue, 15 Nov 1994 08:12:31 GMT"
    static QByteArray httpDate(const QDateTime &time);
    // application/x-www-form-urlencoded decoding ('+' is a space), pairs in wire order.
    static QList<std::pair<QString, QString>> decodeForm(QByteArrayView encoded);

protected:
    // Errors every cloud can be asked to produce, in its own words.
    enum class Failure : quint8 {
        UnknownKey,
        BadSignature,
        Throttled,
        Forbidden,
        Internal,
        Unavailable
    };

    virtual CloudRequest parse(const HttpRequest &request) const = 0;
    virtual std::optional<ApiError> verify(const HttpRequest &request, const CloudRequest &parsed,
                                           const EmulatorAccount &account,
                                           const QDateTime &serverNow) = 0;
    virtual std::optional<ApiError> readQuery(const CloudRequest &parsed,
                                              FleetQuery &query) const = 0;
    virtual QJsonObject listing(const CloudRequest &parsed, const FleetQuery &query,
                                const FleetPage &page, const QString &requestId) const = 0;
    virtual QJsonObject errorBody(const ApiError &error, const CloudRequest &parsed,
                                  const QString &requestId) const = 0;
    virtual ApiError failure(Failure failure, const CloudRequest &parsed) const = 0;
    virtual QString newRequestId() = 0;
    virtual QByteArray requestIdHeader() const { return {}; }
    virtual QByteArray serialize(const QJsonObject &body, const CloudRequest &parsed,
                                 bool isError) const;
    virtual QByteArray contentType(const CloudRequest &parsed) const;

    EmulatorState &state() const { return m_state; }
    // A nonce may be used once per key within `windowMs` of the emulator clock.
    bool nonceIsFresh(const QString &keyId, const QString &nonce, qint64 windowMs);
    // Random text for request ids, from the seeded generator.
    QString randomText(QLatin1StringView alphabet, int length);
    QString randomUuid(bool upperCase);

private:
    Cloud m_cloud;
    EmulatorState &m_state;
    QRandomGenerator m_random;
};
