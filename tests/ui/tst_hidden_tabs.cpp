// What is out of sight holds no connection: an account tab the agent left, or a section behind
// another, drops its loads (and loads again when shown, with no error); restored tabs load
// only when shown. Against the real sandbox, made slow for one account's sections.

#include "PaneFaultsSupport.h"
#include "models/AppSettings.h"
#include "models/PagedLoader.h"
#include "models/accounts/AccountSections.h"
#include "models/accounts/AccountService.h"
#include "models/accounts/SectionLoader.h"
#include "models/campaigns/CampaignService.h"
#include "models/conversations/ConversationService.h"
#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyService.h"
#include "ui/SectionPane.h"
#include "ui/campaigns/CampaignListPanel.h"
#include "ui/campaigns/CampaignsPane.h"
#include "ui/conversations/ConversationsPane.h"
#include "ui/properties/PropertiesPane.h"
#include "ui/properties/ReadingsView.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

using namespace kac;
using namespace kac::test;

namespace {

const QString kBronwyn = QStringLiteral("A-2B7E41C9");
const QString kOther = QStringLiteral("A-3C8F17A4");

QString sectionOperations()
{
    QStringList names;
    for (const models::AccountSectionSpec &spec : models::accountSections())
        names << spec.operationName;
    names.removeDuplicates();
    return names.join(QLatin1Char('|'));
}

} // namespace

class TestHiddenTabs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.failure())); }

    void cleanup() { QVERIFY(m_sandbox.clearFault()); }

    // The agent clicks through every section of one account while the server is slow, then
    // moves to another account: the account in view opens promptly, and nothing of the first
    // is still on the wire or queued. Back on the first, its section loads again, no error.
    void leftAccountGivesItsConnectionsToTheVisibleOne()
    {
        Console console(m_sandbox.context());
        api::Transport *transport = m_sandbox.context().transport;
        ui::AccountTab *first = console.openAccount(kBronwyn);
        QVERIFY(first);
        FaultCase slow{"slow", QStringLiteral("latency=8000"), Expect::Error, {}, 20000};
        QVERIFY(m_sandbox.applyFault(slow, sectionOperations()));
        QTabWidget *sections = first->sections();
        const QList<ui::SectionPane *> panes = first->findChildren<ui::SectionPane *>();
        QVERIFY(panes.size() >= 6);
        for (ui::SectionPane *pane : panes) {
            sections->setCurrentWidget(pane);
            QTest::qWait(30); // each starts its load: the queued start reaches the transport
        }
        ui::SectionPane *lastPane = panes.last();
        QVERIFY(lastPane);
        QTest::qWait(50);
        QCOMPARE(lastPane->loader()->state(), models::SectionLoader::State::Loading);

        QElapsedTimer clock;
        clock.start();
        ui::AccountTab *second = console.openAccount(kOther);
        QVERIFY2(second, "the account in view did not open");
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        // The first account's slow sections were dropped, not left holding connections.
        QTRY_COMPARE_WITH_TIMEOUT(transport->onWireCount() + transport->queuedCount(), 0, 3000);
        QCOMPARE(first->service()->state(), models::AccountService::State::Loaded);
        QCOMPARE(lastPane->loader()->state(), models::SectionLoader::State::Idle);

        // Back on the first account: the section in view asks again and shows its rows.
        QVERIFY(m_sandbox.clearFault());
        console.window.openAccount(kBronwyn); // already open: switches to it
        QVERIFY2(waitForState(lastPane->paneState(), {State::Content, State::Empty}),
                 qPrintable(describe(lastPane->paneState())));
    }

    // Issue 14.5: the Properties and Conversations sub-tabs drop their slow loads when the agent
    // moves to another sub-tab, and so does the account tab when the agent opens another
    // account; coming back loads them again, with no error.
    void leftPropertiesAndConversationsCancelTheirLoads()
    {
        Console console(m_sandbox.context());
        api::Transport *transport = m_sandbox.context().transport;
        ui::AccountTab *first = console.openAccount(kBronwyn);
        QVERIFY(first);
        QTRY_COMPARE_WITH_TIMEOUT(transport->onWireCount() + transport->queuedCount(), 0, 5000);
        FaultCase slow{"slow", QStringLiteral("latency=8000"), Expect::Error, {}, 20000};
        QVERIFY(m_sandbox.applyFault(
            slow, QStringLiteral("AccountProperties|AccountSupplyPoints|InkConversation|"
                                 "InkConversationEvents")));
        QTabWidget *sections = first->sections();
        const auto inFlight = [transport] {
            return transport->onWireCount() + transport->queuedCount();
        };

        // Properties, then another sub-tab: its two slow loads are cancelled.
        auto *properties = showSection<ui::PropertiesPane>(first);
        QVERIFY(properties);
        QTRY_COMPARE_WITH_TIMEOUT(inFlight(), 2, 3000);
        QCOMPARE(properties->service()->propertiesState(), models::LoadState::Loading);
        sections->setCurrentIndex(0); // Account users: arrived with the header
        QTRY_COMPARE_WITH_TIMEOUT(inFlight(), 0, 3000);
        QCOMPARE(properties->service()->propertiesState(), models::LoadState::Idle);
        QCOMPARE(properties->service()->supplyPointsState(), models::LoadState::Idle);

        // Conversations, likewise: the header and the first page of the timeline.
        auto *conversations = showSection<ui::ConversationsPane>(first);
        QVERIFY(conversations);
        QTRY_COMPARE_WITH_TIMEOUT(inFlight(), 2, 3000);
        sections->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(inFlight(), 0, 3000);
        QCOMPARE(conversations->service()->state(), models::LoadState::Idle);

        // The account tab itself: another account in front drops the sub-tab's loads.
        showSection<ui::PropertiesPane>(first);
        QTRY_COMPARE_WITH_TIMEOUT(inFlight(), 2, 3000);
        QVERIFY(m_sandbox.clearFault()); // the second account opens at normal speed
        ui::AccountTab *second = console.openAccount(kOther);
        QVERIFY(second);
        QTRY_COMPARE_WITH_TIMEOUT(inFlight(), 0, 3000);
        QCOMPARE(properties->service()->propertiesState(), models::LoadState::Idle);

        // Back on the first account: both sub-tabs load again and show their data.
        console.window.openAccount(kBronwyn); // already open: switches to it
        QVERIFY2(waitForState(properties->treeState(), {State::Content}),
                 qPrintable(describe(properties->treeState())));
        QVERIFY2(waitForState(properties->supplyPointState(), {State::Content}),
                 qPrintable(describe(properties->supplyPointState())));
        showSection<ui::ConversationsPane>(first);
        QVERIFY2(waitForState(conversations->paneState(), {State::Content, State::Empty}),
                 qPrintable(describe(conversations->paneState())));
    }

    // Issue 14.5, the readings too: a meter's readings still on their way when the agent moves
    // to another section are dropped (the readings loader Idle, nothing on the wire), and
    // coming back to the Properties section asks for them again and shows them, no error.
    void leftPropertiesCancelItsReadings()
    {
        Console console(m_sandbox.context());
        api::Transport *transport = m_sandbox.context().transport;
        const auto inFlight = [transport] {
            return transport->onWireCount() + transport->queuedCount();
        };
        ui::AccountTab *first = console.openAccount(kBronwyn);
        QVERIFY(first);
        auto *properties = showSection<ui::PropertiesPane>(first);
        QVERIFY(properties);
        QVERIFY2(waitForState(properties->treeState(), {State::Content}),
                 qPrintable(describe(properties->treeState())));
        QTRY_COMPARE_WITH_TIMEOUT(inFlight(), 0, 5000);

        FaultCase slow{"slow", QStringLiteral("latency=8000"), Expect::Error, {}, 20000};
        QVERIFY(m_sandbox.applyFault(slow, QStringLiteral("ElectricityMeterReadings")));
        ui::ReadingsView *readings = properties->readingsView();
        properties->tabs()->setCurrentWidget(readings);
        readings->showMeter(QStringLiteral("800000")); // Bronwyn's basic (electricity) meter
        models::PagedLoader *loader = properties->service()->readingsLoader();
        QTRY_COMPARE_WITH_TIMEOUT(inFlight(), 1, 3000);
        QCOMPARE(loader->state(), models::LoadState::Loading);

        first->sections()->setCurrentIndex(0); // Account users: arrived with the header
        QTRY_COMPARE_WITH_TIMEOUT(inFlight(), 0, 3000);
        QCOMPARE(loader->state(), models::LoadState::Idle);
        QVERIFY(loader->error().isNone());

        QVERIFY(m_sandbox.clearFault());
        showSection<ui::PropertiesPane>(first);
        QVERIFY2(waitForState(readings->paneState(), {State::Content}),
                 qPrintable(describe(readings->paneState())));
        QCOMPARE(readings->currentMeterId(), QStringLiteral("800000"));
        QVERIFY(properties->service()->readings()->rowCount() > 0);
    }

    // The campaigns dock keeps the same rule: hidden, it sends no campaign request; shown, it
    // loads; hidden while its list is slow, it drops that load; shown again, it loads, no error.
    void campaignsDockLoadsOnlyWhileShown()
    {
        Console console(m_sandbox.context());
        QVERIFY(QTest::qWaitForWindowExposed(&console.window));
        api::Transport *transport = m_sandbox.context().transport;
        const auto inFlight = [transport] {
            return transport->onWireCount() + transport->queuedCount();
        };
        auto *dock = console.window.findChild<QDockWidget *>(QStringLiteral("campaignsDock"));
        auto *pane = console.window.findChild<ui::CampaignsPane *>();
        QVERIFY(dock && pane && !dock->isVisible());
        models::PagedLoader *campaigns = pane->campaignService()->campaignLoader();
        QTRY_COMPARE_WITH_TIMEOUT(inFlight(), 0, 3000);
        QCOMPARE(campaigns->state(), models::LoadState::Idle);

        FaultCase slow{"slow", QStringLiteral("latency=8000"), Expect::Error, {}, 20000};
        QVERIFY(m_sandbox.applyFault(slow, QStringLiteral("VoiceCampaigns")));
        dock->show();
        QTRY_COMPARE_WITH_TIMEOUT(inFlight(), 1, 3000);
        QCOMPARE(campaigns->state(), models::LoadState::Loading);
        dock->hide();
        QTRY_COMPARE_WITH_TIMEOUT(inFlight(), 0, 3000);
        QCOMPARE(campaigns->state(), models::LoadState::Idle);

        QVERIFY(m_sandbox.clearFault());
        dock->show();
        ui::PaneStateWidget *list = pane->campaignsPanel()->listState();
        QVERIFY2(waitForState(list, {State::Content}), qPrintable(describe(list)));

        // An open campaign whose header is slow: hiding the dock drops the header request too,
        // and showing it again asks for the campaign once more.
        models::CampaignService *service = pane->campaignService();
        QVERIFY(m_sandbox.applyFault(slow, QStringLiteral("VoiceCampaign")));
        QTableView *listView = pane->campaignsPanel()->listView();
        listView->setFocus();
        listView->setCurrentIndex(listView->model()->index(0, 0));
        QVERIFY(!service->openCampaignId().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(service->detailState(), models::LoadState::Loading, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(inFlight() >= 1, 3000);
        dock->hide();
        QTRY_COMPARE_WITH_TIMEOUT(inFlight(), 0, 3000);
        QCOMPARE(service->detailState(), models::LoadState::Idle);

        QVERIFY(m_sandbox.clearFault());
        dock->show();
        QTRY_COMPARE_WITH_TIMEOUT(service->detailState(), models::LoadState::Loaded, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(service->itemLoader()->state(), models::LoadState::Loaded, 10000);
    }

    // Restored tabs cost nothing until shown: only the tab in view loads.
    void restoredTabsLoadWhenShown()
    {
        QTemporaryDir directory;
        QSettings user(directory.filePath(QStringLiteral("user.ini")), QSettings::IniFormat);
        models::AppSettings settings(&user, nullptr);
        QVERIFY(settings.setValue(models::AppSettings::kOpenTabs, QStringList{kBronwyn, kOther}));
        ui::ConsoleContext context = m_sandbox.context();
        context.settings = &settings;
        ui::MainWindow window(context);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.restoreTabs();
        QCOMPARE(window.openAccountNumbers(), (QStringList{kBronwyn, kOther}));
        ui::AccountTab *shown = window.accountTab(kBronwyn);
        ui::AccountTab *hidden = window.accountTab(kOther);
        QVERIFY(shown && hidden);
        QVERIFY(waitForState(shown->paneState(), {State::Content}));
        QCOMPARE(hidden->service()->state(), models::AccountService::State::Idle);

        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("accountTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(hidden);
        QVERIFY2(waitForState(hidden->paneState(), {State::Content}),
                 qPrintable(describe(hidden->paneState())));
    }

private:
    FaultingSandbox m_sandbox;
};

QTEST_MAIN(TestHiddenTabs)
#include "tst_hidden_tabs.moc"
