#include "endpoint.h"

#include "errormapping.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

bool Endpoint::isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == u"localhost" || h.endsWith(u".localhost"))
        return true;
    QString literal = h;
    if (literal.startsWith(u'[') && literal.endsWith(u']'))
        literal = literal.mid(1, literal.size() - 2);
    QHostAddress address;
    if (!address.setAddress(literal))
        return false;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    if (isV4)
        return (v4 >> 24) == 127;
    return address == QHostAddress(QHostAddress::LocalHostIPv6);
}

std::optional<FetchError> Endpoint::check(const QUrl &url)
{
    using K = FetchError::Kind;
    if (!url.isValid() || url.host().isEmpty()) {
        return ErrorMapping::make(K::InvalidRequest, u"InvalidEndpoint"_s,
                                  u"The endpoint is not a valid URL with a host."_s);
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return ErrorMapping::make(K::InvalidRequest, u"InvalidEndpoint"_s,
                                  u"The endpoint must be a plain base URL (no user name, "
                                  "password, query or fragment)."_s);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return std::nullopt;
    if (scheme == u"http") {
        if (isLoopbackHost(url.host()))
            return std::nullopt;
        return ErrorMapping::make(K::InvalidRequest, u"InsecureEndpoint"_s,
                                  u"Plain http:// is refused for %1: use https://, or a loopback "
                                  "address for the emulator."_s.arg(url.host()));
    }
    return ErrorMapping::make(K::InvalidRequest, u"InvalidEndpoint"_s,
                              u"Only https:// endpoints are supported."_s);
}

QUrl Endpoint::resolve(const QUrl &base, const QUrl &publicBase, const QString &apiPath)
{
    QUrl url = base.isEmpty() ? publicBase : base;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + apiPath);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString Endpoint::hostHeader(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const int port = url.port();
    const int defaultPort = url.scheme().compare(u"https", Qt::CaseInsensitive) == 0 ? 443 : 80;
    if (port != -1 && port != defaultPort)
        host += u':' + QString::number(port);
    return host;
}
