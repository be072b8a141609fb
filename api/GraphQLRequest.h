#pragma once

#include "api/GraphQLResult.h"

#include <QObject>
#include <QPointer>

namespace kac::api {

class GraphQLExchange;

// One caller's view of a GraphQL request, made by Transport::send(). The caller owns it (or it
// is parented to the `context` given to send()). It emits `finished` exactly once, later on the
// event loop, never from inside send(). Destroying it aborts the network work (unless another
// request shares it) and guarantees no signal is emitted afterwards.
class GraphQLRequest : public QObject
{
    Q_OBJECT
public:
    ~GraphQLRequest() override;

    QString operationName() const { return m_operationName; }
    bool isFinished() const { return m_finished; }
    // Valid once finished.
    const GraphQLResult &result() const { return m_result; }

    // Stops the request now and finishes it with ApiError::Kind::Cancelled (so a `loading`
    // state tied to `finished` clears). Does nothing once finished.
    void cancel();

signals:
    void finished(const kac::api::GraphQLResult &result);
    // A transient failure happened; attempt number `attempt` (2 = first retry) is sent after
    // `delayMs`.
    void retryScheduled(int attempt, int delayMs);

private:
    friend class GraphQLExchange;
    friend class Transport;
    GraphQLRequest(const QString &operationName, QObject *parent);

    void attach(GraphQLExchange *exchange);
    void deliver(const GraphQLResult &result); // called by the exchange, at most once honoured

    QString m_operationName;
    QPointer<GraphQLExchange> m_exchange;
    GraphQLResult m_result;
    bool m_finished = false;
};

} // namespace kac::api
