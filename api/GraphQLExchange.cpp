#include "api/GraphQLExchange.h"

#include "api/Authenticator.h"
#include "api/Endpoint.h"
#include "api/GraphQLRequest.h"
#include "api/Log.h"
#include "api/Redaction.h"
#include "api/ReplyErrors.h"
#include "api/ResponseDecoder.h"
#include "api/Transport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace kac::api {

namespace {

// What Qt may buffer for us between two readyRead signals; with the size cap it bounds the
// memory one answer can take to cap + one chunk.
constexpr qint64 kReadChunkBytes = 256 * 1024;

DecodedBody decodeBody(const QByteArray &body, int httpStatus)
{
    QElapsedTimer clock;
    clock.start();
    DecodedBody decoded;
    decoded.result = ResponseDecoder::decode(body, httpStatus);
    decoded.decodeMs = clock.elapsed();
    const QCoreApplication *app = QCoreApplication::instance();
    decoded.offUiThread = app && QThread::currentThread() != app->thread();
    return decoded;
}

ApiError networkError(QNetworkReply::NetworkError code, const QString &text)
{
    ApiError error = ApiError::make(ApiError::Kind::Network, text);
    error.networkError = code;
    return error;
}

} // namespace

GraphQLExchange::GraphQLExchange(Transport *transport, const Operation &operation,
                                 const QJsonObject &variables, const RequestOptions &options,
                                 const QByteArray &shareKey)
    : QObject(transport)
    , m_transport(transport)
    , m_operation(operation)
    , m_variables(variables)
    , m_options(options)
    , m_shareKey(shareKey)
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &GraphQLExchange::onDeadline);
    connect(&m_retryTimer, &QTimer::timeout, this, &GraphQLExchange::queueAttempt);
    m_clock.start();
}

GraphQLExchange::~GraphQLExchange()
{
    releaseReply();
    if (m_transport)
        m_transport->forgetExchange(this);
    if (m_done)
        return;
    // Torn down before finishing (the transport is going away): requests still waiting hear
    // "Cancelled" from the event loop, unless they are destroyed first.
    for (const QPointer<GraphQLRequest> &request : std::as_const(m_requests)) {
        if (!request)
            continue;
        QMetaObject::invokeMethod(
            request.data(),
            [target = request.data()] {
                GraphQLResult result;
                result.error = ApiError::make(ApiError::Kind::Cancelled,
                                              QStringLiteral("the transport was shut down"));
                target->deliver(result);
            },
            Qt::QueuedConnection);
    }
}

void GraphQLExchange::subscribe(GraphQLRequest *request)
{
    m_requests << request;
}

void GraphQLExchange::unsubscribe(GraphQLRequest *request)
{
    m_requests.removeAll(request);
    m_requests.removeAll(nullptr);
    if (!m_requests.isEmpty() || m_done)
        return;
    // Nobody is listening any more: abort now, and make sure nothing more happens.
    qCDebug(kacTransport) << m_operation.name << "abandoned; aborting";
    m_done = true;
    m_deadline.stop();
    m_retryTimer.stop();
    releaseReply();
    delete m_decoder;
    m_decoder = nullptr;
    if (m_transport)
        m_transport->forgetExchange(this);
    deleteLater();
}

void GraphQLExchange::start()
{
    if (m_done)
        return;
    if (!m_operation.isValid()) {
        GraphQLResult result;
        result.error = ApiError::make(
            ApiError::Kind::MalformedResponse,
            QStringLiteral("unknown GraphQL operation \"%1\"").arg(m_operation.name));
        finish(result);
        return;
    }
    queueAttempt();
}

void GraphQLExchange::queueAttempt()
{
    if (m_done || !m_transport)
        return;
    m_transport->queueForWire(this);
}

qint64 GraphQLExchange::responseCap() const
{
    if (m_options.maxResponseBytes > 0)
        return m_options.maxResponseBytes;
    return m_transport ? m_transport->responseCapBytes() : 0;
}

bool GraphQLExchange::retriesAllowed() const
{
    return m_options.retryable && !m_operation.isMutation();
}

void GraphQLExchange::sendAttempt()
{
    if (!m_transport)
        return;
    if (m_done) {
        m_transport->releaseWire(this);
        return;
    }
    const QString problem = endpointProblem(m_transport->endpoint());
    if (!problem.isEmpty()) {
        GraphQLResult result;
        result.error = networkError(QNetworkReply::ProtocolUnknownError, problem);
        result.error.errorDescription = problem;
        qCWarning(kacTransport) << "refusing to send" << m_operation.name << ":" << problem;
        finish(result);
        return;
    }

    QByteArray token;
    if (m_options.authenticated) {
        Authenticator *authenticator = m_transport->authenticator();
        token = authenticator ? authenticator->accessToken() : QByteArray();
        if (token.isEmpty()) {
            if (authenticator && !m_renewed) {
                m_transport->releaseWire(this); // nothing goes out until the token is back
                renewToken();
                return;
            }
            GraphQLResult result;
            result.error =
                ApiError::make(ApiError::Kind::SignInRequired, QStringLiteral("no access token"));
            finish(result);
            return;
        }
    }

    m_sentToken = token;
    const QJsonObject body{{QStringLiteral("operationName"), m_operation.name},
                           {QStringLiteral("query"), m_operation.document},
                           {QStringLiteral("variables"), m_variables}};
    ++m_attempts;
    // An agent action's variables are what the agent typed (a note, a reply): never logged.
    // Sign-in's are credentials only, which redact() masks.
    qCDebug(kacTransport).noquote()
        << "send" << m_operation.name << "attempt" << m_attempts << "variables"
        << (m_operation.isMutation() && m_options.authenticated
                ? QStringLiteral("(not logged)")
                : redact(QJsonDocument(m_variables).toJson(QJsonDocument::Compact)));
    m_body.clear();
    m_reply = m_transport->post(QJsonDocument(body).toJson(QJsonDocument::Compact), token,
                                m_options, !m_http2FallbackUsed, m_operation.isMutation());
    m_reply->setReadBufferSize(kReadChunkBytes);
    connect(m_reply.data(), &QNetworkReply::metaDataChanged, this,
            &GraphQLExchange::onReplyHeaders);
    connect(m_reply.data(), &QNetworkReply::readyRead, this, &GraphQLExchange::onReplyData);
    connect(m_reply.data(), &QNetworkReply::finished, this, &GraphQLExchange::onReplyFinished);
    // The transport hands Qt no more requests than it has connections, so this request is on
    // the wire now: the deadline counts the server's time, never time spent queued.
    m_deadline.start(m_options.timeoutMs);
}

void GraphQLExchange::onReplyHeaders()
{
    const qint64 cap = responseCap();
    bool known = false;
    const qint64 declared =
        m_reply ? m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known) : 0;
    if (cap <= 0 || !known || declared <= cap)
        return;
    qCWarning(kacTransport) << m_operation.name << "declared" << declared
                            << "bytes, past its cap of" << cap << "; not reading it";
    m_deadline.stop();
    releaseReply();
    failAttempt(tooLargeError(cap, declared, m_operation.name));
}

void GraphQLExchange::onReplyData()
{
    if (!m_reply)
        return;
    m_body += m_reply->readAll();
    const qint64 cap = responseCap();
    if (cap <= 0 || m_body.size() <= cap)
        return;
    qCWarning(kacTransport) << m_operation.name << "answer passed its cap of" << cap
                            << "bytes; stopped reading";
    const qint64 received = m_body.size();
    m_deadline.stop();
    releaseReply();
    failAttempt(tooLargeError(cap, received, m_operation.name));
}

void GraphQLExchange::releaseReply()
{
    m_body.clear();
    m_body.squeeze();
    if (m_transport)
        m_transport->releaseWire(this);
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    // Disconnect first: abort() emits finished synchronously and must not re-enter us.
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater(); // never delete a reply from inside its own signal
}

void GraphQLExchange::onDeadline()
{
    if (m_done || !m_reply)
        return;
    qCInfo(kacTransport) << m_operation.name << "attempt" << m_attempts << "passed its deadline of"
                         << m_options.timeoutMs << "ms";
    releaseReply();
    failAttempt(
        ApiError::make(ApiError::Kind::Timeout,
                       QStringLiteral("no complete answer within %1 ms").arg(m_options.timeoutMs)));
}

void GraphQLExchange::onReplyFinished()
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (m_done || !reply || reply != m_reply)
        return;
    m_deadline.stop();
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (m_transport)
        m_transport->releaseWire(this);
    QByteArray body = std::exchange(m_body, {}) + reply->readAll();

    const QNetworkReply::NetworkError code = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool http2Used = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    const QByteArray retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    const QString errorText = reply->errorString();

    if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError) {
        // We never abort a connected reply ourselves, so this is Qt's transfer timeout.
        failAttempt(ApiError::make(
            ApiError::Kind::Timeout,
            QStringLiteral("no data for %1 ms: %2").arg(m_options.timeoutMs).arg(errorText)));
        return;
    }
    if ((code == QNetworkReply::ProtocolFailure || code == QNetworkReply::RemoteHostClosedError) &&
        http2Used && !m_http2FallbackUsed && !m_operation.isMutation()) {
        // A refused or reset HTTP/2 stream: some proxies mishandle HTTP/2. Once, over HTTP/1.1.
        qCInfo(kacTransport) << m_operation.name << "HTTP/2 stream failed; resending over HTTP/1.1";
        m_http2FallbackUsed = true;
        queueAttempt();
        return;
    }
    if (code == QNetworkReply::InsecureRedirectError || (status >= 300 && status < 400)) {
        // Never followed (see Transport): say where it pointed, or that it is a loop.
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        ApiError error = redirectError(reply->request().url(), target, status);
        error.networkError = code;
        failAttempt(error);
        return;
    }
    if (status == 0) {
        failAttempt(networkError(code, errorText));
        return;
    }
    if (code != QNetworkReply::NoError && status >= 200 && status < 300) {
        // Headers arrived, then the connection ended before the declared length.
        failAttempt(ApiError::make(ApiError::Kind::MalformedResponse,
                                   QStringLiteral("response cut short: %1").arg(errorText)));
        return;
    }
    const qint64 cap = responseCap();
    if (cap > 0 && body.size() > cap) {
        failAttempt(tooLargeError(cap, body.size(), m_operation.name));
        return;
    }
    decode(body, status, retryAfter);
}

void GraphQLExchange::decode(const QByteArray &body, int httpStatus,
                             const QByteArray &retryAfterHeader)
{
    const qint64 bytes = body.size();
    if (!m_transport || bytes < m_transport->offThreadDecodeThreshold()) {
        onDecoded(decodeBody(body, httpStatus), bytes, retryAfterHeader);
        return;
    }
    // Big answers are parsed on a worker thread so the agent's screen keeps moving. The watcher
    // is our child: if we go, its result is dropped.
    m_decoder = new QFutureWatcher<DecodedBody>(this);
    connect(m_decoder, &QFutureWatcher<DecodedBody>::finished, this,
            [this, bytes, retryAfterHeader] {
                QFutureWatcher<DecodedBody> *watcher = m_decoder;
                m_decoder = nullptr;
                const DecodedBody decoded = watcher->result();
                watcher->deleteLater();
                onDecoded(decoded, bytes, retryAfterHeader);
            });
    m_decoder->setFuture(QtConcurrent::run(decodeBody, body, httpStatus));
}

void GraphQLExchange::onDecoded(const DecodedBody &decoded, qint64 bytes,
                                const QByteArray &retryAfterHeader)
{
    if (m_done)
        return;
    qCDebug(kacTransport) << m_operation.name << "decoded" << bytes << "bytes in"
                          << decoded.decodeMs << "ms" << (decoded.offUiThread ? "off" : "on")
                          << "the UI thread";
    if (m_transport)
        emit m_transport->responseDecoded(bytes, decoded.decodeMs, decoded.offUiThread);
    handleResult(decoded.result, retryAfterHeader);
}

void GraphQLExchange::handleResult(GraphQLResult result, const QByteArray &retryAfterHeader)
{
    if (result.ok()) {
        finish(result);
        return;
    }
    ApiError error = result.error;
    // A refused token means Kraken checked the credentials before running anything, so even a
    // mutation is safe to send once more with a renewed token: it did not run. This is the one
    // second send a mutation ever gets, and only once (m_renewed).
    if (ResponseDecoder::refusesAccessToken(error) && m_options.authenticated) {
        if (!m_renewed && m_transport && m_transport->authenticator()) {
            // An invalid token (a restart, a key rotation, a revocation) will not come back to
            // life: the session must not keep handing it out until it would have expired.
            if (!ResponseDecoder::isExpiredAccessToken(error))
                m_transport->authenticator()->accessTokenRejected(m_sentToken);
            renewToken();
            return;
        }
        // Renewed once already and still refused: the session cannot recover by itself.
        GraphQLResult signIn;
        signIn.error = error;
        signIn.error.kind = ApiError::Kind::SignInRequired;
        finish(signIn);
        return;
    }
    if (error.retryAfterMs < 0)
        error.retryAfterMs = RetryPolicy::parseRetryAfter(retryAfterHeader);
    failAttempt(error);
}

void GraphQLExchange::renewToken()
{
    m_renewed = true;
    Authenticator *authenticator = m_transport ? m_transport->authenticator() : nullptr;
    if (!authenticator) {
        GraphQLResult result;
        result.error = ApiError::make(ApiError::Kind::SignInRequired, QStringLiteral("signed out"));
        finish(result);
        return;
    }
    qCInfo(kacAuth) << m_operation.name << "needs a fresh access token; asking the session";
    authenticator->renewAccessToken(this, [guard = QPointer<GraphQLExchange>(this)](bool renewed) {
        if (!guard || guard->m_done)
            return;
        if (renewed) {
            guard->queueAttempt();
            return;
        }
        GraphQLResult result;
        result.error = ApiError::make(ApiError::Kind::SignInRequired,
                                      QStringLiteral("the access token could not be renewed"));
        guard->finish(result);
    });
}

void GraphQLExchange::failAttempt(ApiError error)
{
    if (m_operation.isMutation() && m_options.authenticated && error.mayHaveReachedKraken()) {
        // Sent, and no answer we could read: it may have run. Said plainly, never retried; the
        // caller finds out with a query. (Sign-in, the one unauthenticated mutation, creates
        // nothing an agent could duplicate and keeps its plain network errors.)
        qCInfo(kacTransport).noquote()
            << m_operation.name << "outcome unknown after" << error.summary();
        const QString detail = error.summary();
        error = ApiError::make(ApiError::Kind::OutcomeUnknown, detail);
    }
    const bool retry = retriesAllowed() && error.isTransient() &&
                       m_attempts < qMax(1, m_options.maxAttempts) && m_transport;
    if (!retry) {
        qCInfo(kacTransport).noquote()
            << m_operation.name << "failed after" << m_attempts << "attempt(s):" << error.summary();
        GraphQLResult result;
        result.error = error;
        finish(result);
        return;
    }
    ++m_retries;
    const int delay = m_transport->retryPolicy().delayMs(m_retries, error.retryAfterMs);
    qCInfo(kacTransport).noquote()
        << m_operation.name << "attempt" << m_attempts << "failed:" << error.summary()
        << "- retrying in" << delay << "ms";
    // A slot may destroy requests, or the transport and with it this object.
    const QPointer<GraphQLExchange> self(this);
    const int nextAttempt = m_attempts + 1;
    const QList<QPointer<GraphQLRequest>> requests = m_requests;
    for (const QPointer<GraphQLRequest> &request : requests) {
        if (request)
            emit request->retryScheduled(nextAttempt, delay);
    }
    if (self && !m_done)
        m_retryTimer.start(delay);
}

void GraphQLExchange::finish(GraphQLResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_retryTimer.stop();
    releaseReply();
    result.attempts = m_attempts;
    result.elapsedMs = m_clock.elapsed();
    // Errors say which operation they came from: a message can name it (KT-CT-1188 is a
    // console defect the agent reports by name).
    if (!result.error.isNone() && result.error.operationName.isEmpty())
        result.error.operationName = m_operation.name;
    for (ApiError &fieldError : result.fieldErrors) {
        if (fieldError.operationName.isEmpty())
            fieldError.operationName = m_operation.name;
    }
    // Slots below may destroy other requests, or the transport and with it this object:
    // nothing after this point touches members.
    const QList<QPointer<GraphQLRequest>> requests = m_requests;
    m_requests.clear();
    deleteLater();
    if (QPointer<Transport> transport = m_transport) {
        transport->forgetExchange(this);
        emit transport->requestCompleted(result.elapsedMs, result.ok());
    }
    for (const QPointer<GraphQLRequest> &request : requests) {
        if (request)
            request->deliver(result);
    }
}

} // namespace kac::api
