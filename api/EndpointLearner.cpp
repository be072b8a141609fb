#include "api/EndpointLearner.h"

#include "api/EndpointCapabilities.h"
#include "api/GraphQLRequest.h"
#include "api/Log.h"
#include "api/Operation.h"
#include "api/Transport.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace kac::api {

EndpointLearner::EndpointLearner(Transport *transport, EndpointCapabilities *capabilities,
                                 const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_capabilities(capabilities)
    , m_cacheDirectory(cacheDirectory)
{}

void EndpointLearner::learn()
{
    const quint64 flow = ++m_flow;
    delete m_request;
    m_learning = true;
    m_endpoint = m_transport->endpoint();
    m_version.clear();
    static const Operation operation = Operation::load(QStringLiteral("KrakenVersion"));
    RequestOptions options;
    options.maxAttempts = 2;
    m_request = m_transport->send(operation, {}, options, this);
    connect(m_request, &GraphQLRequest::finished, this,
            [this, flow, request = m_request.data()](const GraphQLResult &result) {
                request->deleteLater();
                onVersion(result, flow);
            });
}

void EndpointLearner::forget()
{
    ++m_flow;
    delete m_request;
    m_learning = false;
    m_capabilities->reset();
}

void EndpointLearner::onVersion(const GraphQLResult &result, quint64 flow)
{
    if (flow != m_flow)
        return;
    const QJsonObject version = result.data.value(QLatin1String("krakenVersion")).toObject();
    const QString number = version.value(QLatin1String("number")).toString();
    if (!number.isEmpty())
        m_version = number + QLatin1Char(' ') + version.value(QLatin1String("SHA")).toString();
    else
        qCInfo(kacTransport) << "no krakenVersion from this endpoint; its schema is not cached"
                             << (result.ok() ? QString() : result.error.summary());
    if (m_version.isEmpty()) {
        introspect(flow);
        return;
    }
    const QString directory = m_cacheDirectory;
    const QUrl endpoint = m_endpoint;
    const QString wanted = m_version;
    const OperationManifest manifest = m_capabilities->manifest();
    runOffThread(
        flow, true,
        [directory, endpoint, wanted, manifest] {
            Outcome outcome;
            const SchemaCache::Entry entry = SchemaCache(directory).load(endpoint);
            if (entry.krakenVersion != wanted || entry.schema.isEmpty())
                return outcome;
            outcome.ok = true;
            outcome.schema = entry.schema;
            outcome.notOffered = EndpointCapabilities::check(manifest, entry.schema);
            return outcome;
        },
        [this, flow] { introspect(flow); });
}

void EndpointLearner::introspect(quint64 flow)
{
    qCInfo(kacTransport) << "learning the endpoint's schema (introspection)";
    static const Operation operation = Operation::load(QStringLiteral("SchemaIntrospection"));
    RequestOptions options;
    options.timeoutMs = 60000; // a whole schema: large, and worth waiting for once per version
    options.maxAttempts = 2;
    m_request = m_transport->send(operation, {}, options, this);
    connect(m_request, &GraphQLRequest::finished, this,
            [this, flow, request = m_request.data()](const GraphQLResult &result) {
                request->deleteLater();
                onIntrospection(result, flow);
            });
}

void EndpointLearner::onIntrospection(const GraphQLResult &result, quint64 flow)
{
    if (flow != m_flow)
        return;
    if (!result.ok()) {
        fail(result.error.summary());
        return;
    }
    const QString directory = m_cacheDirectory;
    const QUrl endpoint = m_endpoint;
    const QString version = m_version;
    const OperationManifest manifest = m_capabilities->manifest();
    const QJsonObject data = result.data;
    runOffThread(
        flow, false,
        [directory, endpoint, version, manifest, data] {
            Outcome outcome;
            outcome.schema = SchemaSummary::fromIntrospection(data);
            if (outcome.schema.isEmpty())
                return outcome;
            outcome.ok = true;
            outcome.notOffered = EndpointCapabilities::check(manifest, outcome.schema);
            // Without a version there is no telling when the cached copy goes stale.
            if (!version.isEmpty() &&
                !SchemaCache(directory).save(endpoint, SchemaCache::Entry{version, outcome.schema}))
                qCWarning(kacTransport) << "could not cache the endpoint's schema in" << directory;
            return outcome;
        },
        [this] { fail(QStringLiteral("the introspection answer has no schema")); });
}

void EndpointLearner::runOffThread(quint64 flow, bool fromCache, std::function<Outcome()> work,
                                   std::function<void()> onMiss)
{
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher, flow, fromCache, onMiss] {
                watcher->deleteLater();
                if (flow != m_flow)
                    return;
                const Outcome outcome = watcher->result();
                if (!outcome.ok) {
                    onMiss();
                    return;
                }
                m_learning = false;
                m_capabilities->setSchema(outcome.schema, outcome.notOffered);
                qCInfo(kacTransport).nospace()
                    << "endpoint schema " << (fromCache ? "from the cache" : "learned") << ": "
                    << outcome.schema.typeCount() << " types, " << outcome.notOffered.size()
                    << " operation(s) not offered";
                for (auto it = outcome.notOffered.begin(); it != outcome.notOffered.end(); ++it)
                    qCInfo(kacTransport).noquote()
                        << "  not offered:" << it.key() << "-" << it.value();
                emit learned(fromCache);
            });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void EndpointLearner::fail(const QString &why)
{
    m_learning = false;
    m_capabilities->reset();
    qCWarning(kacTransport).noquote() << "could not learn what this endpoint offers:" << why;
    emit failed(tr("Could not learn what this Kraken offers; every pane will be tried."));
}

} // namespace kac::api
