// The properties panes the fault matrices cover: the property tree, supply points, readings.
#include "faults/FaultedPanes.h"
#include "models/PagedLoader.h"
#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyService.h"
#include "ui/properties/PropertiesPane.h"
#include "ui/properties/ReadingsView.h"

#include <QComboBox>
#include <QTableView>

namespace kac::test {

namespace {

// The property tree or the supply points, as the properties pane loads them.
Probe propertyProbe(bool tree, api::Transport *transport)
{
    Probe probe;
    probe.owner = std::make_unique<QObject>();
    auto *s = new models::PropertyService(transport, probe.owner.get());
    auto load = [s, tree] {
        tree ? s->loadProperties(FaultedAccount) : s->loadSupplyPoints(FaultedAccount);
    };
    probe.start = [load]() { load(); };
    auto state = [s, tree] { return tree ? s->propertiesState() : s->supplyPointsState(); };
    probe.loading = [state] { return state() == models::LoadState::Loading; };
    probe.outcome = [s, tree, state] {
        const models::Loadable *load =
            tree ? static_cast<models::Loadable *>(s->propertiesLoad()) : s->supplyPointsLoad();
        if (state() == models::LoadState::Loaded || state() == models::LoadState::Empty)
            return data(load->partialError());
        return state() == models::LoadState::Failed ? failed(load->error()) : pending();
    };
    probe.retryWithoutFault = [load] { load(); };
    return probe;
}

ui::PropertiesPane *propertiesPane(Console &c, const QString &account)
{
    return c.window.accountTab(account)->findChild<ui::PropertiesPane *>();
}

FaultedPane properties()
{
    FaultedPane pane{"properties", QStringLiteral("AccountProperties")};
    pane.service = [](api::Transport *transport, const QString &) {
        return propertyProbe(true, transport);
    };
    pane.prepare = [](Console &c) {
        ui::AccountTab *tab = c.openAccount(FaultedAccount);
        return tab ? Panes{tab->findChild<ui::PropertiesPane *>()->treeState(), {tab->paneState()}}
                   : Panes{};
    };
    pane.act = [](Console &c, const Panes &) {
        showSection<ui::PropertiesPane>(c.window.accountTab(FaultedAccount));
    };
    return pane;
}

FaultedPane supplyPoints()
{
    FaultedPane pane{"supply points", {}};
    pane.service = [](api::Transport *transport, const QString &) {
        return propertyProbe(false, transport);
    };
    return pane;
}

FaultedPane readings()
{
    static const QString BigMeter = QStringLiteral("A-7D20A6F3"); // meter 800004: 35,040 reads
    FaultedPane pane{"readings", QStringLiteral("ElectricityMeterReadings")};
    pane.service = [](api::Transport *transport, const QString &) {
        Probe probe;
        probe.owner = std::make_unique<QObject>();
        auto *s = new models::PropertyService(transport, probe.owner.get());
        models::PropertyService::ReadingQuery query;
        query.meterId = QStringLiteral("800004");
        probe.start = [s, query]() { s->loadReadings(query); };
        probe.loading = [s] { return s->readingsLoader()->isLoading(); };
        probe.outcome = [s] {
            const models::PagedLoader *l = s->readingsLoader();
            if (l->isLoading())
                return pending();
            if (!l->error().isNone())
                return failed(l->error());
            if (!l->pageError().isNone())
                return failed(l->pageError());
            if (l->totalCount() >= 0 || s->readings()->rowCount() > 0)
                return data(l->partialError());
            // No rows and no count: the pane shows the refused field as its error.
            return l->partialError().isNone() ? pending() : failed(l->partialError());
        };
        // A fresh load is what "the server is back" looks like here.
        probe.retryWithoutFault = [s, query] { s->loadReadings(query); };
        return probe;
    };
    pane.prepare = [](Console &c) {
        ui::AccountTab *tab = c.openAccount(FaultedAccount);
        if (!tab)
            return Panes{};
        auto *properties = showSection<ui::PropertiesPane>(tab);
        if (!waitForState(properties->treeState(), {State::Content}))
            return Panes{};
        // The first electricity meter's readings load without a fault first (gas meters
        // have no interval reads); the row reloads them.
        ui::ReadingsView *readings = properties->readingsView();
        properties->tabs()->setCurrentWidget(readings);
        const int electricity =
            readings->meterBox()->findText(QStringLiteral("Electricity"), Qt::MatchStartsWith);
        if (electricity < 0)
            return Panes{};
        readings->showMeter(readings->meterBox()->itemData(electricity).toString());
        if (!waitForState(readings->paneState(), {State::Content}))
            return Panes{};
        return Panes{properties->readingsView()->paneState(),
                     {tab->paneState(), properties->treeState()}};
    };
    pane.act = [](Console &c, const Panes &) {
        ui::ReadingsView *readings = propertiesPane(c, FaultedAccount)->readingsView();
        readings->showMeter(readings->currentMeterId()); // the agent picks the meter again
    };
    pane.laterPage.operations = QStringLiteral("ElectricityMeterReadings");
    pane.laterPage.prepare = [](Console &c) -> QAbstractItemView * {
        ui::AccountTab *tab = c.openAccount(BigMeter);
        if (!tab)
            return nullptr;
        auto *properties = showSection<ui::PropertiesPane>(tab);
        if (!waitForState(properties->treeState(), {State::Content}))
            return nullptr;
        ui::ReadingsView *readings = properties->readingsView();
        properties->tabs()->setCurrentWidget(readings);
        readings->showMeter(QStringLiteral("800004")); // two years of half-hourly reads
        return waitForState(readings->paneState(), {State::Content}) ? readings->table() : nullptr;
    };
    pane.laterPage.pageInFlight = [](Console &c) {
        return propertiesPane(c, BigMeter)->service()->readingsLoader()->isLoading();
    };
    pane.laterPage.pane = [](Console &c) {
        return propertiesPane(c, BigMeter)->readingsView()->paneState();
    };
    return pane;
}

} // namespace

QList<FaultedPane> propertyFaultedPanes()
{
    return {properties(), supplyPoints(), readings()};
}

} // namespace kac::test
