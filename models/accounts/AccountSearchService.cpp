#include "models/accounts/AccountSearchService.h"

#include "api/EndpointCapabilities.h"
#include "api/LatestRequest.h"
#include "api/Log.h"
#include "api/Transport.h"
#include "models/JsonValues.h"

#include <QJsonArray>

namespace kac::models {

namespace {

// `account` is an AccountType (or AccountInterface) with the fields the search operations select.
AccountSearchRow rowFrom(const QJsonObject &account, const Decoded<double> &score)
{
    AccountSearchRow row;
    row.accountNumber = account.value(QLatin1String("number")).toString();
    row.name = account.value(QLatin1String("billingName")).toString();
    row.status = account.value(QLatin1String("status")).toString();
    row.address = account.value(QLatin1String("billingAddress")).toString();
    row.balanceCents = decodeCents(account.value(QLatin1String("balance")));
    row.score = score;
    return row;
}

// The accounts in a search's answer, by the root field it queried: accountsSearch gives
// scored items; accounts (by phone) and accountUser.accounts (by email) are exact matches,
// scored 1. `found` is data.<rootField>.
QList<AccountSearchRow> rowsFrom(const QString &rootField, const QJsonValue &found)
{
    QList<AccountSearchRow> rows;
    auto add = [&rows](const QJsonObject &account, const Decoded<double> &score) {
        const AccountSearchRow row = rowFrom(account, score);
        if (!row.accountNumber.isEmpty())
            rows << row;
    };
    if (rootField == QLatin1String("accountsSearch")) {
        for (const QJsonValue &item : found.toArray()) {
            // Kraken serialises Decimal as a string ("0.925").
            add(item.toObject().value(QLatin1String("account")).toObject(),
                decodeNumber(item.toObject().value(QLatin1String("score"))));
        }
    } else {
        const QJsonArray accounts =
            found.isObject() ? found.toObject().value(QLatin1String("accounts")).toArray()
                             : found.toArray();
        for (const QJsonValue &account : accounts)
            add(account.toObject(), Decoded<double>::of(1.0));
    }
    return rows;
}

// A search this endpoint cannot run (no such query, or no such AccountSearchInputType field) is
// not offered: the line under the box says so instead of sending it.
SearchPlan offeredBy(const api::Transport *transport, const SearchPlan &plan)
{
    const api::EndpointCapabilities *capabilities = transport ? transport->capabilities() : nullptr;
    if (!capabilities || !plan.isSearchable())
        return plan;
    const QString why = capabilities->whyNot(plan.operationName, plan.variables);
    if (why.isEmpty())
        return plan;
    const QString kind = SearchTermClassifier::kindWords(plan.kind);
    SearchPlan refused;
    refused.kind = SearchPlan::Kind::Invalid;
    refused.term = plan.term;
    refused.hint =
        AccountSearchService::tr("This Kraken does not offer search by %1 (%2).").arg(kind, why);
    return refused;
}

bool samePlan(const SearchPlan &a, const SearchPlan &b)
{
    return a.operationName == b.operationName && a.variables == b.variables;
}

} // namespace

AccountSearchService::AccountSearchService(api::Transport *transport, QObject *parent)
    : Loadable(parent)
    , m_transport(transport)
    , m_model(new AccountSearchModel(this))
    , m_request(new api::LatestRequest(transport, this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &AccountSearchService::send);
}

AccountSearchService::~AccountSearchService()
{
    cancelRequest();
}

void AccountSearchService::setText(const QString &text)
{
    const SearchPlan plan = offeredBy(m_transport, SearchTermClassifier::classify(text));
    const bool changed = !samePlan(plan, m_plan) || plan.hint != m_plan.hint;
    m_plan = plan;
    if (changed)
        emit planChanged(m_plan);
    if (!m_plan.isSearchable()) {
        m_debounce.stop();
        cancelRequest();
        m_model->clear();
        m_shownPlan = {};
        setState(State::Idle);
        return;
    }
    if (!changed && m_state != State::Failed)
        return;      // e.g. a trailing space: the same search is already shown or on its way
    cancelRequest(); // its answer would be for older text
    m_sinceTyping.start();
    m_debounce.start();
    setState(State::Loading); // waiting for typing to pause
}

void AccountSearchService::searchNow()
{
    if (!m_plan.isSearchable())
        return;
    if (m_debounce.isActive()) {
        m_debounce.stop();
        send();
    }
}

void AccountSearchService::retry()
{
    if (!m_plan.isSearchable())
        return;
    m_debounce.stop();
    m_sinceTyping.start();
    m_inFlightPlan = {};
    send();
}

void AccountSearchService::clear()
{
    setText(QString());
}

void AccountSearchService::send()
{
    if (m_request->isBusy() && samePlan(m_inFlightPlan, m_plan))
        return;
    cancelRequest(); // the older search is stale: destroying it aborts the reply
    if (!m_transport)
        return;
    if (!m_sinceTyping.isValid())
        m_sinceTyping.start();
    m_inFlightPlan = m_plan;
    // The Kraken query and field are for developers (the agent reads "Searched by NMI").
    qCDebug(kacModels) << "search by" << m_plan.operationName
                       << (m_plan.rootField + QLatin1Char('.') + m_plan.inputField);
    m_request->send(api::Operation::load(m_plan.operationName), m_plan.variables,
                    [this](const api::GraphQLResult &result) { onFinished(result); });
    setState(State::Loading);
}

void AccountSearchService::onFinished(const api::GraphQLResult &result)
{
    const QJsonValue found = result.data.value(m_inFlightPlan.rootField);
    const bool answered = found.isArray() || found.isObject();
    if (!result.ok() || (!answered && !result.partialError().isNone())) {
        if (result.error.kind == api::ApiError::Kind::Cancelled)
            return;
        // A refused list (e.g. KT-CT-1113) is an error, not "no accounts found".
        m_error = result.missing(m_inFlightPlan.rootField);
        m_partialError = {};
        m_model->clear();
        m_shownPlan = m_inFlightPlan;
        setState(State::Failed);
        return;
    }
    const QList<AccountSearchRow> rows = rowsFrom(m_inFlightPlan.rootField, found);
    m_error = {};
    m_partialError = result.partialError();
    m_shownPlan = m_inFlightPlan;
    m_model->setRows(rows);
    setState(rows.isEmpty() ? State::Empty : State::Loaded);
    emit resultsShown(int(rows.size()), m_sinceTyping.elapsed());
}

void AccountSearchService::cancelRequest()
{
    m_request->cancel();
    m_inFlightPlan = {};
}

void AccountSearchService::setState(LoadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
    emit changed();
}

} // namespace kac::models
