#include "models/SectionLoader.h"

#include "api/LatestRequest.h"
#include "api/RelayPager.h"
#include "api/Transport.h"

#include <QJsonArray>

namespace kac::models {

namespace {

QJsonValue valueAtPath(const QJsonObject &data, const QStringList &path)
{
    QJsonValue value = data;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value;
}

QList<RecordColumn> modelColumns(const AccountSectionSpec &spec)
{
    if (spec.shape != AccountSectionSpec::Shape::Fields)
        return spec.columns;
    return {{QObject::tr("Field"), QStringLiteral("label")},
            {QObject::tr("Value"), QStringLiteral("value")}};
}

} // namespace

SectionLoader::SectionLoader(api::Transport *transport, const AccountSectionSpec &spec,
                             const QString &accountNumber, QObject *parent)
    : Loadable(parent)
    , m_transport(transport)
    , m_spec(spec)
    , m_accountNumber(accountNumber)
    , m_model(new RecordTableModel(modelColumns(spec), this))
    , m_request(new api::LatestRequest(transport, this))
{
    connect(m_model, &RecordTableModel::fetchMoreRequested, this, &SectionLoader::fetchMore);
}

// Destroying m_request (a child) aborts the request in flight; no callbacks after.
SectionLoader::~SectionLoader() = default;

bool SectionLoader::canFetchMore() const
{
    return m_pager && m_pager->canFetchMore();
}

void SectionLoader::load()
{
    if (m_state == State::Idle) {
        start();
    } else if (m_pageSuspended) {
        m_pageSuspended = false;
        if (m_pager)
            m_pager->fetchNext();
        m_pageLoading = m_pager && m_pager->isLoading();
    }
}

void SectionLoader::suspend()
{
    if (m_state == State::Loading) {
        m_request->cancel(); // aborts; the connection goes to what the agent is looking at
        delete m_pager;
        m_pager = nullptr;
        m_pageLoading = false;
        setState(State::Idle);
        return;
    }
    if (m_pageLoading && m_pager) {
        m_pager->cancelPage();
        m_pageLoading = false;
        m_pageSuspended = true;
    }
}

void SectionLoader::retry()
{
    if (m_state == State::Loaded && !m_pageError.isNone())
        fetchMore();
    else if (m_state == State::Failed || m_state == State::Loaded || m_state == State::Empty)
        start();
}

void SectionLoader::start()
{
    m_pageSuspended = false;
    m_request->cancel();
    delete m_pager;
    m_pager = nullptr;
    m_model->clear();
    m_totalCount = -1;
    m_error = {};
    m_partialError = {};
    m_pageError = {};
    setState(State::Loading);
    if (!m_transport) {
        m_error = api::ApiError::make(api::ApiError::Kind::Cancelled);
        setState(State::Failed);
        return;
    }
    const api::Operation operation = api::Operation::load(m_spec.operationName);
    QJsonObject variables = m_arguments;
    variables.insert(QStringLiteral("accountNumber"), m_accountNumber);
    api::RequestOptions options;
    if (m_spec.shape == AccountSectionSpec::Shape::Connection) {
        m_pager = new api::RelayPager(m_transport, operation, variables, m_spec.listPath,
                                      m_spec.pageSize, this);
        m_pager->setRequestOptions(options);
        connect(m_pager, &api::RelayPager::pageLoaded, this, &SectionLoader::onPageLoaded);
        connect(m_pager, &api::RelayPager::failed, this, &SectionLoader::onPagerFailed);
        m_pageLoading = true;
        m_pager->fetchNext();
        return;
    }
    m_request->send(
        operation, variables, [this](const api::GraphQLResult &result) { onListFinished(result); },
        options);
}

void SectionLoader::setArguments(const QJsonObject &arguments)
{
    if (arguments == m_arguments)
        return;
    m_arguments = arguments;
    if (m_state != State::Idle)
        start();
}

void SectionLoader::fetchMore()
{
    if (!m_pager || !m_pager->canFetchMore())
        return;
    m_pageLoading = true;
    m_pager->fetchNext();
}

void SectionLoader::onListFinished(const api::GraphQLResult &result)
{
    const QJsonValue value = valueAtPath(result.data, m_spec.listPath);
    if (!result.ok() || value.isNull() || value.isUndefined()) {
        m_error = result.missing(m_spec.listPath.join(QLatin1Char('.')));
        setState(State::Failed);
        return;
    }
    m_partialError = result.partialError();
    if (m_spec.shape == AccountSectionSpec::Shape::Fields)
        m_model->appendFields(value.toObject(), m_spec.columns); // one label/value row a field
    else
        m_model->appendRecords(value.toArray());
    m_totalCount = m_model->rowCount();
    emit progress(m_totalCount, m_totalCount);
    setState(m_totalCount == 0 ? State::Empty : State::Loaded);
}

void SectionLoader::onPageLoaded(const QJsonArray &nodes, bool hasNextPage, int totalCount)
{
    m_pageLoading = false;
    m_pageError = {};
    m_totalCount = totalCount;
    m_partialError = m_pager->partialError();
    m_model->appendRecords(nodes);
    m_model->setMoreAvailable(hasNextPage);
    emit progress(m_model->rowCount(), totalCount);
    if (m_state == State::Loading)
        setState(m_model->rowCount() == 0 ? State::Empty : State::Loaded);
    else
        emit changed(); // a later page: the footer moves on, the notice may change
}

void SectionLoader::onPagerFailed(const api::ApiError &error)
{
    m_pageLoading = false;
    if (m_model->rowCount() == 0) {
        m_error = error;
        setState(State::Failed);
        return;
    }
    // A later page failed: keep the rows shown; the pane offers to try again (retry()),
    // rather than letting the view re-ask on every scroll while the server is failing.
    m_pageError = error;
    m_model->setMoreAvailable(false);
    emit pageFailed(error);
    emit changed();
}

void SectionLoader::setState(LoadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
    emit changed();
}

} // namespace kac::models
