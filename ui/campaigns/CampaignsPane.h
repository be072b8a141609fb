#pragma once

#include "ui/ConsoleContext.h"
#include "ui/LazyPane.h"

#include <QWidget>

class QTabWidget;

namespace kac::models {
class CallCentreMonitor;
class CallLookupService;
class CampaignService;
} // namespace kac::models

namespace kac::ui {

class CallCentreStatusWidget;
class CallLookupPanel;
class CallTagsPanel;
class CampaignListPanel;

// The team leads' area: voice campaigns (list, one campaign, CSV export), call tags, calls by
// id and the call-centre status. Owns the services that fill it. Anything that names an account
// (a campaign item, a call) asks for its tab through openAccountRequested(); the main window
// connects that to MainWindow::openAccount. A LazyPane: the dock's visibility shows and hides
// it, and it passes that on to the tab in front, so only what the team lead looks at loads.
class CampaignsPane : public QWidget, public LazyPane
{
    Q_OBJECT
public:
    explicit CampaignsPane(const ConsoleContext &context, QWidget *parent = nullptr);
    ~CampaignsPane() override;

    models::CampaignService *campaignService() const { return m_campaigns; }
    models::CallLookupService *callService() const { return m_calls; }
    models::CallCentreMonitor *monitor() const { return m_monitor; }
    QTabWidget *tabs() const { return m_tabs; }
    CampaignListPanel *campaignsPanel() const { return m_listPanel; }
    CallTagsPanel *callTagsPanel() const { return m_tagsPanel; }
    CallLookupPanel *callPanel() const { return m_callPanel; }
    CallCentreStatusWidget *statusWidget() const { return m_status; }

    void setShown(bool shown) override;

signals:
    void openAccountRequested(const QString &accountNumber);

private:
    void showTab(int index);

    models::CampaignService *m_campaigns;
    models::CallLookupService *m_calls;
    models::CallCentreMonitor *m_monitor;
    QTabWidget *m_tabs;
    CampaignListPanel *m_listPanel;
    CallTagsPanel *m_tagsPanel;
    CallLookupPanel *m_callPanel;
    CallCentreStatusWidget *m_status;
    bool m_shown = false;
    int m_shownTab = -1; // the tab told it is shown, while the pane is
};

} // namespace kac::ui
