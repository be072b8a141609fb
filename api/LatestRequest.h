#pragma once

#include "api/GraphQLResult.h"
#include "api/RequestOptions.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace kac::api {

class GraphQLRequest;
class Operation;
class Transport;

// Holds at most one request of one kind (a section's page, a search, the campaign header...):
// sending a new one destroys the old, which aborts its reply, so only the latest answer is
// ever handled and a slow stale reply can never overwrite a newer one. Destroying the holder
// (its owner closing) or cancel() (a pane being hidden) aborts the request the same way: the
// handler never runs afterwards.
class LatestRequest : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const GraphQLResult &)>;

    explicit LatestRequest(Transport *transport, QObject *parent = nullptr);
    ~LatestRequest() override;

    // Replaces the request in flight, if any. `handler` runs once, with the answer, unless a
    // newer send(), cancel() or destruction comes first. It may call send() again.
    void send(const Operation &operation, const QJsonObject &variables, Handler handler,
              const RequestOptions &options = {});
    void cancel(); // drops the request in flight; its handler never runs
    bool isBusy() const { return m_request != nullptr; }

private:
    QPointer<Transport> m_transport;
    GraphQLRequest *m_request = nullptr;
};

} // namespace kac::api
