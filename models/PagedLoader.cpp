#include "models/PagedLoader.h"

#include "api/RelayPager.h"
#include "api/Transport.h"
#include "models/PagedTableModel.h"

namespace kac::models {

PagedLoader::PagedLoader(api::Transport *transport, PagedTableModel *model,
                         const QString &operationName, const QStringList &connectionPath,
                         int pageSize, QObject *parent)
    : Loadable(parent)
    , m_transport(transport)
    , m_model(model)
    , m_operationName(operationName)
    , m_connectionPath(connectionPath)
    , m_pageSize(pageSize)
{
    connect(m_model, &PagedTableModel::fetchMoreRequested, this, &PagedLoader::fetchMore);
}

PagedLoader::~PagedLoader()
{
    delete m_pager; // aborts a page in flight
}

bool PagedLoader::canFetchMore() const
{
    return m_pager && m_pager->canFetchMore() && m_state != State::Failed && m_pageError.isNone();
}

bool PagedLoader::isLoading() const
{
    return m_pager && m_pager->isLoading();
}

api::ApiError PagedLoader::partialError() const
{
    return m_pager ? m_pager->partialError() : api::ApiError{};
}

void PagedLoader::start(const QJsonObject &variables)
{
    delete m_pager;
    m_pager = nullptr; // clear() below lets views call canFetchMore()
    m_variables = variables;
    m_totalCount = -1;
    m_error = {};
    m_pageError = {};
    m_model->clear();
    m_model->setMoreAvailable(false);
    m_pager = new api::RelayPager(m_transport, api::Operation::load(m_operationName), variables,
                                  m_connectionPath, m_pageSize, this);
    m_pager->setRequestOptions(m_options);
    connect(m_pager, &api::RelayPager::pageLoaded, this, &PagedLoader::onPageLoaded);
    connect(m_pager, &api::RelayPager::failed, this, &PagedLoader::onFailed);
    connect(m_pager, &api::RelayPager::loadingChanged, m_model, &PagedTableModel::setLoading);
    // Announced even when a later page of the old list was loading: this is a new first page,
    // and a pane bound to the loader must show its busy page again.
    m_state = State::Loading;
    emit stateChanged(m_state);
    emit changed();
    m_pager->fetchNext();
}

void PagedLoader::retry()
{
    if (!m_pager || m_model->rowCount() == 0 || !m_pager->canFetchMore() ||
        !m_pager->partialError().isNone()) {
        start(m_variables);
        return;
    }
    // The rows stay on screen (Loaded) while the page that failed is asked for again.
    m_pageError = {};
    m_pager->setRequestOptions(m_options);
    m_pager->fetchNext();
    emit changed();
}

void PagedLoader::fetchMore()
{
    if (!canFetchMore() || m_pager->isLoading())
        return;
    m_pager->setRequestOptions(m_options);
    m_pager->fetchNext();
    emit changed();
}

void PagedLoader::suspend()
{
    if (!isLoading())
        return;
    if (m_model->rowCount() == 0) {
        delete m_pager; // aborts the first page
        m_pager = nullptr;
        m_model->setLoading(false);
        setState(State::Idle);
        return;
    }
    m_pager->cancelPage();
    emit changed();
}

void PagedLoader::onPageLoaded(const QJsonArray &nodes, bool hasNextPage, int totalCount)
{
    m_totalCount = totalCount;
    m_model->appendNodes(nodes);
    m_model->setMoreAvailable(hasNextPage);
    setState(m_model->rowCount() == 0 ? State::Empty : State::Loaded);
    emit pageLoaded(m_model->rowCount(), totalCount);
    if (!hasNextPage)
        emit allLoaded();
}

void PagedLoader::onFailed(const api::ApiError &error)
{
    // The view must not keep asking for the page that just failed; retry() asks again.
    m_model->setMoreAvailable(false);
    if (m_model->rowCount() > 0) {
        m_pageError = error; // the rows stay: still Loaded
        emit changed();
        return;
    }
    m_error = error;
    setState(State::Failed);
}

void PagedLoader::setState(LoadState state)
{
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
    emit changed();
}

} // namespace kac::models
