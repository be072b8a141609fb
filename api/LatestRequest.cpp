#include "api/LatestRequest.h"

#include "api/GraphQLRequest.h"

namespace kac::api {

LatestRequest::LatestRequest(QObject *parent)
    : QObject(parent)
{}

LatestRequest::~LatestRequest()
{
    clear();
}

GraphQLRequest *LatestRequest::replace(GraphQLRequest *request)
{
    clear();
    m_current = request;
    if (!request)
        return nullptr;
    request->setParent(this);
    connect(request, &GraphQLRequest::finished, this, [this, request](const GraphQLResult &result) {
        if (request != m_current)
            return;
        m_current = nullptr;
        request->deleteLater(); // not inside its own signal
        emit finished(result);
    });
    return request;
}

void LatestRequest::clear()
{
    GraphQLRequest *previous = m_current;
    m_current = nullptr;
    delete previous; // aborts; no signal reaches anyone
}

} // namespace kac::api
