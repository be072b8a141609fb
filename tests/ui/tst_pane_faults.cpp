// The panes themselves, in the real main window, under sandbox faults (rows: pane x fault).
// tst_fault_matrix proves every service under every fault; this proves what the agent sees:
// the faulted pane leaves its busy page for an error page that names the problem with a
// working Retry, or for its rows with a partial-data notice; a one-off fault heals with no
// click; and the panes around it (another open account, the pane it was opened from) stay
// as they were.
#include "PaneFaultsSupport.h"
#include "ui/SearchPane.h"
#include "ui/SectionPane.h"
#include "ui/campaigns/CallLookupPanel.h"
#include "ui/campaigns/CallTagsPanel.h"
#include "ui/campaigns/CampaignListPanel.h"
#include "ui/campaigns/CampaignView.h"
#include "ui/campaigns/CampaignsPane.h"
#include "ui/conversations/ConversationsPane.h"
#include "ui/conversations/LiveChatQueuePane.h"
#include "ui/properties/PropertiesPane.h"
#include "ui/properties/ReadingsView.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTreeView>
#include <functional>

using namespace kac;
using namespace kac::test;
using ui::PaneStateWidget;

namespace {

const QString Account = QStringLiteral("A-2B7E41C9");
const QString Bystander = QStringLiteral("A-9A63F05B");

// One pane: what it needs loaded first (no fault yet), then the agent's action that makes it
// send its request (under the fault). Both return the panes to watch; null means setup failed.
struct Panes
{
    PaneStateWidget *faulted = nullptr;
    QList<PaneStateWidget *> bystanders; // loaded before the fault; must stay as they were
};

struct PaneCase
{
    const char *name;
    QString operations; // the pane's own operations, for op=
    std::function<Panes(Console &)> prepare;
    std::function<void(Console &, const Panes &)> act;
};

ui::AccountTab *accountTab(Console &console)
{
    return console.window.accountTab(Account);
}

QList<PaneCase> paneCases()
{
    QList<PaneCase> cases;
    cases << PaneCase{"search", QStringLiteral("AccountsSearch"),
                      [](Console &c) {
                          return Panes{c.window.searchPane()->resultsState(), {}};
                      },
                      [](Console &c, const Panes &) {
                          QTest::keyClicks(c.window.searchPane()->searchField(),
                                           QStringLiteral("Tregellas"));
                      }};
    cases << PaneCase{"account header", QStringLiteral("AccountOverview"),
                      [](Console &) { return Panes{}; },
                      [](Console &c, const Panes &) { c.window.openAccount(Account); }};
    cases << PaneCase{
        "transactions", QStringLiteral("AccountTransactions"),
        [](Console &c) {
            ui::AccountTab *tab = c.openAccount(Account);
            return tab ? Panes{tab->sectionPane(QStringLiteral("transactions"))->paneState(),
                               {tab->paneState()}}
                       : Panes{};
        },
        [](Console &c, const Panes &) {
            ui::AccountTab *tab = accountTab(c);
            tab->sections()->setCurrentWidget(tab->sectionPane(QStringLiteral("transactions")));
        }};
    cases << PaneCase{
        "properties", QStringLiteral("AccountProperties"),
        [](Console &c) {
            ui::AccountTab *tab = c.openAccount(Account);
            return tab ? Panes{tab->findChild<ui::PropertiesPane *>()->treeState(),
                               {tab->paneState()}}
                       : Panes{};
        },
        [](Console &c, const Panes &) { showSection<ui::PropertiesPane>(accountTab(c)); }};
    cases << PaneCase{
        "readings", QStringLiteral("ElectricityMeterReadings"),
        [](Console &c) {
            ui::AccountTab *tab = c.openAccount(Account);
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
        },
        [](Console &c, const Panes &) {
            ui::ReadingsView *readings =
                accountTab(c)->findChild<ui::PropertiesPane *>()->readingsView();
            readings->showMeter(readings->currentMeterId()); // the agent picks the meter again
        }};
    cases << PaneCase{
        "conversations", QStringLiteral("InkConversation|InkConversationEvents"),
        [](Console &c) {
            ui::AccountTab *tab = c.openAccount(Account);
            return tab ? Panes{tab->findChild<ui::ConversationsPane *>()->paneState(),
                               {tab->paneState()}}
                       : Panes{};
        },
        [](Console &c, const Panes &) { showSection<ui::ConversationsPane>(accountTab(c)); }};
    cases << PaneCase{"campaigns", QStringLiteral("VoiceCampaigns"),
                      [](Console &c) {
                          auto *pane = c.window.findChild<ui::CampaignsPane *>();
                          return Panes{pane->campaignsPanel()->listState(), {}};
                      },
                      [](Console &c, const Panes &) {
                          c.showDock<ui::CampaignsPane>(QStringLiteral("campaignsDock"));
                      }};
    cases << PaneCase{
        "campaign items", QStringLiteral("CampaignItems"),
        [](Console &c) {
            auto *pane = c.showDock<ui::CampaignsPane>(QStringLiteral("campaignsDock"));
            if (!pane || !waitForState(pane->campaignsPanel()->listState(), {State::Content}))
                return Panes{};
            return Panes{pane->campaignsPanel()->campaignView()->itemsState(),
                         {pane->campaignsPanel()->listState()}};
        },
        [](Console &c, const Panes &) {
            QTableView *list =
                c.window.findChild<ui::CampaignsPane *>()->campaignsPanel()->listView();
            list->setFocus();
            list->setCurrentIndex(list->model()->index(0, 0));
        }};
    cases << PaneCase{"call tags", QStringLiteral("CallTags"),
                      [](Console &c) {
                          auto *pane = c.window.findChild<ui::CampaignsPane *>();
                          return Panes{pane->callTagsPanel()->tagsState(), {}};
                      },
                      [](Console &c, const Panes &) {
                          auto *pane =
                              c.showDock<ui::CampaignsPane>(QStringLiteral("campaignsDock"));
                          pane->tabs()->setCurrentWidget(pane->callTagsPanel());
                      }};
    cases << PaneCase{"call lookup", QStringLiteral("Call"),
                      [](Console &c) {
                          auto *pane =
                              c.showDock<ui::CampaignsPane>(QStringLiteral("campaignsDock"));
                          if (!pane)
                              return Panes{};
                          pane->tabs()->setCurrentWidget(pane->callPanel());
                          return Panes{pane->callPanel()->callState(), {}};
                      },
                      [](Console &c, const Panes &) {
                          QLineEdit *id =
                              c.window.findChild<ui::CampaignsPane *>()->callPanel()->idField();
                          id->setText(QStringLiteral("880001"));
                          QTest::keyClick(id, Qt::Key_Return);
                      }};
    cases << PaneCase{"live chats", QStringLiteral("InkLiveChatConversations"),
                      [](Console &c) {
                          auto *pane = c.window.findChild<ui::LiveChatQueuePane *>();
                          return Panes{pane->paneState(), {}};
                      },
                      [](Console &c, const Panes &) {
                          c.showDock<ui::LiveChatQueuePane>(QStringLiteral("liveChatsDock"));
                      }};
    return cases;
}

} // namespace

class PaneFaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_env.start(), qPrintable(m_env.failure())); }
    void paneUnderFault_data();
    void paneUnderFault();
    void cleanup() { QVERIFY2(m_env.clearFault(), qPrintable(m_env.failure())); }

private:
    FaultingSandbox m_env;
};

void PaneFaultsTest::paneUnderFault_data()
{
    QTest::addColumn<int>("pane");
    QTest::addColumn<int>("fault");
    const QList<PaneCase> panes = paneCases();
    for (int p = 0; p < panes.size(); ++p) {
        for (int f = 0; f < Faults.size(); ++f)
            QTest::addRow("%s x %s", panes.at(p).name, Faults.at(f).name) << p << f;
    }
}

void PaneFaultsTest::paneUnderFault()
{
    QFETCH(int, pane);
    QFETCH(int, fault);
    const PaneCase paneCase = paneCases().at(pane);
    const FaultCase &f = Faults.at(fault);
    QVERIFY2(m_env.clearFault(), qPrintable(m_env.failure()));

    Console console(m_env.context());
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));
    ui::AccountTab *bystander = console.openAccount(Bystander);
    QVERIFY2(bystander, "the bystander account did not open");
    Panes panes = paneCase.prepare(console);
    if (!panes.faulted) // the account header's own pane exists only once the action opens it
        QVERIFY(QLatin1String(paneCase.name) == QLatin1String("account header"));
    panes.bystanders << bystander->paneState();

    QVERIFY2(m_env.applyFault(f, paneCase.operations), qPrintable(m_env.failure()));
    paneCase.act(console, panes);
    if (!panes.faulted) {
        ui::AccountTab *tab = accountTab(console);
        QVERIFY(tab);
        panes.faulted = tab->paneState();
    }
    PaneStateWidget *faulted = panes.faulted;

    const QList<State> settled = {State::Content, State::Error, State::Empty};
    QVERIFY2(waitForState(faulted, settled), "the pane stayed busy");
    // Settled for good: no late flip back to the busy page.
    QTest::qWait(200);
    QVERIFY2(settled.contains(faulted->state()), qPrintable(describe(faulted)));
    qInfo("%s", qPrintable(describe(faulted)));

    QAbstractButton *retry = nullptr;
    switch (f.expect) {
    case Expect::Error:
        QVERIFY2(faulted->state() == State::Error, qPrintable(describe(faulted)));
        QCOMPARE(faulted->errorCode(), f.code);
        QVERIFY(!faulted->errorMessage().isEmpty());
        retry = faulted->retryButton();
        break;
    case Expect::Partial:
        // Either the rows with a notice, or (when nothing usable came back) the error itself.
        if (faulted->state() == State::Error) {
            QCOMPARE(faulted->errorCode(), f.code);
            retry = faulted->retryButton();
        } else {
            QVERIFY2(faulted->state() == State::Content && faulted->hasNotice(),
                     qPrintable(describe(faulted)));
            QVERIFY2(faulted->noticeDetails().contains(f.code), qPrintable(faulted->noticeDetails()));
            retry = faulted->noticeRetryButton();
        }
        break;
    case Expect::Recovered:
        QVERIFY2(faulted->state() == State::Content && !faulted->hasNotice(),
                 qPrintable(describe(faulted)));
        break;
    }

    for (PaneStateWidget *other : std::as_const(panes.bystanders))
        QVERIFY2(other->state() == State::Content, qPrintable("a bystander: " + describe(other)));
    QVERIFY2(m_env.session().isSignedIn(), "the session was lost");

    if (retry) {
        QVERIFY2(retry->isVisible() && retry->isEnabled(), "no Retry the agent can press");
        QVERIFY2(m_env.clearFault(), qPrintable(m_env.failure()));
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY2(QTest::qWaitFor(
                     [&] { return faulted->state() == State::Content && !faulted->hasNotice(); },
                     SettleLimitMs),
                 qPrintable("after Retry: " + describe(faulted)));
    }
}

QTEST_MAIN(PaneFaultsTest)
#include "tst_pane_faults.moc"
