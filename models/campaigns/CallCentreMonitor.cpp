#include "models/campaigns/CallCentreMonitor.h"

#include "api/GraphQLResult.h"
#include "api/LatestRequest.h"
#include "api/Operation.h"

namespace kac::models {

CallCentreMonitor::CallCentreMonitor(api::Transport *transport, QObject *parent)
    : QObject(parent)
    , m_agentRequest(new api::LatestRequest(transport, this))
    , m_waitRequest(new api::LatestRequest(transport, this))
{
    m_timer.setInterval(30000);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &CallCentreMonitor::onTick);
}

CallCentreMonitor::~CallCentreMonitor() = default;

void CallCentreMonitor::setSupportUserName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed == m_userName)
        return;
    m_userName = trimmed;
    m_agent = {};
    m_agentError = {};
    if (m_active)
        refresh();
}

void CallCentreMonitor::setIntervalMs(int ms)
{
    m_timer.setInterval(qMax(ms, kMinimumIntervalMs)); // restarts a running timer
}

void CallCentreMonitor::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active) {
        m_timer.start();
        refresh();
    } else {
        m_timer.stop();
        m_agentRequest->cancel();
        m_waitRequest->cancel();
    }
    emit pollingChanged(m_timer.isActive());
}

void CallCentreMonitor::onTick()
{
    if (m_agentRequest->isBusy() || m_waitRequest->isBusy())
        return; // the last refresh is still on its way
    refresh();
}

void CallCentreMonitor::refresh()
{
    api::RequestOptions options;
    options.maxAttempts = 2; // the next tick is the retry
    // A poll is background work: it never holds a connection the pane in view needs.
    options.priority = api::RequestOptions::Priority::Background;
    if (!m_userName.isEmpty()) {
        m_agentRequest->send(
            api::Operation::load(QStringLiteral("AgentCallCenterStatus")),
            {{QStringLiteral("supportUserName"), m_userName}},
            [this](const api::GraphQLResult &result) {
                const QJsonObject node =
                    result.data.value(QLatin1String("agentCallCenterStatus")).toObject();
                // A refused field would show a wrong status: that is a failure, not data.
                if (result.ok() && !node.isEmpty() && result.fieldErrors.isEmpty()) {
                    m_agent = AgentStatus::fromNode(node);
                    m_agentError = {};
                    emit agentStatusChanged(m_agent);
                } else {
                    m_agentError = result.missing(QStringLiteral("agentCallCenterStatus"));
                    emit agentStatusFailed(m_agentError);
                }
                maybeFinished();
            },
            options);
    }
    m_waitRequest->send(
        api::Operation::load(QStringLiteral("InboundCallAverageWaitTime")), {},
        [this](const api::GraphQLResult &result) {
            // A refused field would show a wrong wait (zero): that is a failure, not data.
            if (result.ok() && result.fieldErrors.isEmpty()) {
                m_wait = WaitTime::fromNode(
                    result.data.value(QLatin1String("inboundCallAverageWaitTime")).toObject());
                m_waitError = {};
                emit waitTimeChanged(m_wait);
            } else {
                m_waitError = result.missing(QStringLiteral("inboundCallAverageWaitTime"));
                emit waitTimeFailed(m_waitError);
            }
            maybeFinished();
        },
        options);
}

void CallCentreMonitor::maybeFinished()
{
    if (m_agentRequest->isBusy() || m_waitRequest->isBusy())
        return;
    m_lastRefreshed = QDateTime::currentDateTime();
    ++m_refreshCount;
    emit refreshed();
}

} // namespace kac::models
