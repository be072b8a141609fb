#include "models/actions/ExactlyOnceAction.h"

#include "api/GraphQLRequest.h"
#include "api/ResponseDecoder.h"
#include "api/SingleFlightMutation.h"
#include "api/Transport.h"

namespace kac::models {

ExactlyOnceAction::ExactlyOnceAction(api::Transport *transport, const QString &mutationName,
                                     QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_mutation(new api::SingleFlightMutation(transport, mutationName, this))
{
    connect(m_mutation, &api::SingleFlightMutation::finished, this, &ExactlyOnceAction::onSent);
}

ExactlyOnceAction::~ExactlyOnceAction() = default;

bool ExactlyOnceAction::canSend() const
{
    return m_state == State::Idle || m_state == State::Done || m_state == State::Failed ||
           m_state == State::NotDone;
}

int ExactlyOnceAction::sentCount() const
{
    return m_mutation->sentCount();
}

bool ExactlyOnceAction::isPermissionRefusal(const api::ApiError &error)
{
    if (error.kind != api::ApiError::Kind::Kraken)
        return false;
    static const QStringList codes{QStringLiteral("KT-CT-4177"), QStringLiteral("KT-CT-4123"),
                                   QStringLiteral("KT-CT-1113")};
    if (codes.contains(error.errorCode))
        return true;
    return error.errorType == QLatin1String("AUTHORIZATION") &&
           !api::ResponseDecoder::refusesAccessToken(error);
}

bool ExactlyOnceAction::send(const QJsonObject &variables, Check check)
{
    if (!canSend() || !m_mutation->send(variables))
        return false;
    m_check = std::move(check);
    m_error = {};
    m_answer = {};
    setState(State::Sending);
    return true;
}

void ExactlyOnceAction::onSent(const api::GraphQLResult &result)
{
    if (result.ok()) {
        m_error = {};
        m_answer = result.data;
        setState(State::Done);
        emit done();
        return;
    }
    m_error = result.error;
    if (m_error.kind == api::ApiError::Kind::OutcomeUnknown) {
        check();
        return;
    }
    setState(isPermissionRefusal(m_error) ? State::Refused : State::Failed);
}

void ExactlyOnceAction::checkAgain()
{
    if (m_state == State::Unknown)
        check();
}

void ExactlyOnceAction::check()
{
    if (!m_check.operation.isValid() || !m_check.happened) {
        setState(State::Unknown);
        return;
    }
    setState(State::Checking);
    delete m_checkRequest;
    m_checkRequest = m_transport->send(m_check.operation, m_check.variables, {}, this);
    connect(m_checkRequest, &api::GraphQLRequest::finished, this, &ExactlyOnceAction::onChecked);
}

void ExactlyOnceAction::onChecked(const api::GraphQLResult &result)
{
    if (m_checkRequest)
        m_checkRequest->deleteLater();
    if (!result.ok()) {
        // Still unknown; the lost answer stays the error the agent reads.
        setState(State::Unknown);
        return;
    }
    if (m_check.happened(result.data)) {
        m_error = {};
        setState(State::Done);
        emit done();
        return;
    }
    setState(State::NotDone);
}

void ExactlyOnceAction::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}

} // namespace kac::models
