#include "ServiceProbes.h"

#include "api/Transport.h"
#include "models/AccountSearchService.h"
#include "models/AccountService.h"
#include "models/PagedLoader.h"
#include "models/SectionLoader.h"
#include "models/campaigns/CallCentreMonitor.h"
#include "models/campaigns/CallLookupService.h"
#include "models/campaigns/CallTagModel.h"
#include "models/campaigns/CampaignExporter.h"
#include "models/campaigns/CampaignItemModel.h"
#include "models/campaigns/CampaignListModel.h"
#include "models/campaigns/CampaignService.h"
#include "models/conversations/ConversationService.h"
#include "models/conversations/ConversationTimelineModel.h"
#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyService.h"

#include <QTest>

namespace kac::test {

namespace {

const QString Account = QStringLiteral("A-2B7E41C9");

Outcome data(const ApiError &partial = {})
{
    return {Outcome::Kind::Data, {}, partial};
}
Outcome failed(const ApiError &error)
{
    return {Outcome::Kind::Failed, error};
}
Outcome pending()
{
    return {};
}

Outcome fromLoader(const models::PagedLoader *loader)
{
    using S = models::PagedLoader::State;
    if (loader->state() == S::Loaded || loader->state() == S::Empty)
        return data(loader->partialError());
    if (loader->state() == S::Failed)
        return failed(loader->error());
    return pending();
}

} // namespace

Probe makeProbe(const QString &pane, api::Transport *transport, const QString &scratch)
{
    Probe probe;
    probe.owner = std::make_unique<QObject>();
    QObject *owner = probe.owner.get();

    if (pane == QLatin1String("search")) {
        auto *s = new models::AccountSearchService(transport, owner);
        s->setDebounceInterval(0);
        probe.start = [s]() {
            s->setText(QStringLiteral("Tregellas"));
            s->searchNow();
        };
        probe.loading = [s] {
            return s->state() == models::AccountSearchService::State::Loading;
        };
        probe.outcome = [s] {
            using S = models::AccountSearchService::State;
            if (s->state() == S::Loaded || s->state() == S::Empty)
                return data(s->partialError());
            return s->state() == S::Failed ? failed(s->error()) : pending();
        };
        probe.retryWithoutFault = [s] { s->retry(); };
    } else if (pane == QLatin1String("overview")) {
        auto *s = new models::AccountService(transport, Account, owner);
        probe.start = [s]() { s->load(); };
        probe.loading = [s] { return s->state() == models::AccountService::State::Loading; };
        probe.outcome = [s] {
            using S = models::AccountService::State;
            if (s->state() == S::Loaded)
                return data(s->partialError());
            return s->state() == S::Failed ? failed(s->error()) : pending();
        };
        probe.retryWithoutFault = [s] { s->retry(); };
    } else if (pane.startsWith(QLatin1String("section:"))) {
        auto *s = new models::AccountService(transport, Account, owner);
        const QString id = pane.mid(8);
        probe.start = [s, id]() { s->section(id)->load(); };
        probe.loading = [s, id] { return s->section(id)->isLoading(); };
        probe.outcome = [s, id] {
            using S = models::SectionLoader::State;
            const models::SectionLoader *loader = s->section(id);
            if (loader->state() == S::Loaded || loader->state() == S::Empty)
                return data(loader->partialError());
            return loader->state() == S::Failed ? failed(loader->error()) : pending();
        };
        probe.retryWithoutFault = [s, id] { s->section(id)->retry(); };
    } else if (pane == QLatin1String("properties") || pane == QLatin1String("supplyPoints")) {
        auto *s = new models::PropertyService(transport, owner);
        const bool tree = pane == QLatin1String("properties");
        auto load = [s, tree] { tree ? s->loadProperties(Account) : s->loadSupplyPoints(Account); };
        probe.start = [s, load]() { load(); };
        auto state = [s, tree] { return tree ? s->propertiesState() : s->supplyPointsState(); };
        probe.loading = [state] { return state() == models::LoadState::Loading; };
        probe.outcome = [s, tree, state] {
            const models::Loadable *load = tree ? static_cast<models::Loadable *>(s->propertiesLoad())
                                                : s->supplyPointsLoad();
            if (state() == models::LoadState::Loaded || state() == models::LoadState::Empty)
                return data(load->partialError());
            return state() == models::LoadState::Failed ? failed(load->error()) : pending();
        };
        probe.retryWithoutFault = [s, load] { load(); };
    } else if (pane == QLatin1String("readings")) {
        auto *s = new models::PropertyService(transport, owner);
        models::PropertyService::ReadingQuery query;
        query.meterId = QStringLiteral("800004");
        probe.start = [s, query]() { s->loadReadings(query); };
        probe.loading = [s] { return s->readings()->isLoading(); };
        probe.outcome = [s] {
            const models::MeterReadingModel *m = s->readings();
            if (m->isLoading())
                return pending();
            if (m->hasFailed())
                return failed(m->lastError());
            if (m->totalCount() >= 0 || m->rowCount() > 0)
                return data(m->partialError());
            // No rows and no count: the pane shows the refused field as its error.
            return m->partialError().isNone() ? pending() : failed(m->partialError());
        };
        // A fresh load is what "the server is back" looks like here.
        probe.retryWithoutFault = [s, query] { s->loadReadings(query); };
    } else if (pane == QLatin1String("campaigns")) {
        auto *s = new models::CampaignService(transport, owner);
        probe.start = [s]() { s->setFilter({}, true); };
        probe.loading = [s] {
            return s->campaignLoader()->state() == models::PagedLoader::State::Loading;
        };
        probe.outcome = [s] { return fromLoader(s->campaignLoader()); };
        probe.retryWithoutFault = [s] { s->campaignLoader()->retry(); };
    } else if (pane == QLatin1String("campaign")) {
        auto *s = new models::CampaignService(transport, owner);
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
    } else if (pane == QLatin1String("conversation")) {
        // The conversation header and the first timeline page, as the pane opens them.
        auto *s = new models::ConversationService(transport, owner);
        probe.start = [s]() { s->loadConversation(Account); };
        probe.loading = [s] { return s->state() == models::ConversationService::State::Loading; };
        probe.outcome = [s] {
            using S = models::ConversationService::State;
            if (s->state() == S::Loaded || s->state() == S::Empty)
                return data(s->partialError());
            return s->state() == S::Failed ? failed(s->error()) : pending();
        };
        probe.retryWithoutFault = [s] { s->retry(); };
    } else if (pane == QLatin1String("liveChats")) {
        auto *s = new models::ConversationService(transport, owner);
        probe.start = [s]() { s->loadLiveChats(QStringLiteral("OPEN")); };
        probe.loading = [s] {
            return s->liveChatLoader()->state() == models::PagedLoader::State::Loading;
        };
        probe.outcome = [s] { return fromLoader(s->liveChatLoader()); };
        probe.retryWithoutFault = [s] { s->liveChatLoader()->retry(); };
    } else if (pane == QLatin1String("callTags")) {
        auto *s = new models::CallLookupService(transport, owner);
        probe.start = [s]() { s->loadCallTags(); };
        probe.loading = [s] {
            return s->callTagLoader()->state() == models::PagedLoader::State::Loading;
        };
        probe.outcome = [s] { return fromLoader(s->callTagLoader()); };
        probe.retryWithoutFault = [s] { s->callTagLoader()->retry(); };
    } else if (pane == QLatin1String("call")) {
        auto *s = new models::CallLookupService(transport, owner);
        auto result = std::make_shared<Outcome>();
        QObject::connect(s, &models::CallLookupService::callLoaded, owner,
                         [result](const models::CallDetail &, const ApiError &partial) {
                             *result = data(partial);
                         });
        QObject::connect(s, &models::CallLookupService::callFailed, owner,
                         [result](const ApiError &error) { *result = failed(error); });
        probe.start = [s, result]() {
            *result = {};
            s->openCall(QStringLiteral("880001"));
        };
        probe.loading = [s] { return s->isCallLoading(); };
        probe.outcome = [result] { return *result; };
        probe.retryWithoutFault = [s, result] {
            *result = {};
            s->openCall(QStringLiteral("880001"));
        };
    } else if (pane == QLatin1String("monitor")) {
        auto *s = new models::CallCentreMonitor(transport, owner);
        auto refreshed = std::make_shared<bool>(false);
        QObject::connect(s, &models::CallCentreMonitor::refreshed, owner,
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
    } else if (pane == QLatin1String("export")) {
        auto *s = new models::CampaignExporter(transport, owner);
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
    }
    return probe;
}

const QStringList ProbedPanes = {
    QStringLiteral("search"),
    QStringLiteral("overview"),
    QStringLiteral("section:transactions"),
    QStringLiteral("section:notes"),
    QStringLiteral("section:billing"),
    QStringLiteral("properties"),
    QStringLiteral("supplyPoints"),
    QStringLiteral("readings"),
    QStringLiteral("conversation"),
    QStringLiteral("liveChats"),
    QStringLiteral("campaigns"),
    QStringLiteral("campaign"),
    QStringLiteral("callTags"),
    QStringLiteral("call"),
    QStringLiteral("monitor"),
    QStringLiteral("export"),
};

} // namespace kac::test
