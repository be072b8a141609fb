#include "models/campaigns/LatestRequest.h"

#include "api/GraphQLRequest.h"
#include "api/Operation.h"
#include "api/Transport.h"

namespace kac::models {

LatestRequest::LatestRequest(api::Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

LatestRequest::~LatestRequest()
{
    cancel();
}

void LatestRequest::send(const QString &operationName, const QJsonObject &variables,
                         Handler handler, const api::RequestOptions &options)
{
    cancel();
    if (!m_transport) {
        api::GraphQLResult result;
        result.error =
            api::ApiError::make(api::ApiError::Kind::Cancelled, QStringLiteral("no transport"));
        handler(result);
        return;
    }
    m_request = m_transport->send(api::Operation::load(operationName), variables, options);
    api::GraphQLRequest *request = m_request;
    connect(request, &api::GraphQLRequest::finished, this,
            [this, request, handler](const api::GraphQLResult &result) {
                if (request != m_request)
                    return;
                m_request = nullptr;
                request->deleteLater(); // never delete inside its own signal
                handler(result);
            });
}

void LatestRequest::cancel()
{
    delete m_request; // aborts; no signal afterwards
    m_request = nullptr;
}

} // namespace kac::models
