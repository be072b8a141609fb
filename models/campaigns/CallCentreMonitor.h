#pragma once

#include "api/ApiError.h"
#include "api/LatestRequest.h" // also declares api::Transport
#include "models/campaigns/CampaignRecords.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace kac::models {

// Keeps a support user's call-centre status and the inbound queue's average wait fresh: both
// are asked for at once on an interval the team lead sets. It polls only while active (the
// widget showing it is visible): setActive(false) stops the timer and drops requests in flight;
// setActive(true) refreshes at once and resumes. A tick while the last refresh is still on its
// way is skipped, so a slow server never piles requests up.
class CallCentreMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinimumIntervalMs = 1000;

    explicit CallCentreMonitor(api::Transport *transport, QObject *parent = nullptr);
    ~CallCentreMonitor() override;

    void setSupportUserName(const QString &name); // refreshes now when active
    QString supportUserName() const { return m_userName; }
    void setIntervalMs(int ms); // clamped to at least kMinimumIntervalMs
    int intervalMs() const { return m_timer.interval(); }
    void setActive(bool active);
    bool isActive() const { return m_active; }
    bool isPolling() const { return m_timer.isActive(); }

    void refresh();

    const AgentStatus &agentStatus() const { return m_agent; }
    const WaitTime &waitTime() const { return m_wait; }
    api::ApiError agentError() const { return m_agentError; }
    api::ApiError waitError() const { return m_waitError; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    int refreshCount() const { return m_refreshCount; }

signals:
    void agentStatusChanged(const kac::models::AgentStatus &status);
    void agentStatusFailed(const kac::api::ApiError &error);
    void waitTimeChanged(const kac::models::WaitTime &wait);
    void waitTimeFailed(const kac::api::ApiError &error);
    void refreshed(); // both answers (or failures) are in
    void pollingChanged(bool polling);

private:
    void onTick();
    void maybeFinished();

    QTimer m_timer;
    api::LatestRequest *m_agentRequest;
    api::LatestRequest *m_waitRequest;
    QString m_userName;
    bool m_active = false;
    AgentStatus m_agent;
    WaitTime m_wait;
    api::ApiError m_agentError;
    api::ApiError m_waitError;
    QDateTime m_lastRefreshed;
    int m_refreshCount = 0;
};

} // namespace kac::models
