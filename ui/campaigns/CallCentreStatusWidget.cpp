#include "ui/campaigns/CallCentreStatusWidget.h"

#include "models/AgentWords.h"
#include "models/AppSettings.h"
#include "models/campaigns/CallCentreMonitor.h"
#include "models/campaigns/CampaignText.h"
#include "ui/PaneStateWidget.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace kac::ui {

using namespace models::CampaignText;

namespace {

// Why a part of the label says "Unavailable", as its tooltip and accessible description.
void setReasons(QLabel *label, const QStringList &reasons)
{
    QStringList given = reasons;
    given.removeAll(QString());
    const QString text = given.join(QLatin1Char('\n'));
    label->setToolTip(text);
    label->setAccessibleDescription(text);
}

} // namespace

CallCentreStatusWidget::CallCentreStatusWidget(models::CallCentreMonitor *monitor,
                                               const ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_context(context)
    , m_errors(context.errors)
    , m_agent(new QLineEdit)
    , m_interval(new QSpinBox)
    , m_agentStatus(new QLabel(tr("—")))
    , m_wait(new QLabel(tr("—")))
    , m_refreshed(new QLabel)
{
    m_agent->setPlaceholderText(tr("Support user name, e.g. jordan.ashby"));
    m_agent->setAccessibleName(tr("Support user name"));
    m_interval->setRange(5, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccessibleName(tr("Refresh interval in seconds"));
    if (auto *field = m_interval->findChild<QLineEdit *>()) // the spin box's own text field
        field->setAccessibleName(m_interval->accessibleName());
    for (QLabel *label : {m_agentStatus, m_wait, m_refreshed}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    int seconds = 30;
    if (context.settings) {
        seconds = context.settings->value(kIntervalKey).toInt() > 0
                      ? context.settings->value(kIntervalKey).toInt()
                      : 30;
        m_agent->setText(context.settings->value(kAgentKey).toString());
        m_interval->setEnabled(!context.settings->isLocked(kIntervalKey));
    }
    m_interval->setValue(seconds);
    monitor->setIntervalMs(seconds * 1000);
    monitor->setSupportUserName(m_agent->text());

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Agent:"), m_agent);
    form->addRow(tr("Status:"), m_agentStatus);
    form->addRow(tr("Inbound average wait:"), m_wait);
    form->addRow(tr("&Refresh every:"), m_interval);
    form->addRow(QString(), m_refreshed);

    connect(m_agent, &QLineEdit::editingFinished, this, [this] {
        m_monitor->setSupportUserName(m_agent->text());
        if (m_context.settings)
            m_context.settings->setValue(kAgentKey, m_agent->text().trimmed());
        showAgentStatus();
    });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int value) {
        m_monitor->setIntervalMs(value * 1000);
        if (m_context.settings)
            m_context.settings->setValue(kIntervalKey, value);
    });
    connect(monitor, &models::CallCentreMonitor::agentStatusChanged, this,
            &CallCentreStatusWidget::showAgentStatus);
    connect(monitor, &models::CallCentreMonitor::agentStatusFailed, this,
            &CallCentreStatusWidget::showAgentStatus);
    connect(monitor, &models::CallCentreMonitor::waitTimeChanged, this,
            &CallCentreStatusWidget::showWaitTime);
    connect(monitor, &models::CallCentreMonitor::waitTimeFailed, this,
            &CallCentreStatusWidget::showWaitTime);
    connect(monitor, &models::CallCentreMonitor::refreshed, this,
            &CallCentreStatusWidget::showRefreshed);
    connect(monitor, &models::CallCentreMonitor::pollingChanged, this,
            &CallCentreStatusWidget::showRefreshed);
    showAgentStatus();
}

void CallCentreStatusWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_monitor->setActive(true);
}

void CallCentreStatusWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_monitor->setActive(false);
}

void CallCentreStatusWidget::showAgentStatus()
{
    const api::ApiError error = m_monitor->agentError();
    if (m_monitor->supportUserName().isEmpty()) {
        m_agentStatus->setText(tr("Enter a support user name."));
    } else if (!error.isNone()) {
        m_agentStatus->setText(
            PaneStateWidget::messageFor(error, m_errors) +
            (error.errorCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.errorCode)));
    } else if (!m_monitor->agentStatus().status.isEmpty()) {
        const models::AgentStatus &agent = m_monitor->agentStatus();
        const QString lastCall = agent.mostRecentCallId.isAvailable()
                                     ? QString::number(agent.mostRecentCallId.value())
                                     : models::unavailableText();
        m_agentStatus->setText(tr("%1 since %2 · last call %3")
                                   .arg(models::AgentWords::enumText(agent.status),
                                        dateTime(agent.updatedAt), lastCall));
        setReasons(m_agentStatus, {windowProblem(agent.updatedAt),
                                   agent.mostRecentCallId.isAvailable()
                                       ? QString()
                                       : tr("Last call: %1").arg(agent.mostRecentCallId.reason())});
    }
}

void CallCentreStatusWidget::showWaitTime()
{
    const api::ApiError error = m_monitor->waitError();
    if (!error.isNone()) {
        m_wait->setText(PaneStateWidget::messageFor(error, m_errors));
        return;
    }
    const models::WaitTime &wait = m_monitor->waitTime();
    const auto text = [](const models::Decoded<qint64> &seconds) {
        return seconds.isAvailable() ? duration(int(seconds.value())) : models::unavailableText();
    };
    m_wait->setText(tr("%1 now · %2 yesterday").arg(text(wait.recent), text(wait.yesterday)));
    setReasons(m_wait,
               {wait.recent.isAvailable() ? QString() : tr("Now: %1").arg(wait.recent.reason()),
                wait.yesterday.isAvailable() ? QString()
                                             : tr("Yesterday: %1").arg(wait.yesterday.reason())});
}

void CallCentreStatusWidget::showRefreshed()
{
    if (!m_monitor->isPolling()) {
        m_refreshed->setText(tr("Paused while hidden"));
        return;
    }
    const QDateTime when = m_monitor->lastRefreshed();
    m_refreshed->setText(when.isValid()
                             ? tr("Updated %1").arg(when.toString(QStringLiteral("HH:mm:ss")))
                             : tr("Updating…"));
}

} // namespace kac::ui
