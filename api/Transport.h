#pragma once

#include "api/GraphQLRequest.h"
#include "api/Operation.h"
#include "api/RequestOptions.h"
#include "api/RetryPolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace kac::api {

class Authenticator;
class EndpointCapabilities;
class GraphQLExchange;

// The one way the console talks to Kraken. Owns the QNetworkAccessManager and builds every
// request in one place (endpoint, JSON content type, bare-token Authorization, User-Agent,
// timeouts, HTTP/2, same-origin redirects only). Lives on the UI thread.
class Transport : public QObject
{
    Q_OBJECT
public:
    explicit Transport(QObject *parent = nullptr);
    // Sends through `network` (not owned; must outlive the transport) instead of a network
    // manager of its own: the seam tests use to inject faults per request.
    explicit Transport(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Transport() override;

    // Must be https://, or http:// to a loopback address (the sandbox); anything else is refused
    // at send time with a Network error that says why.
    void setEndpoint(const QUrl &endpoint);
    QUrl endpoint() const { return m_endpoint; }

    void setAuthenticator(Authenticator *authenticator); // not owned; must outlive requests
    Authenticator *authenticator() const { return m_authenticator; }

    // What the endpoint can answer (not owned; may be null: everything is sent). An operation
    // it does not offer is never sent: its request finishes with ApiError::Kind::NotOffered.
    void setCapabilities(const EndpointCapabilities *capabilities)
    {
        m_capabilities = capabilities;
    }
    const EndpointCapabilities *capabilities() const { return m_capabilities; }

    void setHttp2Allowed(bool allowed); // default true (setting network/http2)
    bool http2Allowed() const { return m_http2Allowed; }

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }

    // Caps every request's per-attempt timeout (RequestOptions::timeoutMs); 0 = no cap. Lets a
    // deployment fail faster than the services' defaults, and the fault tests use short timeouts
    // with services that do not let them choose one.
    void setTimeoutCapMs(int ms) { m_timeoutCapMs = ms; }
    int timeoutCapMs() const { return m_timeoutCapMs; }

    // Bodies at least this big are decoded on a worker thread (default 256 KiB).
    void setOffThreadDecodeThreshold(qint64 bytes) { m_offThreadThreshold = bytes; }
    qint64 offThreadDecodeThreshold() const { return m_offThreadThreshold; }

    // The default size cap of one answer (RequestOptions::maxResponseBytes overrides it per
    // operation); setting network/maxResponseMB. A hostile or broken server cannot take the
    // console's memory: past the cap the reply is aborted.
    static constexpr qint64 kDefaultResponseCapBytes = 32 * 1024 * 1024;
    void setResponseCapBytes(qint64 bytes) { m_responseCapBytes = bytes; }
    qint64 responseCapBytes() const { return m_responseCapBytes; }

    // At most this many requests are on the wire at once: Qt's own limit of HTTP/1.1
    // connections per host. The rest wait in our queue, where their deadline has not started
    // (it starts when a request is handed to Qt, so time spent queued never times it out), and
    // where Visible requests go first. Background requests never hold more than
    // kMaxBackgroundOnWire connections, so a visible pane always finds one free.
    static constexpr int kMaxOnWire = 6;
    static constexpr int kMaxBackgroundOnWire = 4;
    int onWireCount() const { return int(m_onWire.size()); }
    int queuedCount() const { return int(m_queued.size()); }

    // Starts a request. The returned object belongs to `context` when given, else to the caller.
    // Identical queries already in flight (same operation, variables and options) share one
    // network request; each caller still gets its own GraphQLRequest.
    GraphQLRequest *send(const Operation &operation, const QJsonObject &variables,
                         const RequestOptions &options = {}, QObject *context = nullptr);

    // The User-Agent sent with every request: "KrakenAgentConsole/<version> (Qt <version>)".
    static QByteArray userAgent();

signals:
    // After every finished request: its wall-clock latency (for the status bar).
    void requestCompleted(qint64 latencyMs, bool ok);
    // After every decoded response body (diagnostics, benchmarks and tests).
    void responseDecoded(qint64 bytes, qint64 decodeMs, bool offUiThread);

private:
    friend class GraphQLExchange;
    // `sendOnce` (mutations): the body goes out through a SendOnceBody over HTTP/1.1, so Qt
    // cannot re-send it on its own; see SendOnceBody.
    QNetworkReply *post(const QByteArray &body, const QByteArray &token,
                        const RequestOptions &options, bool allowHttp2, bool sendOnce);
    void forgetExchange(GraphQLExchange *exchange);
    // The exchange's next attempt waits for a connection; GraphQLExchange::sendAttempt() is
    // called when one is free. releaseWire() gives the connection (or the place in the queue)
    // back; it is safe to call when holding neither.
    void queueForWire(GraphQLExchange *exchange);
    void releaseWire(GraphQLExchange *exchange);
    void schedulePump();
    void pump();

    QNetworkAccessManager *m_network;
    QUrl m_endpoint;
    Authenticator *m_authenticator = nullptr;
    const EndpointCapabilities *m_capabilities = nullptr;
    bool m_http2Allowed = true;
    RetryPolicy m_retryPolicy;
    qint64 m_offThreadThreshold = 256 * 1024;
    int m_timeoutCapMs = 0;
    qint64 m_responseCapBytes = kDefaultResponseCapBytes;
    QList<GraphQLExchange *> m_queued; // oldest first
    QList<GraphQLExchange *> m_onWire;
    bool m_pumpScheduled = false;
    QHash<QByteArray, GraphQLExchange *> m_sharedExchanges;
};

} // namespace kac::api
