#include "api/SingleFlightMutation.h"

#include "api/GraphQLRequest.h"
#include "api/Transport.h"

namespace kac::api {

SingleFlightMutation::SingleFlightMutation(Transport *transport, const QString &operationName,
                                           QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_operation(Operation::load(operationName))
{}

bool SingleFlightMutation::send(const QJsonObject &variables)
{
    if (inFlight() || !m_transport)
        return false;
    ++m_sent;
    GraphQLRequest *request = m_transport->send(m_operation, variables, {}, this);
    m_request = request;
    connect(request, &GraphQLRequest::finished, this, [this, request](const GraphQLResult &r) {
        // Cleared before anyone hears the result, so a slot may send the next one at once.
        m_request = nullptr;
        request->deleteLater();
        emit finished(r);
    });
    return true;
}

} // namespace kac::api
