#include "api/GraphQLRequest.h"

#include "api/GraphQLExchange.h"

namespace kac::api {

GraphQLRequest::GraphQLRequest(const QString &operationName, QObject *parent)
    : QObject(parent)
    , m_operationName(operationName)
{}

GraphQLRequest::~GraphQLRequest()
{
    // The exchange aborts the reply when its last request leaves; no signal reaches us now.
    if (m_exchange)
        m_exchange->unsubscribe(this);
}

void GraphQLRequest::attach(GraphQLExchange *exchange)
{
    m_exchange = exchange;
    exchange->subscribe(this);
}

void GraphQLRequest::cancel()
{
    if (m_finished)
        return;
    if (m_exchange) {
        m_exchange->unsubscribe(this);
        m_exchange = nullptr;
    }
    GraphQLResult result;
    result.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled"));
    deliver(result);
}

void GraphQLRequest::deliver(const GraphQLResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exchange = nullptr;
    m_result = result;
    emit finished(m_result);
}

} // namespace kac::api
