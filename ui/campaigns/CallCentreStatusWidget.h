#pragma once

#include "ui/ConsoleContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace kac::models {
class CallCentreMonitor;
}

namespace kac::ui {

// A support user's call-centre status and the inbound queue's average wait, refreshed every N
// seconds (the team lead sets N). Polling runs only while this widget is visible: hiding it
// (another tab, a minimised window) stops the timer, showing it refreshes at once and resumes.
class CallCentreStatusWidget : public QWidget
{
    Q_OBJECT
public:
    static inline const QString kIntervalKey = QStringLiteral("campaigns/refreshIntervalSeconds");
    static inline const QString kAgentKey = QStringLiteral("campaigns/supportUserName");

    CallCentreStatusWidget(models::CallCentreMonitor *monitor, const ConsoleContext &context,
                           QWidget *parent = nullptr);

    QLineEdit *agentField() const { return m_agent; }
    QSpinBox *intervalField() const { return m_interval; }
    QLabel *agentStatusLabel() const { return m_agentStatus; }
    QLabel *waitTimeLabel() const { return m_wait; }
    models::CallCentreMonitor *monitor() const { return m_monitor; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showAgentStatus();
    void showWaitTime();
    void showRefreshed();

    models::CallCentreMonitor *m_monitor;
    ConsoleContext m_context;
    const api::ErrorCatalog *m_errors;
    QLineEdit *m_agent;
    QSpinBox *m_interval;
    QLabel *m_agentStatus;
    QLabel *m_wait;
    QLabel *m_refreshed;
};

} // namespace kac::ui
