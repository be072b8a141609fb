#pragma once

#include "api/GraphQLResult.h"

#include <QObject>

namespace kac::api {

class GraphQLRequest;

// Keeps only the newest of a series of requests (search-as-you-type, switching accounts):
// replace() destroys the previous request, which aborts its reply and guarantees its answer is
// never delivered, so a slow stale reply can never overwrite a newer one.
class LatestRequest : public QObject
{
    Q_OBJECT
public:
    explicit LatestRequest(QObject *parent = nullptr);
    ~LatestRequest() override;

    // Takes ownership of `request` and makes it the current one; returns it for connecting.
    GraphQLRequest *replace(GraphQLRequest *request);
    GraphQLRequest *current() const { return m_current; }
    bool isBusy() const { return m_current != nullptr; }
    // Drops the current request, if any, without a signal.
    void clear();

signals:
    // The current request finished; stale ones never get here.
    void finished(const kac::api::GraphQLResult &result);

private:
    GraphQLRequest *m_current = nullptr;
};

} // namespace kac::api
