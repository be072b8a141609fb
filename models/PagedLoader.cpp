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

bool PagedLoader::isComplete() const
{
    return m_pager && m_totalCount >= 0 && !m_pager->isLoading() && !m_pager->canFetchMore() &&
           m_error.isNone() && m_pageError.isNone();
}

api::ApiError PagedLoader::partialError() const
{
    return m_pager ? m_pager->partialError() : api::ApiError{};
}

void PagedLoader::dropPager()
{
    const bool wasLoading = isLoading();
    delete m_pager; // aborts a page in flight; no callback reaches us
    m_pager = nullptr;
    m_model->setLoading(false);
    if (wasLoading)
        emit loadingChanged(false);
}

void PagedLoader::start(const QJsonObject &variables)
{
    dropPager(); // before clear(): views call canFetchMore()
    m_variables = variables;
    m_totalCount = -1;
    m_error = {};
    m_pageError = {};
    m_fetchAll = false;
    m_model->clear();
    m_model->setMoreAvailable(false);
    if (!m_transport) { // signed out meanwhile: nothing can be asked for
        m_error = api::ApiError::make(api::ApiError::Kind::Cancelled);
        setState(State::Failed);
        return;
    }
    m_pager = new api::RelayPager(m_transport, api::Operation::load(m_operationName), variables,
                                  m_connectionPath, m_pageSize, this);
    m_pager->setRequestOptions(m_options);
    connect(m_pager, &api::RelayPager::pageLoaded, this, &PagedLoader::onPageLoaded);
    connect(m_pager, &api::RelayPager::failed, this, &PagedLoader::onFailed);
    connect(m_pager, &api::RelayPager::loadingChanged, m_model, &PagedTableModel::setLoading);
    connect(m_pager, &api::RelayPager::loadingChanged, this, &PagedLoader::loadingChanged);
    // Announced even when a later page of the old list was loading: this is a new first page,
    // and a pane bound to the loader must show its busy page again.
    m_state = State::Loading;
    emit stateChanged(m_state);
    emit changed();
    m_pager->fetchNext();
}

void PagedLoader::reset()
{
    dropPager();
    m_variables = {};
    m_totalCount = -1;
    m_error = {};
    m_pageError = {};
    m_fetchAll = false;
    m_model->clear();
    m_model->setMoreAvailable(false);
    setState(State::Idle);
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

void PagedLoader::fetchAll()
{
    m_fetchAll = true;
    fetchMore();
}

void PagedLoader::suspend()
{
    if (!isLoading())
        return;
    if (m_model->rowCount() == 0) {
        dropPager(); // aborts the first page
        setState(State::Idle);
        return;
    }
    m_pager->cancelPage();
    m_model->setMoreAvailable(true); // the view may ask for the dropped page again
    emit changed();
}

void PagedLoader::onPageLoaded(const QJsonArray &nodes, bool hasNextPage, int totalCount)
{
    m_totalCount = totalCount;
    const int first = m_model->rowCount();
    m_model->expectRows(totalCount);
    m_model->appendNodes(nodes);
    m_model->setMoreAvailable(hasNextPage);
    emit pageAppended(first, m_model->rowCount() - 1, !hasNextPage);
    setState(m_model->rowCount() == 0 ? State::Empty : State::Loaded);
    emit pageLoaded(m_model->rowCount(), totalCount);
    if (!hasNextPage)
        emit allLoaded();
    else if (m_fetchAll)
        fetchMore();
}

void PagedLoader::onFailed(const api::ApiError &error)
{
    // The view must not keep asking for the page that just failed; retry() asks again.
    m_model->setMoreAvailable(false);
    if (m_model->rowCount() > 0) {
        m_pageError = error; // the rows stay: still Loaded
        emit pageFailed(error);
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
