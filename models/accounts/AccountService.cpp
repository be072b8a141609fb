#include "models/accounts/AccountService.h"

#include "api/LatestRequest.h"
#include "api/Transport.h"
#include "models/accounts/SectionLoader.h"

#include <QJsonArray>

namespace kac::models {

AccountService::AccountService(api::Transport *transport, const QString &accountNumber,
                               QObject *parent)
    : Loadable(parent)
    , m_transport(transport)
    , m_accountNumber(accountNumber)
    , m_request(new api::LatestRequest(transport, this))
{}

// Destroying m_request (a child) aborts the overview in flight; no callbacks after.
AccountService::~AccountService() = default;

void AccountService::load()
{
    if (m_state == State::Idle)
        send();
}

void AccountService::suspend()
{
    for (SectionLoader *loader : std::as_const(m_sections))
        loader->suspend();
    if (m_state != State::Loading)
        return;
    m_request->cancel();
    setState(State::Idle);
}

void AccountService::retry()
{
    if (m_state != State::Loading)
        send();
}

SectionLoader *AccountService::section(const QString &sectionId)
{
    if (SectionLoader *existing = m_sections.value(sectionId))
        return existing;
    const AccountSectionSpec spec = accountSection(sectionId);
    if (spec.id.isEmpty())
        return nullptr;
    auto *loader = new SectionLoader(m_transport, spec, m_accountNumber, this);
    m_sections.insert(sectionId, loader);
    return loader;
}

void AccountService::send()
{
    m_request->cancel();
    m_error = {};
    m_partialError = {};
    setState(State::Loading);
    if (!m_transport) {
        m_error = api::ApiError::make(api::ApiError::Kind::Cancelled);
        setState(State::Failed);
        return;
    }
    m_request->send(api::Operation::load(QStringLiteral("AccountOverview")),
                    {{QStringLiteral("accountNumber"), m_accountNumber},
                     {QStringLiteral("accountNumbers"), QJsonArray{m_accountNumber}}},
                    [this](const api::GraphQLResult &result) { onFinished(result); });
}

void AccountService::onFinished(const api::GraphQLResult &result)
{
    m_attempts = result.attempts;
    m_elapsedMs = result.elapsedMs;
    const QJsonObject account = result.data.value(QLatin1String("account")).toObject();
    if (!result.ok() || account.isEmpty()) {
        m_error = result.ok() ? result.partialError() : result.error;
        if (m_error.isNone()) {
            m_error =
                api::ApiError::make(api::ApiError::Kind::Kraken,
                                    QStringLiteral("account %1 not found").arg(m_accountNumber));
            m_error.errorDescription = tr("No account %1.").arg(m_accountNumber);
        }
        setState(State::Failed);
        return;
    }
    m_overview = AccountOverview::fromJson(
        account, result.data.value(QLatin1String("getUsersForAccounts")).toArray());
    m_partialError = result.partialError();
    setState(State::Loaded);
    emit overviewLoaded(m_overview);
}

void AccountService::setState(LoadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
    emit changed();
}

} // namespace kac::models
