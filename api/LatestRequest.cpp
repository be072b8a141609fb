#include "api/LatestRequest.h"

#include "api/GraphQLRequest.h"
#include "api/Operation.h"
#include "api/Transport.h"

namespace kac::api {

LatestRequest::LatestRequest(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

LatestRequest::~LatestRequest()
{
    cancel();
}

void LatestRequest::send(const Operation &operation, const QJsonObject &variables, Handler handler,
                         const RequestOptions &options)
{
    // The new request is sent before the old one is dropped, so an identical query still in
    // flight is joined (Transport shares it) rather than aborted and asked again.
    GraphQLRequest *previous = m_request;
    m_request = nullptr;
    if (!m_transport) {
        delete previous; // aborts; its handler never runs
        GraphQLResult result;
        result.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("no transport"));
        handler(result);
        return;
    }
    GraphQLRequest *request = m_transport->send(operation, variables, options, this);
    m_request = request;
    delete previous; // aborts; its handler never runs
    connect(request, &GraphQLRequest::finished, this,
            [this, request, handler = std::move(handler)](const GraphQLResult &result) {
                if (request != m_request)
                    return;
                m_request = nullptr;
                request->deleteLater(); // never delete inside its own signal
                handler(result);
            });
}

void LatestRequest::cancel()
{
    GraphQLRequest *previous = m_request;
    m_request = nullptr;
    delete previous; // aborts; no signal afterwards
}

} // namespace kac::api
