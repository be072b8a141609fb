#pragma once

#include "api/GraphQLResult.h"
#include "api/RequestOptions.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace kac::api {
class GraphQLRequest;
class Transport;
} // namespace kac::api

namespace kac::models {

// Holds at most one request of one kind (the campaign header, a call lookup...): sending a
// new one destroys the old, so only the latest answer is ever handled (no stale replies).
class LatestRequest : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const api::GraphQLResult &)>;

    explicit LatestRequest(api::Transport *transport, QObject *parent = nullptr);
    ~LatestRequest() override;

    void send(const QString &operationName, const QJsonObject &variables, Handler handler,
              const api::RequestOptions &options = {});
    void cancel(); // drops the request in flight; its handler never runs
    bool isBusy() const { return m_request != nullptr; }

private:
    QPointer<api::Transport> m_transport;
    api::GraphQLRequest *m_request = nullptr;
};

} // namespace kac::models
