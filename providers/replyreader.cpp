#include "replyreader.h"

#include "errormapping.h"
#include "jsonbody.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

ReplyReader::ReplyReader(QNetworkReply *reply, int timeoutMs, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_maxBytes(maxBytes)
    , m_timeoutMs(timeoutMs)
{
    reply->setParent(this);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(Abort::Timeout); });
    connect(reply, &QNetworkReply::metaDataChanged, this, &ReplyReader::checkDeclaredLength);
    connect(reply, &QNetworkReply::readyRead, this, &ReplyReader::readAvailable);
    connect(reply, &QNetworkReply::finished, this, &ReplyReader::onFinished);
    m_deadline.start(std::max(1, timeoutMs));
}

ReplyReader::~ReplyReader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ReplyReader::cancel()
{
    abortWith(Abort::Cancelled);
}

void ReplyReader::checkDeclaredLength()
{
    if (!m_reply)
        return;
    bool ok = false;
    const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && declared > m_maxBytes)
        abortWith(Abort::TooLarge);
}

void ReplyReader::readAvailable()
{
    if (!m_reply || m_abort != Abort::None)
        return;
    const qint64 room = m_maxBytes - m_body.size();
    // No more than what has arrived: QIODevice::read(n) allocates n bytes before it reads, so
    // read(room + 1) cost a 16 MB allocation per network chunk (hundreds of MB at once across
    // the requests in flight, and a heap that fragments and grows over a day of polling).
    const qint64 arrived = m_reply->bytesAvailable();
    if (arrived <= 0)
        return;
    const QByteArray chunk = m_reply->read(std::min(room + 1, arrived));
    if (chunk.size() > room) {
        abortWith(Abort::TooLarge);
        return;
    }
    m_body.append(chunk);
    if (m_reply->bytesAvailable() > 0)
        readAvailable();
}

void ReplyReader::abortWith(Abort reason)
{
    if (m_abort != Abort::None || !m_reply)
        return;
    m_abort = reason;
    m_deadline.stop();
    m_reply->abort(); // emits finished() synchronously; onFinished sees m_abort
}

FetchError ReplyReader::transportError(QNetworkReply::NetworkError error, const QString &detail)
{
    using K = FetchError::Kind;
    QString code;
    QString message;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        code = u"ConnectionRefused"_s;
        message = u"The connection was refused."_s;
        break;
    case QNetworkReply::RemoteHostClosedError:
        code = u"ConnectionClosed"_s;
        message = u"The server closed the connection before answering."_s;
        break;
    case QNetworkReply::HostNotFoundError:
        code = u"HostNotFound"_s;
        message = u"The host name could not be resolved."_s;
        break;
    case QNetworkReply::TimeoutError:
        return ErrorMapping::make(K::Timeout, u"Timeout"_s, u"The connection timed out."_s);
    case QNetworkReply::SslHandshakeFailedError:
        code = u"TlsError"_s;
        message = u"The TLS connection could not be verified; nothing was sent."_s;
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        code = u"NetworkDown"_s;
        message = u"The network is not available."_s;
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        code = u"ProxyError"_s;
        message = u"The proxy could not be used."_s;
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        code = u"Redirected"_s;
        message = u"The endpoint redirected; API requests are never redirected."_s;
        break;
    default:
        code = u"NetworkError"_s;
        message = u"The request failed on the network."_s;
        break;
    }
    // Qt's text names the host and the TLS reason, which helps; a URL's query (Aliyun and
    // legacy Tencent put the key id and signature there) is cut out of it.
    static const QRegularExpression query(u"\\?\\S*"_s);
    QString plain = detail;
    plain.replace(query, u"?…"_s);
    plain = JsonBody::plainText(plain, 300);
    if (!plain.isEmpty())
        message += u" ("_s + plain + u')';
    return ErrorMapping::make(K::Network, code, message);
}

void ReplyReader::onFinished()
{
    m_deadline.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    using K = FetchError::Kind;
    switch (m_abort) {
    case Abort::Cancelled:
        return;
    case Abort::Timeout:
        emit finished(
            std::nullopt,
            ErrorMapping::make(K::Timeout, u"Timeout"_s,
                               u"No complete answer within %1 s."_s.arg(m_timeoutMs / 1000.0)));
        return;
    case Abort::TooLarge:
        emit finished(
            std::nullopt,
            ErrorMapping::make(
                K::Malformed, u"ResponseTooLarge"_s,
                u"The answer was larger than %1 bytes and was cut off."_s.arg(m_maxBytes)));
        return;
    case Abort::None:
        break;
    }

    if (m_abort == Abort::None && reply->bytesAvailable() > 0) {
        const QByteArray rest = reply->readAll();
        if (m_body.size() + rest.size() > m_maxBytes) {
            emit finished(
                std::nullopt,
                ErrorMapping::make(K::Malformed, u"ResponseTooLarge"_s,
                                   u"The answer was larger than %1 bytes."_s.arg(m_maxBytes)));
            return;
        }
        m_body.append(rest);
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    // Errors Qt derives from the HTTP status still come with the server's body: keep them.
    const bool httpLevel = status.isValid()
        && (error == QNetworkReply::NoError
            || (error >= QNetworkReply::ContentAccessDenied
                && error <= QNetworkReply::UnknownContentError)
            || (error >= QNetworkReply::ProtocolInvalidOperationError
                && error <= QNetworkReply::ProtocolFailure)
            || (error >= QNetworkReply::InternalServerError
                && error <= QNetworkReply::UnknownServerError));
    if (!httpLevel) {
        if (status.isValid() && error == QNetworkReply::RemoteHostClosedError) {
            emit finished(
                std::nullopt,
                ErrorMapping::make(K::Malformed, u"Truncated"_s,
                                   u"The answer was cut off after %1 bytes."_s.arg(m_body.size())));
            return;
        }
        emit finished(std::nullopt, transportError(error, reply->errorString()));
        return;
    }
    RawReply raw;
    raw.httpStatus = status.toInt();
    raw.headers = reply->rawHeaderPairs();
    raw.body = std::move(m_body);
    emit finished(raw, std::nullopt);
}
