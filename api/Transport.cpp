#include "api/Transport.h"

#include "api/Authenticator.h"
#include "api/EndpointCapabilities.h"
#include "api/GraphQLExchange.h"
#include "api/Log.h"
#include "api/SendOnceBody.h"
#include "kac/BuildInfo.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <algorithm>

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
                 QByteArray::number(options.maxAttempts) + ':' +
                 QByteArray::number(options.maxResponseBytes));
    return hash.result();
}

} // namespace

Transport::Transport(QObject *parent)
    : Transport(nullptr, parent)
{}

Transport::Transport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    // Honour the agent's system proxy (corporate networks).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Never follow a redirect, not even to the same origin. Every request is a GraphQL POST
    // carrying the token: Qt turns a POST into a bodiless GET on 301/302/303 (the token goes,
    // the query does not), a 307/308 re-sends the token on every hop, and a same-origin loop
    // was followed with the token until Qt gave up and called it "another origin". Kraken's
    // endpoint does not redirect; when it does, the exchange reports where it pointed (or
    // that it is a loop) and the endpoint setting is what to fix.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
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
    releaseWire(exchange);
}

void Transport::queueForWire(GraphQLExchange *exchange)
{
    if (!m_queued.contains(exchange) && !m_onWire.contains(exchange))
        m_queued.append(exchange);
    schedulePump();
}

void Transport::releaseWire(GraphQLExchange *exchange)
{
    m_queued.removeAll(exchange);
    if (m_onWire.removeAll(exchange) > 0)
        schedulePump();
}

void Transport::schedulePump()
{
    // From the event loop: an exchange that releases its connection is often in the middle of
    // finishing, and the next one's sendAttempt() must not run inside that.
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &Transport::pump, Qt::QueuedConnection);
}

void Transport::pump()
{
    m_pumpScheduled = false;
    const QPointer<Transport> self(this);
    while (self && m_onWire.size() < kMaxOnWire && !m_queued.isEmpty()) {
        const auto background = [](const GraphQLExchange *exchange) {
            return exchange->priority() == RequestOptions::Priority::Background;
        };
        const qsizetype backgroundOnWire =
            std::count_if(m_onWire.cbegin(), m_onWire.cend(), background);
        // Oldest Visible first; the oldest Background only while it leaves room for the agent.
        auto next = std::find_if(m_queued.begin(), m_queued.end(),
                                 [&](const GraphQLExchange *e) { return !background(e); });
        if (next == m_queued.end() && backgroundOnWire < kMaxBackgroundOnWire)
            next = m_queued.begin();
        if (next == m_queued.end())
            return;
        GraphQLExchange *exchange = *next;
        m_queued.erase(next);
        m_onWire.append(exchange);
        // May finish the exchange at once (no token, refused endpoint): it releases the
        // connection itself, and a slot it calls may even destroy this transport.
        exchange->sendAttempt();
    }
}

QNetworkReply *Transport::post(const QByteArray &body, const QByteArray &token,
                               const RequestOptions &options, bool allowHttp2, bool sendOnce)
{
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), token); // Kraken: bare token
    // Qt's default is no timeout at all. This one fires when no bytes move for this long; the
    // exchange's own deadline timer bounds the whole attempt.
    request.setTransferTimeout(options.timeoutMs);
    // Mutations stay on HTTP/1.1, the path where SendOnceBody provably stops Qt's own resend.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute,
                         m_http2Allowed && allowHttp2 && !sendOnce);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (!sendOnce)
        return m_network->post(request, body);
    // Unbuffered with a declared length: Qt reads the device as it writes, keeps no rewindable
    // copy, and a resend it attempts fails with ContentReSendError instead of going out.
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new SendOnceBody(body);
    QNetworkReply *reply = m_network->post(request, device);
    device->setParent(reply); // lives exactly as long as Qt may read it
    return reply;
}

} // namespace kac::api
