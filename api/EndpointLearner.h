#pragma once

#include "api/OperationManifest.h"
#include "api/SchemaCache.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

namespace kac::api {

class EndpointCapabilities;
class GraphQLRequest;
struct GraphQLResult;
class Transport;

// Learns what the signed-in endpoint offers and tells EndpointCapabilities: asks its
// krakenVersion; reuses the schema cached for (endpoint, version) or, when there is none or the
// version changed, sends one introspection query and caches its compact form; then checks every
// operation of the manifest against it. Decoding, reading and writing the cache and the check
// run off the UI thread. A failure leaves everything offered (the console works as before) and
// says so through notice().
class EndpointLearner : public QObject
{
    Q_OBJECT
public:
    // Neither is owned; both must outlive the learner.
    EndpointLearner(Transport *transport, EndpointCapabilities *capabilities,
                    const QString &cacheDirectory = SchemaCache::defaultDirectory(),
                    QObject *parent = nullptr);

    // Starts learning the transport's current endpoint (call after a sign-in). A learning
    // already under way is dropped.
    void learn();
    // Drops what is under way and what was learned (sign-out, another endpoint).
    void forget();
    bool isLearning() const { return m_learning; }

signals:
    // The capabilities now describe the endpoint; fromCache: no introspection was needed.
    void learned(bool fromCache);
    // Learning failed: everything stays offered. `message` is for the status bar (no PII).
    void failed(const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        SchemaSummary schema;
        QHash<QString, QString> notOffered;
    };

    void onVersion(const GraphQLResult &result, quint64 flow);
    void introspect(quint64 flow);
    void onIntrospection(const GraphQLResult &result, quint64 flow);
    void runOffThread(quint64 flow, bool fromCache, std::function<Outcome()> work,
                      std::function<void()> onMiss);
    void fail(const QString &why);

    Transport *m_transport;
    EndpointCapabilities *m_capabilities;
    QString m_cacheDirectory;
    QPointer<GraphQLRequest> m_request;
    QUrl m_endpoint;
    QString m_version;
    quint64 m_flow = 0;
    bool m_learning = false;
};

} // namespace kac::api
