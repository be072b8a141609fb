// The console adapts to the endpoint, in real widgets against a real sandbox that hides a field
// one pane needs (AccountType.notes) and one search field (AccountSearchInputType.nmi): after
// sign-in the console learns the schema; the notes pane says "not offered by this Kraken" and
// why, without Retry and without sending anything, while the account's other panes load; the
// search box does not offer NMI search and still finds an account by number.
#include "models/accounts/AccountSearchService.h"
#include "models/accounts/AccountService.h"
#include "models/accounts/SearchTermClassifier.h"
#include "models/accounts/SectionLoader.h"
#include "support/ConsoleFixture.h"
#include "support/SandboxFixture.h"
#include "ui/AccountTab.h"
#include "ui/MainWindow.h"
#include "ui/PaneStateWidget.h"
#include "ui/SearchPane.h"
#include "ui/SectionPane.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace kac;
using ui::PaneStateWidget;

class TestConsoleAdapts : public QObject
{
    Q_OBJECT
private:
    test::SandboxFixture m_sandbox;
    test::ConsoleFixture m_console;
    api::Transport &m_transport = m_console.transport();
    const api::EndpointCapabilities &m_capabilities = m_console.graph.capabilities();
    const api::ErrorCatalog &m_errors = m_console.graph.errors();
    ui::MainWindow *m_window = m_console.window();

    int sent(const QString &operationName) const
    {
        int count = 0;
        for (const QJsonObject &line : m_sandbox.requestLog())
            count += line.value(QLatin1String("operationName")).toString() == operationName;
        return count;
    }

    // The pane's error page says "not offered", names what is missing, and has no Retry.
    static void verifyNotOffered(const PaneStateWidget *pane, const QString &missing)
    {
        QCOMPARE(pane->state(), PaneStateWidget::State::Error);
        QCOMPARE(pane->errorCode(), QStringLiteral("Not offered by this Kraken"));
        QVERIFY2(pane->errorMessage().contains(missing), qPrintable(pane->errorMessage()));
        QVERIFY(!pane->retryButton()->isVisible());
    }

    // The pane leaves its busy page for its content (saying what went wrong if it did not).
    static void verifyLoads(const PaneStateWidget *pane)
    {
        QTRY_VERIFY_WITH_TIMEOUT(pane->state() != PaneStateWidget::State::Loading, 10000);
        QVERIFY2(pane->state() == PaneStateWidget::State::Content,
                 qPrintable(pane->errorCode() + QStringLiteral(": ") + pane->errorMessage()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--hide"), QStringLiteral("AccountType.notes"),
                                  QStringLiteral("--hide"),
                                  QStringLiteral("AccountSearchInputType.nmi")}),
                 qPrintable(m_sandbox.failure()));
        QVERIFY(m_console.show());
        QSignalSpy learned(&m_console.graph.learner(), &api::EndpointLearner::learned);
        QVERIFY(m_console.signIn(m_sandbox.url()));
        QVERIFY(!learned.isEmpty() || learned.wait(30000));
        QVERIFY(!m_capabilities.offers(QStringLiteral("AccountNotes")));
        QVERIFY(!m_capabilities.hasMember(QStringLiteral("AccountSearchInputType"),
                                          QStringLiteral("nmi")));
        QVERIFY(m_capabilities.hasMember(QStringLiteral("AccountSearchInputType"),
                                         QStringLiteral("mirn")));
    }

    // The panes as the account tab builds them (one SectionPane per section, on the account's
    // own loaders): the notes section is refused before sending, billing and ledgers load.
    void notOfferedSectionBesideSectionsThatLoad()
    {
        models::AccountService account(&m_transport, QStringLiteral("A-2B7E41C9"));
        QWidget host;
        ui::SectionPane notes(account.section(QStringLiteral("notes")), &m_errors, &host);
        ui::SectionPane billing(account.section(QStringLiteral("billing")), &m_errors, &host);
        ui::SectionPane ledgers(account.section(QStringLiteral("ledgers")), &m_errors, &host);
        host.show();
        notes.setShown(true);
        billing.setShown(true);
        ledgers.setShown(true);
        QTRY_COMPARE_WITH_TIMEOUT(notes.paneState()->state(), PaneStateWidget::State::Error, 10000);
        verifyNotOffered(notes.paneState(), QStringLiteral("AccountType.notes"));
        verifyLoads(billing.paneState());
        verifyLoads(ledgers.paneState());
        QVERIFY(ledgers.view()->model()->rowCount() > 0);
        QCOMPARE(sent(QStringLiteral("AccountNotes")), 0); // refused without asking Kraken
    }

    // The same in the real main window: open the account, go to Notes, then to another tab.
    void accountTabShowsTheNotesSectionAsNotOffered()
    {
        ui::AccountTab *tab = m_window->openAccount(QStringLiteral("A-2B7E41C9"));
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->service()->state(), models::AccountService::State::Loaded,
                                  10000);
        ui::SectionPane *notes = tab->sectionPane(QStringLiteral("notes"));
        QVERIFY(notes);
        tab->sections()->setCurrentWidget(notes);
        QTRY_COMPARE_WITH_TIMEOUT(notes->paneState()->state(), PaneStateWidget::State::Error,
                                  10000);
        verifyNotOffered(notes->paneState(), QStringLiteral("AccountType.notes"));
        ui::SectionPane *billing = tab->sectionPane(QStringLiteral("billing"));
        tab->sections()->setCurrentWidget(billing);
        verifyLoads(billing->paneState());
        QCOMPARE(tab->paneState()->state(), PaneStateWidget::State::Content); // header stays
        QCOMPARE(sent(QStringLiteral("AccountNotes")), 0);
    }

    void searchDoesNotOfferWhatTheEndpointLacks()
    {
        ui::SearchPane *search = m_window->searchPane();
        QLineEdit *field = search->searchField();
        const QString nmi = QStringLiteral("31146055281");
        // The input field the console would send an NMI in.
        const QString inputField = models::SearchTermClassifier::classify(nmi)
                                       .variables.value(QLatin1String("searchTerms"))
                                       .toObject()
                                       .keys()
                                       .value(0);
        QVERIFY(!inputField.isEmpty());
        const int searchesBefore = sent(QStringLiteral("AccountsSearch"));
        field->clear();
        QTest::keyClicks(field, nmi);
        QTRY_VERIFY_WITH_TIMEOUT(
            search->searchKindText().contains(QLatin1String("does not offer search by NMI")), 5000);
        QVERIFY2(search->searchKindText().contains(QStringLiteral("AccountSearchInputType.") +
                                                   inputField),
                 qPrintable(search->searchKindText()));
        QTest::keyClick(field, Qt::Key_Return);
        QTest::qWait(search->service()->debounceInterval() + 300);
        QCOMPARE(search->service()->state(), models::AccountSearchService::State::Idle);
        QCOMPARE(sent(QStringLiteral("AccountsSearch")), searchesBefore); // never sent

        // What the endpoint has still works.
        field->clear();
        QTest::keyClicks(field, QStringLiteral("A-2B7E41C9"));
        QTRY_COMPARE_WITH_TIMEOUT(search->service()->state(),
                                  models::AccountSearchService::State::Loaded, 10000);
        QCOMPARE(sent(QStringLiteral("AccountsSearch")), searchesBefore + 1);
    }
};

QTEST_MAIN(TestConsoleAdapts)
#include "tst_console_adapts.moc"
