#pragma once

#include "api/GraphQLResult.h"
#include "api/Operation.h"
#include "api/RequestOptions.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace kac::api {

class GraphQLRequest;
class Transport;

// What the decoder thread hands back.
struct DecodedBody
{
    GraphQLResult result;
    qint64 decodeMs = 0;
    bool offUiThread = false;
};

// Internal to the api library: the network side of one GraphQL request, shared by every
// GraphQLRequest that asked for the same query while it was in flight. Runs the attempts
// (HTTP/2 fallback, retries with backoff, one token renewal), owns the reply and the deadline
// timer, and hands the result to its requests. Deletes itself (deleteLater) when it has
// finished or when its last request has gone.
class GraphQLExchange : public QObject
{
    Q_OBJECT
public:
    GraphQLExchange(Transport *transport, const Operation &operation, const QJsonObject &variables,
                    const RequestOptions &options, const QByteArray &shareKey);
    ~GraphQLExchange() override;

    QByteArray shareKey() const { return m_shareKey; }
    RequestOptions::Priority priority() const { return m_options.priority; }
    void subscribe(GraphQLRequest *request);
    void unsubscribe(GraphQLRequest *request);
    void start();
    // Called by the transport when a connection is free for this exchange's next attempt.
    void sendAttempt();

private:
    void queueAttempt();
    void onReplyHeaders();
    void onReplyData();
    qint64 responseCap() const;
    void onReplyFinished();
    void onDeadline();
    void decode(const QByteArray &body, int httpStatus, const QByteArray &retryAfterHeader);
    void onDecoded(const DecodedBody &decoded, qint64 bytes, const QByteArray &retryAfterHeader);
    void handleResult(GraphQLResult result, const QByteArray &retryAfterHeader);
    void failAttempt(ApiError error);
    void renewToken();
    void finish(GraphQLResult result);
    void releaseReply();
    bool retriesAllowed() const;

    QPointer<Transport> m_transport;
    Operation m_operation;
    QJsonObject m_variables;
    RequestOptions m_options;
    QByteArray m_shareKey;
    QList<QPointer<GraphQLRequest>> m_requests;

    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;   // read as it arrives, so the size cap bounds what is ever held
    QTimer m_deadline;   // ours, not Qt's: it dies with this object, so never fires late
    QTimer m_retryTimer; // the backoff wait
    QElapsedTimer m_clock;
    QElapsedTimer m_decodeClock;
    QFutureWatcher<DecodedBody> *m_decoder = nullptr;
    int m_attempts = 0;
    int m_retries = 0;
    bool m_renewed = false;
    QByteArray m_sentToken; // what the last attempt carried, to name it if Kraken refuses it
    bool m_http2FallbackUsed = false;
    bool m_done = false;
};

} // namespace kac::api
