// The team leads' panes the fault matrices cover (the campaigns dock): the campaign list, one
// campaign, call tags, a call by id, the call-centre status and the CSV export.
#include "faults/FaultedPanes.h"
#include "models/campaigns/CallCentreMonitor.h"
#include "models/campaigns/CallLookupService.h"
#include "models/campaigns/CampaignExporter.h"
#include "models/campaigns/CampaignItemModel.h"
#include "models/campaigns/CampaignService.h"
#include "ui/campaigns/CallLookupPanel.h"
#include "ui/campaigns/CallTagsPanel.h"
#include "ui/campaigns/CampaignListPanel.h"
#include "ui/campaigns/CampaignView.h"
#include "ui/campaigns/CampaignsPane.h"

#include <QLineEdit>
#include <QTableView>

namespace kac::test {

namespace {

const QString CampaignsDock = QStringLiteral("campaignsDock");

ui::CampaignsPane *campaignsPane(Console &c)
{
    return c.window.findChild<ui::CampaignsPane *>();
}

FaultedPane campaigns()
{
    FaultedPane pane{"campaigns", QStringLiteral("VoiceCampaigns")};
    pane.service = [](api::Transport *transport, const QString &) {
        Probe probe;
        probe.owner = std::make_unique<QObject>();
        auto *s = new models::CampaignService(transport, probe.owner.get());
        probe.start = [s]() { s->setFilter({}, true); };
        probe.loading = [s] {
            return s->campaignLoader()->state() == models::PagedLoader::State::Loading;
        };
        probe.outcome = [s] { return fromLoader(s->campaignLoader()); };
        probe.retryWithoutFault = [s] { s->campaignLoader()->retry(); };
        return probe;
    };
    pane.prepare = [](Console &c) {
        return Panes{campaignsPane(c)->campaignsPanel()->listState(), {}};
    };
    pane.act = [](Console &c, const Panes &) { c.showDock<ui::CampaignsPane>(CampaignsDock); };
    return pane;
}

FaultedPane campaignItems()
{
    FaultedPane pane{"campaign items", QStringLiteral("CampaignItems")};
    pane.service = [](api::Transport *transport, const QString &) {
        // The campaign's header and the first page of its items, as the view opens them.
        Probe probe;
        probe.owner = std::make_unique<QObject>();
        auto *s = new models::CampaignService(transport, probe.owner.get());
        probe.start = [s]() { s->openCampaign(QStringLiteral("VC-1010")); };
        probe.loading = [s] {
            return s->detailState() == models::CampaignService::DetailState::Loading ||
                   s->itemLoader()->state() == models::PagedLoader::State::Loading;
        };
        probe.outcome = [s] {
            using D = models::CampaignService::DetailState;
            const Outcome items = fromLoader(s->itemLoader());
            if (s->detailState() == D::Loading || s->detailState() == D::Idle ||
                items.kind == Outcome::Kind::Pending)
                return pending();
            if (s->detailState() == D::Failed)
                return failed(s->detailError());
            if (!s->detailPartialError().isNone() && items.kind == Outcome::Kind::Data)
                return data(s->detailPartialError());
            return items;
        };
        probe.retryWithoutFault = [s] { s->retryCampaign(); };
        return probe;
    };
    pane.prepare = [](Console &c) {
        auto *dock = c.showDock<ui::CampaignsPane>(CampaignsDock);
        if (!dock || !waitForState(dock->campaignsPanel()->listState(), {State::Content}))
            return Panes{};
        return Panes{dock->campaignsPanel()->campaignView()->itemsState(),
                     {dock->campaignsPanel()->listState()}};
    };
    pane.act = [](Console &c, const Panes &) {
        QTableView *list = campaignsPane(c)->campaignsPanel()->listView();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
    };
    pane.laterPage.operations = QStringLiteral("CampaignItems");
    pane.laterPage.prepare = [](Console &c) -> QAbstractItemView * {
        auto *dock = c.showDock<ui::CampaignsPane>(CampaignsDock);
        if (!dock || !waitForState(dock->campaignsPanel()->listState(), {State::Content}))
            return nullptr;
        QTableView *list = dock->campaignsPanel()->listView();
        list->setCurrentIndex(list->model()->index(0, 0)); // VC-1001: 20,000 items
        ui::CampaignView *view = dock->campaignsPanel()->campaignView();
        return waitForState(view->itemsState(), {State::Content}) ? view->itemsView() : nullptr;
    };
    pane.laterPage.pageInFlight = [](Console &c) {
        return campaignsPane(c)->campaignService()->items()->isLoading();
    };
    pane.laterPage.pane = [](Console &c) {
        return campaignsPane(c)->campaignsPanel()->campaignView()->itemsState();
    };
    return pane;
}

FaultedPane callTags()
{
    FaultedPane pane{"call tags", QStringLiteral("CallTags")};
    pane.service = [](api::Transport *transport, const QString &) {
        Probe probe;
        probe.owner = std::make_unique<QObject>();
        auto *s = new models::CallLookupService(transport, probe.owner.get());
        probe.start = [s]() { s->loadCallTags(); };
        probe.loading = [s] {
            return s->callTagLoader()->state() == models::PagedLoader::State::Loading;
        };
        probe.outcome = [s] { return fromLoader(s->callTagLoader()); };
        probe.retryWithoutFault = [s] { s->callTagLoader()->retry(); };
        return probe;
    };
    pane.prepare = [](Console &c) {
        return Panes{campaignsPane(c)->callTagsPanel()->tagsState(), {}};
    };
    pane.act = [](Console &c, const Panes &) {
        auto *dock = c.showDock<ui::CampaignsPane>(CampaignsDock);
        dock->tabs()->setCurrentWidget(dock->callTagsPanel());
    };
    return pane;
}

FaultedPane callLookup()
{
    FaultedPane pane{"call lookup", QStringLiteral("Call")};
    pane.service = [](api::Transport *transport, const QString &) {
        Probe probe;
        probe.owner = std::make_unique<QObject>();
        QObject *owner = probe.owner.get();
        auto *s = new models::CallLookupService(transport, owner);
        auto result = std::make_shared<Outcome>();
        QObject::connect(s, &models::CallLookupService::callLoaded, owner,
                         [result](const models::CallDetail &, const ApiError &partial) {
                             *result = data(partial);
                         });
        QObject::connect(s, &models::CallLookupService::callFailed, owner,
                         [result](const ApiError &error) { *result = failed(error); });
        const auto open = [s, result]() {
            *result = {};
            s->openCall(QStringLiteral("880001"));
        };
        probe.start = open;
        probe.loading = [s] { return s->isCallLoading(); };
        probe.outcome = [result] { return *result; };
        probe.retryWithoutFault = open;
        return probe;
    };
    pane.prepare = [](Console &c) {
        auto *dock = c.showDock<ui::CampaignsPane>(CampaignsDock);
        if (!dock)
            return Panes{};
        dock->tabs()->setCurrentWidget(dock->callPanel());
        return Panes{dock->callPanel()->callState(), {}};
    };
    pane.act = [](Console &c, const Panes &) {
        QLineEdit *id = campaignsPane(c)->callPanel()->idField();
        id->setText(QStringLiteral("880001"));
        QTest::keyClick(id, Qt::Key_Return);
    };
    return pane;
}

FaultedPane callCentreStatus()
{
    FaultedPane pane{"call centre status", {}};
    pane.service = [](api::Transport *transport, const QString &) {
        Probe probe;
        probe.owner = std::make_unique<QObject>();
        auto *s = new models::CallCentreMonitor(transport, probe.owner.get());
        auto refreshed = std::make_shared<bool>(false);
        QObject::connect(s, &models::CallCentreMonitor::refreshed, probe.owner.get(),
                         [refreshed] { *refreshed = true; });
        s->setSupportUserName(QStringLiteral("jordan.ashby"));
        auto run = [s, refreshed]() {
            *refreshed = false;
            s->refresh();
        };
        probe.start = run;
        probe.loading = [refreshed] { return !*refreshed; };
        probe.outcome = [s, refreshed] {
            if (!*refreshed)
                return pending();
            if (!s->agentError().isNone())
                return failed(s->agentError());
            return s->waitError().isNone() ? data() : failed(s->waitError());
        };
        probe.retryWithoutFault = run;
        return probe;
    };
    return pane;
}

FaultedPane campaignExport()
{
    FaultedPane pane{"export", {}}; // the export dialog's own matrix: tst_export_faults
    pane.service = [](api::Transport *transport, const QString &scratch) {
        Probe probe;
        probe.owner = std::make_unique<QObject>();
        auto *s = new models::CampaignExporter(transport, probe.owner.get());
        s->setPageSize(100);
        auto attempt = std::make_shared<int>(0);
        auto run = [s, attempt, scratch]() {
            s->start(QStringLiteral("VC-1010"),
                     scratch + QStringLiteral("/export-%1.csv").arg(++*attempt));
        };
        probe.start = run;
        probe.loading = [s] { return s->state() == models::CampaignExporter::State::Running; };
        probe.outcome = [s] {
            using S = models::CampaignExporter::State;
            if (s->state() == S::Finished)
                return data();
            return s->state() == S::Failed ? failed(s->error()) : pending();
        };
        probe.retryWithoutFault = run;
        return probe;
    };
    return pane;
}

} // namespace

QList<FaultedPane> campaignFaultedPanes()
{
    return {campaigns(),  campaignItems(),    callTags(),
            callLookup(), callCentreStatus(), campaignExport()};
}

} // namespace kac::test
