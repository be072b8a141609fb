// A long list whose *next* page fails or comes back partial, in the real main window: the rows
// already on screen stay, a notice over them says the page failed (or what is missing), nothing
// stays busy, and the notice's Retry (with the fault gone) loads the page.
#include "PaneFaultsSupport.h"
#include "models/SectionLoader.h"
#include "models/campaigns/CampaignItemModel.h"
#include "models/campaigns/CampaignService.h"
#include "models/conversations/ConversationService.h"
#include "models/conversations/ConversationTimelineModel.h"
#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyService.h"
#include "ui/SectionPane.h"
#include "ui/campaigns/CampaignListPanel.h"
#include "ui/campaigns/CampaignView.h"
#include "ui/campaigns/CampaignsPane.h"
#include "ui/conversations/ConversationsPane.h"
#include "ui/properties/PropertiesPane.h"
#include "ui/properties/ReadingsView.h"

#include <QAbstractItemView>
#include <QTableView>
#include <QTreeView>
#include <functional>

using namespace kac;
using namespace kac::test;
using ui::PaneStateWidget;

namespace {

struct LaterPageCase
{
    const char *name;
    QString operations;
    std::function<QAbstractItemView *(Console &)> prepare; // first page loaded, no fault
    std::function<bool(Console &)> pageInFlight;
    std::function<PaneStateWidget *(Console &)> pane; // where the page's failure (or gap) shows
};

QList<LaterPageCase> laterPageCases()
{
    static const QString BigLedger = QStringLiteral("A-5C19D3E8"); // 12,480 transactions
    static const QString BigInbox = QStringLiteral("A-8E4B92D1");  // 5,000 Ink events
    static const QString BigMeter = QStringLiteral("A-7D20A6F3");  // meter 800004: 35,040 reads
    QList<LaterPageCase> cases;
    cases << LaterPageCase{
        "transactions", QStringLiteral("AccountTransactions"),
        [](Console &c) -> QAbstractItemView * {
            ui::AccountTab *tab = c.openAccount(BigLedger);
            if (!tab)
                return nullptr;
            ui::SectionPane *pane = tab->sectionPane(QStringLiteral("transactions"));
            tab->sections()->setCurrentWidget(pane);
            return waitForState(pane->paneState(), {State::Content}) ? pane->view() : nullptr;
        },
        [](Console &c) {
            return c.window.accountTab(BigLedger)
                ->sectionPane(QStringLiteral("transactions"))
                ->loader()
                ->isLoading();
        },
        [](Console &c) {
            return c.window.accountTab(BigLedger)
                ->sectionPane(QStringLiteral("transactions"))
                ->paneState();
        }};
    cases << LaterPageCase{
        "conversation timeline", QStringLiteral("InkConversationEvents"),
        [](Console &c) -> QAbstractItemView * {
            ui::AccountTab *tab = c.openAccount(BigInbox);
            if (!tab)
                return nullptr;
            auto *pane = showSection<ui::ConversationsPane>(tab);
            return waitForState(pane->paneState(), {State::Content}) ? pane->timelineView()
                                                                     : nullptr;
        },
        [](Console &c) {
            return c.window.accountTab(BigInbox)
                ->findChild<ui::ConversationsPane *>()
                ->service()
                ->timeline()
                ->isLoading();
        },
        [](Console &c) {
            return c.window.accountTab(BigInbox)->findChild<ui::ConversationsPane *>()->paneState();
        }};
    cases << LaterPageCase{
        "meter readings", QStringLiteral("ElectricityMeterReadings"),
        [](Console &c) -> QAbstractItemView * {
            ui::AccountTab *tab = c.openAccount(BigMeter);
            if (!tab)
                return nullptr;
            auto *properties = showSection<ui::PropertiesPane>(tab);
            if (!waitForState(properties->treeState(), {State::Content}))
                return nullptr;
            ui::ReadingsView *readings = properties->readingsView();
            properties->tabs()->setCurrentWidget(readings);
            readings->showMeter(QStringLiteral("800004")); // two years of half-hourly reads
            return waitForState(readings->paneState(), {State::Content}) ? readings->table()
                                                                         : nullptr;
        },
        [](Console &c) {
            return c.window.accountTab(BigMeter)
                ->findChild<ui::PropertiesPane *>()
                ->service()
                ->readings()
                ->isLoading();
        },
        [](Console &c) {
            return c.window.accountTab(BigMeter)
                ->findChild<ui::PropertiesPane *>()
                ->readingsView()
                ->paneState();
        }};
    cases << LaterPageCase{
        "campaign items", QStringLiteral("CampaignItems"),
        [](Console &c) -> QAbstractItemView * {
            auto *pane = c.showDock<ui::CampaignsPane>(QStringLiteral("campaignsDock"));
            if (!pane || !waitForState(pane->campaignsPanel()->listState(), {State::Content}))
                return nullptr;
            QTableView *list = pane->campaignsPanel()->listView();
            list->setCurrentIndex(list->model()->index(0, 0)); // VC-1001: 20,000 items
            ui::CampaignView *view = pane->campaignsPanel()->campaignView();
            return waitForState(view->itemsState(), {State::Content}) ? view->itemsView() : nullptr;
        },
        [](Console &c) {
            return c.window.findChild<ui::CampaignsPane *>()
                ->campaignService()
                ->items()
                ->isLoading();
        },
        [](Console &c) {
            return c.window.findChild<ui::CampaignsPane *>()
                ->campaignsPanel()
                ->campaignView()
                ->itemsState();
        }};
    return cases;
}

} // namespace

class LaterPageFaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_env.start(), qPrintable(m_env.failure())); }
    void laterPageUnderFault_data();
    void laterPageUnderFault();
    void cleanup() { QVERIFY2(m_env.clearFault(), qPrintable(m_env.failure())); }

private:
    FaultingSandbox m_env;
};

void LaterPageFaultsTest::laterPageUnderFault_data()
{
    QTest::addColumn<int>("pane");
    QTest::addColumn<int>("fault");
    const QList<LaterPageCase> panes = laterPageCases();
    for (int p = 0; p < panes.size(); ++p) {
        for (int f = 0; f < Faults.size(); ++f) {
            if (Faults.at(f).expect != Expect::Recovered)
                QTest::addRow("%s x %s", panes.at(p).name, Faults.at(f).name) << p << f;
        }
    }
}

void LaterPageFaultsTest::laterPageUnderFault()
{
    QFETCH(int, pane);
    QFETCH(int, fault);
    const LaterPageCase paneCase = laterPageCases().at(pane);
    const FaultCase &f = Faults.at(fault);
    QVERIFY2(m_env.clearFault(), qPrintable(m_env.failure()));

    Console console(m_env.context());
    QAbstractItemView *view = paneCase.prepare(console);
    QVERIFY2(view, "the first page did not load");

    QVERIFY2(m_env.applyFault(f, paneCase.operations), qPrintable(m_env.failure()));
    // The view may have been filling itself with a page while the fault was set: let that end
    // (either way), then ask for the next page as the view does at the bottom.
    QVERIFY(QTest::qWaitFor([&] { return !paneCase.pageInFlight(console); }, SettleLimitMs));
    const int firstPage = view->model()->rowCount();
    QVERIFY(firstPage > 0);
    if (!noticeRetry(paneCase.pane(console))) {
        view->scrollToBottom();
        view->model()->fetchMore({});
    }
    if (f.expect == Expect::Partial) {
        // The page arrives with a field refused: the rows are added and the notice says so;
        // its Load again (with the fault gone) starts the list over, complete.
        PaneStateWidget *state = paneCase.pane(console);
        QVERIFY2(QTest::qWaitFor(
                     [&] { return view->model()->rowCount() > firstPage && state->hasNotice(); },
                     SettleLimitMs),
                 qPrintable(describe(state)));
        QVERIFY2(state->noticeDetails().contains(f.code), qPrintable(state->noticeDetails()));
        QVERIFY2(QTest::qWaitFor([&] { return !paneCase.pageInFlight(console); }, SettleLimitMs),
                 "the view kept loading");
        QVERIFY2(m_env.clearFault(), qPrintable(m_env.failure()));
        QTest::mouseClick(state->noticeRetryButton(), Qt::LeftButton);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return state->state() == State::Content && !state->hasNotice() &&
                                view->model()->rowCount() > 0;
                     },
                     SettleLimitMs),
                 qPrintable("after Load again: " + describe(state)));
        return;
    }
    QVERIFY2(QTest::qWaitFor([&] { return noticeRetry(paneCase.pane(console)) != nullptr; },
                             SettleLimitMs),
             "the failed page shows no Retry");
    QCOMPARE(view->model()->rowCount(), firstPage); // nothing on screen was lost
    for (auto *state : view->window()->findChildren<PaneStateWidget *>()) {
        if (state->isVisible())
            QVERIFY2(state->state() != State::Loading, "a busy page is showing");
    }

    QVERIFY2(m_env.clearFault(), qPrintable(m_env.failure()));
    QTest::mouseClick(noticeRetry(paneCase.pane(console)), Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([&] { return view->model()->rowCount() > firstPage; }, SettleLimitMs),
             "Retry did not load the next page");
    QVERIFY2(QTest::qWaitFor([&] { return noticeRetry(paneCase.pane(console)) == nullptr; },
                             SettleLimitMs),
             "the failure still shows after the page loaded");
}

QTEST_MAIN(LaterPageFaultsTest)
#include "tst_later_page_faults.moc"
