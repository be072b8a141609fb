// The account panes the fault matrices cover: search, the account header and its sections.
#include "faults/FaultedPanes.h"
#include "models/accounts/AccountSearchService.h"
#include "models/accounts/AccountService.h"
#include "models/accounts/SectionLoader.h"
#include "ui/SearchPane.h"
#include "ui/SectionPane.h"

#include <QLineEdit>
#include <QTableView>

namespace kac::test {

namespace {

// A section's service alone: its loader, as the section pane drives it.
Probe sectionProbe(const QString &id, api::Transport *transport)
{
    Probe probe;
    probe.owner = std::make_unique<QObject>();
    auto *s = new models::AccountService(transport, FaultedAccount, probe.owner.get());
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
    return probe;
}

ui::SectionPane *transactionsPane(Console &c, const QString &account)
{
    return c.window.accountTab(account)->sectionPane(QStringLiteral("transactions"));
}

FaultedPane search()
{
    FaultedPane pane{"search", QStringLiteral("AccountsSearch")};
    pane.service = [](api::Transport *transport, const QString &) {
        Probe probe;
        probe.owner = std::make_unique<QObject>();
        auto *s = new models::AccountSearchService(transport, probe.owner.get());
        s->setDebounceInterval(0);
        probe.start = [s]() {
            s->setText(QStringLiteral("Tregellas"));
            s->searchNow();
        };
        probe.loading = [s] { return s->state() == models::AccountSearchService::State::Loading; };
        probe.outcome = [s] {
            using S = models::AccountSearchService::State;
            if (s->state() == S::Loaded || s->state() == S::Empty)
                return data(s->partialError());
            return s->state() == S::Failed ? failed(s->error()) : pending();
        };
        probe.retryWithoutFault = [s] { s->retry(); };
        return probe;
    };
    pane.prepare = [](Console &c) { return Panes{c.window.searchPane()->resultsState(), {}}; };
    pane.act = [](Console &c, const Panes &) {
        QTest::keyClicks(c.window.searchPane()->searchField(), QStringLiteral("Tregellas"));
    };
    return pane;
}

FaultedPane accountHeader()
{
    FaultedPane pane{"account header", QStringLiteral("AccountOverview")};
    pane.service = [](api::Transport *transport, const QString &) {
        Probe probe;
        probe.owner = std::make_unique<QObject>();
        auto *s = new models::AccountService(transport, FaultedAccount, probe.owner.get());
        probe.start = [s]() { s->load(); };
        probe.loading = [s] { return s->state() == models::AccountService::State::Loading; };
        probe.outcome = [s] {
            using S = models::AccountService::State;
            if (s->state() == S::Loaded)
                return data(s->partialError());
            return s->state() == S::Failed ? failed(s->error()) : pending();
        };
        probe.retryWithoutFault = [s] { s->retry(); };
        return probe;
    };
    pane.prepare = [](Console &) { return Panes{}; };
    pane.act = [](Console &c, const Panes &) { c.window.openAccount(FaultedAccount); };
    pane.openedByAct = [](Console &c) -> ui::PaneStateWidget * {
        ui::AccountTab *tab = c.window.accountTab(FaultedAccount);
        return tab ? tab->paneState() : nullptr;
    };
    return pane;
}

FaultedPane transactions()
{
    static const QString BigLedger = QStringLiteral("A-5C19D3E8"); // 12,480 transactions
    FaultedPane pane{"transactions", QStringLiteral("AccountTransactions")};
    pane.service = [](api::Transport *transport, const QString &) {
        return sectionProbe(QStringLiteral("transactions"), transport);
    };
    pane.prepare = [](Console &c) {
        ui::AccountTab *tab = c.openAccount(FaultedAccount);
        return tab ? Panes{tab->sectionPane(QStringLiteral("transactions"))->paneState(),
                           {tab->paneState()}}
                   : Panes{};
    };
    pane.act = [](Console &c, const Panes &) {
        ui::AccountTab *tab = c.window.accountTab(FaultedAccount);
        tab->sections()->setCurrentWidget(tab->sectionPane(QStringLiteral("transactions")));
    };
    pane.laterPage.operations = QStringLiteral("AccountTransactions");
    pane.laterPage.prepare = [](Console &c) -> QAbstractItemView * {
        ui::AccountTab *tab = c.openAccount(BigLedger);
        if (!tab)
            return nullptr;
        ui::SectionPane *section = tab->sectionPane(QStringLiteral("transactions"));
        tab->sections()->setCurrentWidget(section);
        return waitForState(section->paneState(), {State::Content}) ? section->view() : nullptr;
    };
    pane.laterPage.pageInFlight = [](Console &c) {
        return transactionsPane(c, BigLedger)->loader()->isLoading();
    };
    pane.laterPage.pane = [](Console &c) { return transactionsPane(c, BigLedger)->paneState(); };
    return pane;
}

// Sections that share the transactions pane's code: only their services differ enough to probe.
FaultedPane sectionService(const char *name, const QString &id)
{
    FaultedPane pane{name, {}};
    pane.service = [id](api::Transport *transport, const QString &) {
        return sectionProbe(id, transport);
    };
    return pane;
}

} // namespace

QList<FaultedPane> accountFaultedPanes()
{
    return {search(), accountHeader(), transactions(),
            sectionService("notes", QStringLiteral("notes")),
            sectionService("billing", QStringLiteral("billing"))};
}

} // namespace kac::test
