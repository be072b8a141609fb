#include "api/Transport.h"

#include "api/Authenticator.h"
#include "api/EndpointCapabilities.h"
#include "api/GraphQLExchange.h"
#include "api/Log.h"
#include "kac/BuildInfo.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>

namespace kac::api {

namespace {

QByteArray shareKey(const Operation &operation, const QJsonObject &variables,
                    const RequestOptions &options)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(operation.name.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(operation.document.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QJsonDocument(variables).toJson(QJsonDocument::Compact));
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QByteArray::number(options.authenticated) + QByteArray::number(options.retryable) +
                 QByteArray::number(options.timeoutMs) + ':' +
                 QByteArray::number(options.maxAttempts) + ':' + options.faultHeader);
    return hash.result();
}

} // namespace

Transport::Transport(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Honour the agent's system proxy (corporate networks).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Never follow a redirect to another origin: it would carry the Authorization header there.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(true);
}

Transport::~Transport()
{
    // Exchanges first (they tell waiting requests "Cancelled"), while the network manager and
    // its replies still exist.
    m_sharedExchanges.clear();
    qDeleteAll(findChildren<GraphQLExchange *>(Qt::FindDirectChildrenOnly));
}

void Transport::setEndpoint(const QUrl &endpoint)
{
    m_endpoint = endpoint;
}

void Transport::setAuthenticator(Authenticator *authenticator)
{
    m_authenticator = authenticator;
}

void Transport::setHttp2Allowed(bool allowed)
{
    m_http2Allowed = allowed;
}

QByteArray Transport::userAgent()
{
    return QByteArray("KrakenAgentConsole/") + kApplicationVersion + " (Qt " + qVersion() + ")";
}

GraphQLRequest *Transport::send(const Operation &operation, const QJsonObject &variables,
                                const RequestOptions &requested, QObject *context)
{
    RequestOptions options = requested;
    if (m_timeoutCapMs > 0 && (options.timeoutMs <= 0 || options.timeoutMs > m_timeoutCapMs))
        options.timeoutMs = m_timeoutCapMs;
    auto *request = new GraphQLRequest(operation.name, context);
    const QString notOffered =
        m_capabilities ? m_capabilities->whyNot(operation.name, variables) : QString();
    if (!notOffered.isEmpty()) {
        // Checked here, the one place every request passes, so no service sends what the
        // endpoint would refuse; the pane shows why through its usual error path.
        GraphQLResult result;
        result.error = ApiError::make(ApiError::Kind::NotOffered);
        result.error.errorDescription = notOffered;
        qCInfo(kacTransport) << operation.name << "not sent:" << result.error.errorDescription;
        QMetaObject::invokeMethod(
            request, [request, result] { request->deliver(result); }, Qt::QueuedConnection);
        return request;
    }
    const bool shareable = operation.isValid() && !operation.isMutation();
    const QByteArray key = shareable ? shareKey(operation, variables, options) : QByteArray();
    if (shareable) {
        if (GraphQLExchange *running = m_sharedExchanges.value(key)) {
            qCDebug(kacTransport) << operation.name << "joins an identical request in flight";
            request->attach(running);
            return request;
        }
    }
    auto *exchange = new GraphQLExchange(this, operation, variables, options, key);
    if (shareable)
        m_sharedExchanges.insert(key, exchange);
    request->attach(exchange);
    // Started from the event loop so `finished` can never be emitted inside send().
    QMetaObject::invokeMethod(exchange, &GraphQLExchange::start, Qt::QueuedConnection);
    return request;
}

void Transport::forgetExchange(GraphQLExchange *exchange)
{
    const QByteArray key = exchange->shareKey();
    if (!key.isEmpty() && m_sharedExchanges.value(key) == exchange)
        m_sharedExchanges.remove(key);
}

QNetworkReply *Transport::post(const QByteArray &body, const QByteArray &token,
                               const RequestOptions &options, bool allowHttp2)
{
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), token); // Kraken: bare token
    if (!options.faultHeader.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-Sandbox-Fault"), options.faultHeader);
    // Qt's default is no timeout at all. This one fires when no bytes move for this long; the
    // exchange's own deadline timer bounds the whole attempt.
    request.setTransferTimeout(options.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_http2Allowed && allowHttp2);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return m_network->post(request, body);
}

} // namespace kac::api
