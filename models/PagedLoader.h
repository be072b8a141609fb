#pragma once

#include "api/ApiError.h"
#include "api/RequestOptions.h"
#include "models/Loadable.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace kac::api {
class RelayPager;
class Transport;
} // namespace kac::api

namespace kac::models {

class PagedTableModel;

// The one paging stack: fills one PagedTableModel (which only holds rows) from one Relay
// connection through an api::RelayPager. Every paged list (account sections' connections,
// campaigns, conversations, call tags) uses it. start() with new variables (a new filter)
// drops the pager and any page in flight, so a stale page can never land in the model. The
// model's fetchMore() asks for the next page; fetchAll() keeps going to the end. The loading
// flag always clears, on success and on failure. A later page loads (and fails) under the rows
// already shown: the state stays Loaded, isLoading() and pageError() say so.
class PagedLoader : public Loadable
{
    Q_OBJECT
public:
    using State = LoadState;

    PagedLoader(api::Transport *transport, PagedTableModel *model, const QString &operationName,
                const QStringList &connectionPath, int pageSize = 50, QObject *parent = nullptr);
    ~PagedLoader() override;

    PagedTableModel *model() const { return m_model; }
    LoadState state() const override { return m_state; }
    api::ApiError error() const override { return m_error; }
    // Loaded, but Kraken refused some fields (e.g. KT-CT-1113): the first such error since start().
    api::ApiError partialError() const override;
    // Loaded, but the next page failed: why. The rows stay; retry() asks for that page again.
    api::ApiError pageError() const override { return m_pageError; }
    // A page (the first or a later one) is on its way.
    bool isLoading() const;
    int totalCount() const { return m_totalCount; }
    QJsonObject variables() const { return m_variables; }
    bool canFetchMore() const;
    // Every page is in (the last page arrived and none failed since).
    bool isComplete() const;
    // fetchAll() was asked for since the last start().
    bool fetchesAll() const { return m_fetchAll; }

    // Tests only: e.g. a sandbox fault header on every request from now on.
    void setRequestOptions(const api::RequestOptions &options) { m_options = options; }
    // Rows per page from the next start() (a query that picks its own page size).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    // Clears the model and loads the first page with these variables.
    void start(const QJsonObject &variables);
    // Nothing to load any more (no meter chosen, say): the rows and any page in flight go, and
    // the loader is Idle until the next start().
    void reset();
    // After a failure: asks again for the page that failed (or starts over if none had loaded).
    // After partial data: starts over, so the refused fields get another chance.
    void retry() override;
    // Out of sight: a page in flight is dropped; a first page leaves the loader Idle (start()
    // again), a later one is asked again by the next fetchMore(). No error is shown.
    void suspend();
    void fetchMore();
    // Keeps asking for pages until the end (or a failure; retry() goes on from there). Asks at
    // once when nothing is on its way.
    void fetchAll();

signals:
    void stateChanged(kac::models::LoadState state);
    void pageLoaded(int loaded, int total);
    // A page's nodes were handed to the model as rows [first, last] (none when the page was empty).
    void pageAppended(int first, int last, bool complete);
    // A later page failed (the rows stay); pageError() says the same.
    void pageFailed(const kac::api::ApiError &error);
    // Everything the connection holds is in the model.
    void allLoaded();
    void loadingChanged(bool loading);

private:
    void onPageLoaded(const QJsonArray &nodes, bool hasNextPage, int totalCount);
    void onFailed(const api::ApiError &error);
    void setState(LoadState state);
    void dropPager();

    QPointer<api::Transport> m_transport;
    PagedTableModel *m_model;
    QString m_operationName;
    QStringList m_connectionPath;
    int m_pageSize;
    api::RequestOptions m_options;
    QJsonObject m_variables;
    api::RelayPager *m_pager = nullptr;
    State m_state = State::Idle;
    api::ApiError m_error;
    api::ApiError m_pageError;
    int m_totalCount = -1;
    bool m_fetchAll = false;
};

} // namespace kac::models
