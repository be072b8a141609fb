#pragma once

#include "api/GraphQLResult.h"
#include "api/Operation.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace kac::api {

class GraphQLRequest;
class Transport;

// One agent action's mutation (add a note, send a reply ...), at most one in flight at a time: a
// second send() while the first is on its way is refused, so a double click or a held Ctrl+Enter
// sends once. The transport never retries a mutation; this never does either.
class SingleFlightMutation : public QObject
{
    Q_OBJECT
public:
    SingleFlightMutation(Transport *transport, const QString &operationName,
                         QObject *parent = nullptr);

    // False (and nothing sent) while an earlier send has not finished.
    bool send(const QJsonObject &variables);
    bool inFlight() const { return !m_request.isNull(); }
    // How many sends went to the transport (for tests and the activity list).
    int sentCount() const { return m_sent; }

signals:
    void finished(const kac::api::GraphQLResult &result);

private:
    Transport *m_transport;
    Operation m_operation;
    QPointer<GraphQLRequest> m_request;
    int m_sent = 0;
};

} // namespace kac::api
