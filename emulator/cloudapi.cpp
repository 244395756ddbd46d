#include "cloudapi.h"

#include "malformedbody.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>

Q_LOGGING_CATEGORY(lcEmulatorRequests, "fleetwatch.emulator.requests")

CloudApi::CloudApi(Cloud cloud, EmulatorState &state)
    : m_cloud(cloud)
    , m_state(state)
    , m_random(quint32(state.config().seed) ^ (quint32(cloud) + 1) * 0x9e3779b9u)
{ }

QByteArray CloudApi::httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QList<std::pair<QString, QString>> CloudApi::decodeForm(QByteArrayView encoded)
{
    auto decode = [](QByteArray bytes) {
        bytes.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
    };
    QList<std::pair<QString, QString>> pairs;
    for (const QByteArray &part : encoded.toByteArray().split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        pairs.append({ decode(equals < 0 ? part : part.left(equals)),
                       equals < 0 ? QString() : decode(part.mid(equals + 1)) });
    }
    return pairs;
}

QByteArray CloudApi::serialize(const QJsonObject &body, const CloudRequest &, bool) const
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray CloudApi::contentType(const CloudRequest &) const
{
    return "application/json; charset=utf-8";
}

bool CloudApi::nonceIsFresh(const QString &keyId, const QString &nonce, qint64 windowMs)
{
    const QString key = cloudId(m_cloud) + u'/' + keyId + u'/' + nonce;
    return m_state.useNonce(key, m_state.clock().nowMs(), windowMs);
}

QString CloudApi::randomText(QLatin1StringView alphabet, int length)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(m_random.bounded(int(alphabet.size()))));
    return text;
}

QString CloudApi::randomUuid(bool upperCase)
{
    const QLatin1StringView hex(upperCase ? "0123456789ABCDEF" : "0123456789abcdef");
    return randomText(hex, 8) + u'-' + randomText(hex, 4) + u"-4" + randomText(hex, 3) + u'-'
        + hex.at(8 + m_random.bounded(4)) + randomText(hex, 3) + u'-' + randomText(hex, 12);
}

HttpResponse CloudApi::handle(const HttpRequest &request)
{
    using Outcome = RequestStats::Outcome;
    QElapsedTimer timer;
    timer.start();
    const QString requestId = newRequestId();
    const CloudRequest parsed = parse(request);
    const EmulatorAccount *account =
        parsed.error ? nullptr : m_state.accountByKey(m_cloud, parsed.keyId);
    const ScopeKey scope = account ? ScopeKey { account->id, parsed.region } : ScopeKey {};
    const qint64 clockMs = m_state.clock().nowMs();
    const FaultDecision faults =
        m_state.faults().decide(m_cloud, scope.accountId, parsed.region, parsed.call, clockMs);
    const QDateTime serverNow =
        QDateTime::fromMSecsSinceEpoch(clockMs + faults.clockSkewMs, Qt::UTC);

    Outcome outcome = Outcome::Success;
    std::optional<ApiError> error = parsed.error;
    if (!error && !account)
        error = failure(Failure::UnknownKey, parsed);
    if (!error)
        error = verify(request, parsed, *account, serverNow);
    if (!error && faults.refuses()) {
        outcome = Outcome::Faulted;
        if (faults.authFailure) {
            error = failure(Failure::BadSignature, parsed);
        } else if (faults.throttled) {
            error = failure(Failure::Throttled, parsed);
            outcome = Outcome::Throttled;
        } else if (faults.serverErrorStatus) {
            error = failure(
                faults.serverErrorStatus == 503 ? Failure::Unavailable : Failure::Internal, parsed);
        } else {
            error = failure(Failure::Forbidden, parsed);
        }
    }
    FleetQuery query;
    query.accountId = scope.accountId;
    query.region = scope.region;
    if (!error)
        error = readQuery(parsed, query);

    HttpResponse response;
    response.setHeader("Date", httpDate(serverNow));
    response.setHeader("Content-Type", contentType(parsed));
    if (!requestIdHeader().isEmpty())
        response.setHeader(requestIdHeader(), requestId.toLatin1());
    if (error) {
        if (outcome == Outcome::Success)
            outcome = Outcome::Error;
        response.status = error->httpStatus;
        response.body = serialize(errorBody(*error, parsed, requestId), parsed, true);
        if (outcome == Outcome::Throttled && faults.retryAfterSeconds > 0)
            response.setHeader("Retry-After", QByteArray::number(faults.retryAfterSeconds));
    } else {
        const FleetPage page =
            m_state.fleet().list(query, QDateTime::fromMSecsSinceEpoch(clockMs, Qt::UTC));
        const QJsonObject body = listing(parsed, query, page, requestId);
        response.body = serialize(body, parsed, false);
        if (faults.malformed) {
            using M = FaultProfile::Malformed;
            outcome = Outcome::Faulted;
            switch (*faults.malformed) {
            case M::Html:
                response.status = 502;
                response.setHeader("Content-Type", "text/html");
                response.body = MalformedBody::htmlErrorPage(502, requestId);
                break;
            case M::Truncated:
                response.body = MalformedBody::truncated(response.body);
                break;
            case M::WrongTypes:
                response.body = serialize(MalformedBody::wrongTypes(body), parsed, false);
                break;
            case M::MissingFields:
            case M::Any:
                response.body = serialize(MalformedBody::missingFields(body), parsed, false);
                break;
            }
        }
    }

    response.delayMs = faults.delayMs;
    response.trickleChunkBytes = faults.trickleChunkBytes;
    response.trickleIntervalMs = faults.trickleIntervalMs;
    if (faults.drop) {
        outcome = Outcome::Faulted;
        response.cut = *faults.drop == FaultProfile::Drop::MidBody
            ? HttpResponse::Cut::MidBody
            : HttpResponse::Cut::BeforeAnswer;
    }

    RequestStats &stats = m_state.stats();
    stats.begin(scope, parsed.call);
    const bool log = m_state.config().logRequests;
    const QString line =
        QStringLiteral("%1 %2 %3 %4 key=%5 region=%6 -> %7")
            .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path.left(200)),
                 cloudId(m_cloud), parsed.action.left(64), parsed.keyId.left(64),
                 parsed.region.left(64))
            .arg(response.cut == HttpResponse::Cut::BeforeAnswer
                     ? QStringLiteral("dropped")
                     : QString::number(response.status));
    const QString code = error ? error->code : QString();
    response.finished = [&stats, scope, call = parsed.call, outcome, timer, log, line, code] {
        stats.end(scope, call, outcome);
        if (log)
            qCInfo(lcEmulatorRequests).noquote() << line
                    + (code.isEmpty() ? QString() : u' ' + code) + u' '
                    + QString::number(timer.elapsed()) + u"ms";
    };
    return response;
}
