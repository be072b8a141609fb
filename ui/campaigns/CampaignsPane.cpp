#include "ui/campaigns/CampaignsPane.h"

#include "models/campaigns/CallCentreMonitor.h"
#include "models/campaigns/CallLookupService.h"
#include "models/campaigns/CampaignService.h"
#include "ui/AccessibleNames.h"
#include "ui/campaigns/CallCentreStatusWidget.h"
#include "ui/campaigns/CallLookupPanel.h"
#include "ui/campaigns/CallTagsPanel.h"
#include "ui/campaigns/CampaignListPanel.h"

#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kac::ui {

CampaignsPane::CampaignsPane(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_campaigns(new models::CampaignService(context.transport, this))
    , m_calls(new models::CallLookupService(context.transport, this))
    , m_monitor(new models::CallCentreMonitor(context.transport, this))
    , m_tabs(new QTabWidget(this))
    , m_listPanel(new CampaignListPanel(m_campaigns, context))
    , m_tagsPanel(new CallTagsPanel(m_calls, context))
    , m_callPanel(new CallLookupPanel(m_calls, context))
    , m_status(new CallCentreStatusWidget(m_monitor, context))
{
    m_tabs->setAccessibleName(tr("Campaign views"));
    m_tabs->tabBar()->setAccessibleName(m_tabs->accessibleName());
    m_tabs->addTab(m_listPanel, tr("Campa&igns"));
    m_tabs->addTab(m_tagsPanel, tr("Call &tags"));
    m_tabs->addTab(m_callPanel, tr("Ca&lls"));
    m_tabs->addTab(m_status, tr("Call c&entre"));
    AccessibleNames::nameTabPages(m_tabs);
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_listPanel, &CampaignListPanel::openAccountRequested, this,
            &CampaignsPane::openAccountRequested);
    connect(m_callPanel, &CallLookupPanel::openAccountRequested, this,
            &CampaignsPane::openAccountRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, &CampaignsPane::showTab);
}

CampaignsPane::~CampaignsPane() = default;

void CampaignsPane::setShown(bool shown)
{
    m_shown = shown;
    showTab(m_tabs->currentIndex());
}

// The tab in front is shown while the pane is; the one it replaced is hidden. (The call-centre
// status polls by its own visibility, which also covers a minimised window.)
void CampaignsPane::showTab(int index)
{
    const int front = m_shown ? index : -1;
    if (front == m_shownTab)
        return;
    if (auto *previous = dynamic_cast<LazyPane *>(m_tabs->widget(m_shownTab)))
        previous->setShown(false);
    m_shownTab = front;
    if (auto *current = dynamic_cast<LazyPane *>(m_tabs->widget(front)))
        current->setShown(true);
}

} // namespace kac::ui
