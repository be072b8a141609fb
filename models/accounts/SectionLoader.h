#pragma once

#include "api/ApiError.h"
#include "api/Transport.h"
#include "models/Loadable.h"
#include "models/accounts/AccountSections.h"
#include "models/accounts/RecordTableModel.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace kac::api {
class LatestRequest;
struct GraphQLResult;
} // namespace kac::api

namespace kac::models {

class PagedLoader;

// Loads one section of one account into its RecordTableModel: a single request for lists and
// field sets; a connection goes through the one paging stack (a PagedLoader, whose state,
// errors and paging this loader passes on). Destroying the loader cancels whatever it has in
// flight.
class SectionLoader : public Loadable
{
    Q_OBJECT
public:
    using State = LoadState;

    SectionLoader(api::Transport *transport, const AccountSectionSpec &spec,
                  const QString &accountNumber, QObject *parent = nullptr);
    ~SectionLoader() override;

    const AccountSectionSpec &spec() const { return m_spec; }
    RecordTableModel *model() const { return m_model; }
    LoadState state() const override;
    bool isLoading() const;
    api::ApiError error() const override;
    // Loaded, but Kraken refused some fields (e.g. KT-CT-1113); none when the rows are complete.
    api::ApiError partialError() const override;
    // Loaded, but the next page failed: why. The rows stay; retry() asks for that page again.
    api::ApiError pageError() const override;
    // Connections: how many rows the server has in all (-1 until the first page).
    int totalCount() const;
    bool canFetchMore() const;

    // First load; does nothing once started. retry() asks again for a page that failed after
    // the first, and otherwise starts over (after a failure, or to ask again for refused fields).
    void load();
    void retry() override;
    // Out of sight: a first load in flight is dropped and the loader is Idle again; a later
    // page in flight is dropped and asked again by the next load(). No error is shown.
    void suspend();
    void fetchMore();
    // Arguments sent besides the account number (an order, a date range): starts over with
    // them if the section has loaded or is loading; otherwise they go with the first load.
    void setArguments(const QJsonObject &arguments);
    QJsonObject arguments() const { return m_arguments; }

signals:
    void stateChanged(kac::models::LoadState state);
    // A page (or the whole list) arrived; for connections also when a later page fails.
    void progress(int loaded, int total);
    void pageFailed(const kac::api::ApiError &error);

private:
    void start();
    void onListFinished(const api::GraphQLResult &result);
    void setState(LoadState state);

    QPointer<api::Transport> m_transport;
    AccountSectionSpec m_spec;
    QString m_accountNumber;
    RecordTableModel *m_model;
    api::LatestRequest *m_request;  // the single request of a list or field set
    PagedLoader *m_paged = nullptr; // a Connection's pages; null for lists and field sets
    // Lists and field sets only:
    State m_state = State::Idle;
    api::ApiError m_error;
    api::ApiError m_partialError;
    int m_totalCount = -1;
    bool m_pageSuspended = false; // a connection's later page was dropped out of sight
    QJsonObject m_arguments;
};

} // namespace kac::models
