#include "api/RelayPager.h"

#include "api/LatestRequest.h"
#include "api/Log.h"
#include "api/Transport.h"

namespace kac::api {

RelayPager::RelayPager(Transport *transport, const Operation &operation,
                       const QJsonObject &variables, const QStringList &connectionPath,
                       int pageSize, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_operation(operation)
    , m_variables(variables)
    , m_connectionPath(connectionPath)
    , m_pageSize(qBound(1, pageSize, kMaxPageSize))
    , m_request(new LatestRequest(transport, this))
{}

// Destroying m_request (a child) aborts a page in flight; no callback reaches us.
RelayPager::~RelayPager() = default;

void RelayPager::fetchNext()
{
    if (!canFetchMore() || !m_transport)
        return;
    QJsonObject variables = m_variables;
    variables.insert(QStringLiteral("first"), m_pageSize);
    if (!m_endCursor.isEmpty())
        variables.insert(QStringLiteral("after"), m_endCursor);
    m_request->send(
        m_operation, variables, [this](const GraphQLResult &result) { onFinished(result); },
        m_options);
    setLoading(true);
}

void RelayPager::cancelPage()
{
    m_request->cancel(); // aborts; no callback reaches us
    setLoading(false);
}

void RelayPager::reset()
{
    m_request->cancel();
    m_endCursor.clear();
    m_hasNextPage = true;
    m_totalCount = -1;
    m_loadedCount = 0;
    m_partialError = {};
    setLoading(false);
}

void RelayPager::onFinished(const GraphQLResult &result)
{
    if (!result.ok()) {
        setLoading(false);
        emit failed(result.error);
        return;
    }
    QJsonValue value = result.data;
    for (const QString &key : std::as_const(m_connectionPath))
        value = value.toObject().value(key);
    if (!value.isObject()) {
        // The parent object is null: the field was refused (partial data) or does not exist.
        m_hasNextPage = false;
        setLoading(false);
        emit failed(result.missing(m_connectionPath.join(QLatin1Char('.'))));
        return;
    }
    const QJsonObject connection = value.toObject();
    QJsonArray nodes;
    const QJsonArray edges = connection.value(QLatin1String("edges")).toArray();
    // Never more rows than the page asked for, whatever the server sends: a broken or hostile
    // server must not fill the agent's table (and memory) with a million rows for `first: 50`.
    const qsizetype kept = qMin<qsizetype>(edges.size(), m_pageSize);
    if (edges.size() > kept)
        qCWarning(kacTransport) << m_operation.name << "sent" << edges.size()
                                << "rows for a page of" << m_pageSize << "; kept" << kept;
    for (qsizetype i = 0; i < kept; ++i)
        nodes.append(edges.at(i).toObject().value(QLatin1String("node")));
    const QJsonObject pageInfo = connection.value(QLatin1String("pageInfo")).toObject();
    m_hasNextPage = pageInfo.value(QLatin1String("hasNextPage")).toBool();
    m_endCursor = pageInfo.value(QLatin1String("endCursor")).toString();
    if (m_endCursor.isEmpty())
        m_hasNextPage = false; // cannot ask for more without a cursor
    m_totalCount = connection.value(QLatin1String("totalCount")).toInt(-1);
    m_loadedCount += nodes.size();
    if (m_partialError.isNone())
        m_partialError = result.partialError();
    setLoading(false);
    emit pageLoaded(nodes, m_hasNextPage, m_totalCount);
}

void RelayPager::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace kac::api
