#pragma once

#include "api/ApiError.h"
#include "api/Operation.h"
#include "api/RequestOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace kac::api {

class LatestRequest;
class Transport;
struct GraphQLResult;

// Pages through one Relay connection (edges { cursor node }, pageInfo { hasNextPage endCursor },
// totalCount). The operation must take `$first: Int` and `$after: String`; `connectionPath` is
// where the connection sits under `data`, e.g. {"account", "transactions"}.
// isLoading() always clears, on success and on failure.
// A page never asks for more than kMaxPageSize rows: Kraken refuses `first` of 100 or more.
class RelayPager : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPageSize = 99;

    RelayPager(Transport *transport, const Operation &operation, const QJsonObject &variables,
               const QStringList &connectionPath, int pageSize = 50, QObject *parent = nullptr);
    ~RelayPager() override;

    void setRequestOptions(const RequestOptions &options) { m_options = options; }

    bool canFetchMore() const { return !m_loading && m_hasNextPage; }
    bool isLoading() const { return m_loading; }
    int totalCount() const { return m_totalCount; }
    int loadedCount() const { return m_loadedCount; }
    // The first per-field error (e.g. KT-CT-1113, a disabled field) that came with a page since
    // the last reset(): the rows are there but some of their fields are null. None when complete.
    ApiError partialError() const { return m_partialError; }

    // Asks for the next page; does nothing while loading or after the last page.
    void fetchNext();
    // Drops a page in flight, keeping the cursor: the next fetchNext() asks for it again.
    void cancelPage();
    // Forgets the cursor (and drops a page in flight) so the next fetch starts at the top.
    void reset();

signals:
    void pageLoaded(const QJsonArray &nodes, bool hasNextPage, int totalCount);
    void failed(const kac::api::ApiError &error);
    void loadingChanged(bool loading);

private:
    void onFinished(const GraphQLResult &result);
    void setLoading(bool loading);

    QPointer<Transport> m_transport;
    Operation m_operation;
    QJsonObject m_variables;
    QStringList m_connectionPath;
    int m_pageSize;
    RequestOptions m_options;
    LatestRequest *m_request; // the page in flight
    QString m_endCursor;
    bool m_hasNextPage = true;
    bool m_loading = false;
    int m_totalCount = -1;
    int m_loadedCount = 0;
    ApiError m_partialError;
};

} // namespace kac::api
