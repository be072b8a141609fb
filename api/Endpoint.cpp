#include "api/Endpoint.h"

#include <QHostAddress>

namespace kac::api {

QList<EndpointPreset> endpointPresets()
{
    return {
        {QStringLiteral("redenergy-production"), QStringLiteral("Red Energy (production)"),
         QUrl(QStringLiteral("https://api.redenergy-kraken.energy/v1/graphql/"))},
        {QStringLiteral("redenergy-test"), QStringLiteral("Red Energy (test)"),
         QUrl(QStringLiteral("https://api.test.redenergy-kraken.energy/v1/graphql/"))},
        {QStringLiteral("sandbox"), QStringLiteral("Local sandbox (training data)"),
         QUrl(QStringLiteral("http://127.0.0.1:8765/v1/graphql/"))},
    };
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString endpointProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("The endpoint is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    if (scheme == QLatin1String("http"))
        return QStringLiteral("Plain HTTP is only allowed to this computer (127.0.0.1); "
                              "use an https:// endpoint.");
    return QStringLiteral("Unsupported scheme \"%1\"; use https://.").arg(url.scheme());
}

} // namespace kac::api
