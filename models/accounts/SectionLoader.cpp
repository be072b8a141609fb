#include "models/accounts/SectionLoader.h"

#include "api/LatestRequest.h"
#include "api/Transport.h"
#include "models/PagedLoader.h"

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
    if (spec.shape != AccountSectionSpec::Shape::Connection)
        return;
    m_paged =
        new PagedLoader(transport, m_model, spec.operationName, spec.listPath, spec.pageSize, this);
    connect(m_paged, &PagedLoader::stateChanged, this, &SectionLoader::stateChanged);
    connect(m_paged, &PagedLoader::changed, this, &SectionLoader::changed);
    connect(m_paged, &PagedLoader::pageLoaded, this, &SectionLoader::progress);
    connect(m_paged, &PagedLoader::pageFailed, this, &SectionLoader::pageFailed);
}

// Destroying m_request and m_paged (children) aborts what is in flight; no callbacks after.
SectionLoader::~SectionLoader() = default;

LoadState SectionLoader::state() const
{
    return m_paged ? m_paged->state() : m_state;
}

bool SectionLoader::isLoading() const
{
    return m_paged ? m_paged->isLoading() : m_state == State::Loading;
}

api::ApiError SectionLoader::error() const
{
    return m_paged ? m_paged->error() : m_error;
}

api::ApiError SectionLoader::partialError() const
{
    return m_paged ? m_paged->partialError() : m_partialError;
}

api::ApiError SectionLoader::pageError() const
{
    return m_paged ? m_paged->pageError() : api::ApiError();
}

int SectionLoader::totalCount() const
{
    return m_paged ? m_paged->totalCount() : m_totalCount;
}

bool SectionLoader::canFetchMore() const
{
    return m_paged && m_paged->canFetchMore();
}

void SectionLoader::load()
{
    if (state() == State::Idle) {
        start();
    } else if (m_pageSuspended) {
        m_pageSuspended = false;
        fetchMore();
    }
}

void SectionLoader::suspend()
{
    if (m_paged) {
        // A later page dropped out of sight is asked again by the next load().
        m_pageSuspended = m_paged->isLoading() && m_model->rowCount() > 0;
        m_paged->suspend();
        return;
    }
    if (m_state == State::Loading) {
        m_request->cancel(); // aborts; the connection goes to what the agent is looking at
        setState(State::Idle);
    }
}

void SectionLoader::retry()
{
    const State current = state();
    if (m_paged && current == State::Loaded && !m_paged->pageError().isNone())
        m_paged->retry(); // the page that failed, under the rows shown
    else if (current == State::Failed || current == State::Loaded || current == State::Empty)
        start();
}

void SectionLoader::start()
{
    m_pageSuspended = false;
    QJsonObject variables = m_arguments;
    variables.insert(QStringLiteral("accountNumber"), m_accountNumber);
    if (m_paged) {
        m_paged->start(variables);
        return;
    }
    m_request->cancel();
    m_model->clear();
    m_totalCount = -1;
    m_error = {};
    m_partialError = {};
    setState(State::Loading);
    if (!m_transport) {
        m_error = api::ApiError::make(api::ApiError::Kind::Cancelled);
        setState(State::Failed);
        return;
    }
    m_request->send(api::Operation::load(m_spec.operationName), variables,
                    [this](const api::GraphQLResult &result) { onListFinished(result); });
}

void SectionLoader::setArguments(const QJsonObject &arguments)
{
    if (arguments == m_arguments)
        return;
    m_arguments = arguments;
    if (state() != State::Idle)
        start();
}

void SectionLoader::fetchMore()
{
    if (m_paged)
        m_paged->fetchMore();
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

void SectionLoader::setState(LoadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
    emit changed();
}

} // namespace kac::models
