#pragma once

#include "api/ApiError.h"
#include "api/RequestOptions.h"

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

// Fills one PagedTableModel from one Relay connection through a RelayPager: start() with new
// variables (a new filter) drops the pager and any page in flight, so a stale page can never
// land in the model. The model's fetchMore() asks for the next page. The loading flag always
// clears, on success and on failure.
class PagedLoader : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Loading,
        Ready,
        Empty,
        Failed
    };
    Q_ENUM(State)

    PagedLoader(api::Transport *transport, PagedTableModel *model, const QString &operationName,
                const QStringList &connectionPath, int pageSize = 50, QObject *parent = nullptr);
    ~PagedLoader() override;

    State state() const { return m_state; }
    api::ApiError error() const { return m_error; }
    // Ready, but Kraken refused some fields (e.g. KT-CT-1113): the first such error since start().
    api::ApiError partialError() const;
    int totalCount() const { return m_totalCount; }
    QJsonObject variables() const { return m_variables; }
    bool canFetchMore() const;

    // Clears the model and loads the first page with these variables.
    void start(const QJsonObject &variables);
    // After a failure: asks again for the page that failed (or starts over if none had loaded).
    // After partial data: starts over, so the refused fields get another chance.
    void retry();
    void fetchMore();

signals:
    void stateChanged(kac::models::PagedLoader::State state);
    void pageLoaded(int loaded, int total);
    // Everything the connection holds is in the model.
    void allLoaded();

private:
    void onPageLoaded(const QJsonArray &nodes, bool hasNextPage, int totalCount);
    void onFailed(const api::ApiError &error);
    void setState(State state);

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
    int m_totalCount = -1;
};

} // namespace kac::models
