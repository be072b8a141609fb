// Screen pops in the real console window against the real sandbox (issue 18): a pop is a search,
// never an action. One match opens the account with its banners, several stay in the search
// pane to choose from, none leaves the number in the search box; nothing is searched while
// signed out or locked; a retry storm opens the account once; a ringing call loads behind.
#include "models/accounts/AccountSearchService.h"
#include "models/accounts/AccountService.h"
#include "models/screenpop/PopRequest.h"
#include "support/ConsoleFixture.h"
#include "support/SandboxFixture.h"
#include "ui/AccountHeaderWidget.h"
#include "ui/AccountTab.h"
#include "ui/IdleLock.h"
#include "ui/MainWindow.h"
#include "ui/NoticeBar.h"
#include "ui/ScreenPopController.h"
#include "ui/SearchPane.h"
#include "ui/SignInController.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using kac::models::PopRequest;
using kac::ui::ScreenPopController;
using Outcome = ScreenPopController::Outcome;

namespace {

const QString Bronwyn = QStringLiteral("A-2B7E41C9"); // life support, hardship
const QString Dimitri = QStringLiteral("A-5C19D3E8"); // mobile +61491570157
const QString Ngaire = QStringLiteral("A-4E2A9C07");  // shares Dimitri's landline
const QString Rajesh = QStringLiteral("A-9A63F05B");

PopRequest phonePop(const QString &phone, bool ringing = false)
{
    const kac::models::PopParse parsed = kac::models::ScreenPop::parseUrl(
        QStringLiteral("kraken-agent-console://pop?phone=%1&ringing=%2")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(phone)), ringing ? "1" : "0"));
    Q_ASSERT(parsed.request);
    return *parsed.request;
}

} // namespace

Q_DECLARE_METATYPE(kac::ui::ScreenPopController::Outcome)

class TestScreenPop : public QObject
{
    Q_OBJECT
private:
    kac::test::SandboxFixture m_sandbox;
    using Console = kac::test::ConsoleFixture;

    bool openSignedIn(Console &console)
    {
        console.window()->signIn()->useEndpoint(m_sandbox.url());
        return console.show() && console.signIn(m_sandbox.url());
    }

    // Waits for the next pop to be shown; its outcome and account.
    static bool waitForPop(QSignalSpy &shown, Outcome *outcome, QString *account,
                           int timeoutMs = 15000)
    {
        if (!QTest::qWaitFor([&] { return !shown.isEmpty(); }, timeoutMs))
            return false;
        const QList<QVariant> args = shown.takeFirst();
        *outcome = args.at(0).value<Outcome>();
        *account = args.at(1).toString();
        return true;
    }

    static QTabWidget *tabs(Console &console) { return console.window()->accountTabs(); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Outcome>();
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.failure()));
    }

    // One caller, one account: the tab opens in front with its safety banners.
    void oneMatchOpensTheAccountWithItsBanners()
    {
        Console console;
        QVERIFY(openSignedIn(console));
        ScreenPopController *pops = console.graph.screenPop();
        QSignalSpy shown(pops, &ScreenPopController::popShown);
        new QAbstractItemModelTester(console.window()->searchPane()->service()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     console.window());
        pops->pop(phonePop(QStringLiteral("0491 570 156"))); // Bronwyn's mobile
        Outcome outcome;
        QString account;
        QVERIFY(waitForPop(shown, &outcome, &account));
        QCOMPARE(outcome, Outcome::Opened);
        QCOMPARE(account, Bronwyn);
        kac::ui::AccountTab *tab = console.window()->accountTab(Bronwyn);
        QVERIFY(tab);
        QCOMPARE(tabs(console)->currentWidget(), tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->header()->bannerTitles().join(u' ').contains(u"ife support"),
                                 15000);
        // The recent list says when and from which number, masked as the rest of the PII is.
        auto *recent = console.window()->findChild<QListWidget *>(QStringLiteral("recentAccounts"));
        QVERIFY(recent && recent->count() > 0);
        const QString entry = recent->item(0)->text();
        QVERIFY2(entry.startsWith(Bronwyn) && entry.contains(u"156"), qPrintable(entry));
        QVERIFY2(!entry.contains(u"570 156") && !entry.contains(u"570156"), qPrintable(entry));
    }

    // A number two accounts share: both stay in the search pane, nothing opens by itself.
    void sharedNumberLeavesTheChoiceToTheAgent()
    {
        Console console;
        QVERIFY(openSignedIn(console));
        ScreenPopController *pops = console.graph.screenPop();
        QSignalSpy shown(pops, &ScreenPopController::popShown);
        pops->pop(phonePop(QStringLiteral("(03) 5550 5678")));
        Outcome outcome;
        QString account;
        QVERIFY(waitForPop(shown, &outcome, &account));
        QCOMPARE(outcome, Outcome::Several);
        QCOMPARE(tabs(console)->count(), 0);
        kac::ui::SearchPane *search = console.window()->searchPane();
        QStringList found;
        for (int row = 0; row < search->service()->model()->rowCount(); ++row)
            found << search->service()->model()->accountNumberAt(row);
        found.sort();
        QCOMPARE(found, (QStringList{Ngaire, Dimitri}));
        QVERIFY(search->resultsView()->hasFocus() ||
                QApplication::focusWidget() == search->resultsView());
        const QString notice = console.window()->noticeBar()->text();
        QVERIFY2(notice.contains(u"2 accounts") && !notice.contains(u"5550 5678"),
                 qPrintable(notice));

        // The next caller's account opens: the earlier "choose one" is about another call.
        pops->pop(phonePop(QStringLiteral("0491570110")));
        QVERIFY(waitForPop(shown, &outcome, &account));
        QCOMPARE(outcome, Outcome::Opened);
        QVERIFY2(console.window()->noticeBar()->text().isEmpty(),
                 qPrintable(console.window()->noticeBar()->text()));
    }

    // Nobody has the number: the agent is told, and the number waits in the search box.
    void noMatchLeavesTheNumberInTheSearchBox()
    {
        Console console;
        QVERIFY(openSignedIn(console));
        ScreenPopController *pops = console.graph.screenPop();
        QSignalSpy shown(pops, &ScreenPopController::popShown);
        pops->pop(phonePop(QStringLiteral("+61491570999")));
        Outcome outcome;
        QString account;
        QVERIFY(waitForPop(shown, &outcome, &account));
        QCOMPARE(outcome, Outcome::None);
        QCOMPARE(tabs(console)->count(), 0);
        QCOMPARE(console.window()->searchPane()->searchField()->text(),
                 QStringLiteral("+61491570999"));
        QVERIFY(console.window()->noticeBar()->text().contains(u"No account"));
    }

    // Signed out, and idle-locked: the pop waits and nothing about the caller is shown or
    // asked for until the agent has signed in.
    void aPopWaitsForSignInAndUnlock()
    {
        Console console;
        console.window()->signIn()->useEndpoint(m_sandbox.url());
        QVERIFY(console.show());
        ScreenPopController *pops = console.graph.screenPop();
        QSignalSpy shown(pops, &ScreenPopController::popShown);
        QSignalSpy sent(&console.transport(), &kac::api::Transport::requestCompleted);
        pops->pop(phonePop(QStringLiteral("0491570157")));
        QTest::qWait(300);
        QCOMPARE(pops->waitingCount(), 1);
        QVERIFY(shown.isEmpty());
        QVERIFY(sent.isEmpty());
        QVERIFY(console.window()->searchPane()->searchField()->text().isEmpty());

        QVERIFY(console.signIn(m_sandbox.url()));
        Outcome outcome;
        QString account;
        QVERIFY(waitForPop(shown, &outcome, &account));
        QCOMPARE(account, Dimitri);

        console.window()->idleLock()->lock();
        pops->pop(phonePop(QStringLiteral("0491570110"))); // Rajesh
        QTest::qWait(300);
        QCOMPARE(pops->waitingCount(), 1);
        QVERIFY(console.window()->accountTab(Rajesh) == nullptr);
        QVERIFY(console.window()->searchPane()->searchField()->text() != u"+61491570110");
        console.window()->idleLock()->unlock();
        QVERIFY(waitForPop(shown, &outcome, &account));
        QCOMPARE(account, Rajesh);
    }

    // A telephony retry storm: the same pop many times opens the account once, one search.
    void aBurstOpensTheAccountOnce()
    {
        Console console;
        QVERIFY(openSignedIn(console));
        ScreenPopController *pops = console.graph.screenPop();
        QSignalSpy shown(pops, &ScreenPopController::popShown);
        QSignalSpy opened(console.window(), &kac::ui::MainWindow::accountOpened);
        for (int i = 0; i < 20; ++i)
            pops->pop(phonePop(QStringLiteral("0491570157")));
        Outcome outcome;
        QString account;
        QVERIFY(waitForPop(shown, &outcome, &account));
        QTest::qWait(500);
        QVERIFY(shown.isEmpty());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(tabs(console)->count(), 1);
    }

    // Ringing: the account loads behind the agent's current tab and the focus stays where it
    // is; answering brings it to the front at once, without asking Kraken again.
    void ringingLoadsBehindAndAnsweringBringsItForward()
    {
        Console console;
        QVERIFY(openSignedIn(console));
        console.window()->openAccount(Rajesh);
        QLineEdit *field = console.window()->searchPane()->searchField();
        ScreenPopController *pops = console.graph.screenPop();
        QSignalSpy shown(pops, &ScreenPopController::popShown);
        pops->pop(phonePop(QStringLiteral("0491570157"), true));
        Outcome outcome;
        QString account;
        QVERIFY(waitForPop(shown, &outcome, &account));
        QCOMPARE(account, Dimitri);
        kac::ui::AccountTab *ringing = console.window()->accountTab(Dimitri);
        QVERIFY(ringing);
        QCOMPARE(tabs(console)->currentWidget(), console.window()->accountTab(Rajesh));
        QSignalSpy painted(ringing, &kac::ui::AccountTab::headerPainted);
        QVERIFY(painted.wait(15000) || !ringing->header()->bannerTitles().isEmpty() ||
                ringing->service()->state() == kac::models::LoadState::Loaded);
        QCOMPARE(ringing->service()->state(), kac::models::LoadState::Loaded);

        QSignalSpy sent(&console.transport(), &kac::api::Transport::requestCompleted);
        field->setFocus();
        pops->pop(phonePop(QStringLiteral("0491570157"), false)); // answered
        QVERIFY(waitForPop(shown, &outcome, &account));
        QCOMPARE(account, Dimitri);
        QCOMPARE(tabs(console)->currentWidget(), ringing);
        QTest::qWait(200);
        QVERIFY2(sent.isEmpty(), "answering asked Kraken again");
    }

    // A call id alone: the call names its account.
    void aCallIdOpensTheCallersAccount()
    {
        Console console;
        QVERIFY(openSignedIn(console));
        ScreenPopController *pops = console.graph.screenPop();
        QSignalSpy shown(pops, &ScreenPopController::popShown);
        const kac::models::PopParse parsed = kac::models::ScreenPop::parseUrl(
            QStringLiteral("kraken-agent-console://pop?call=880001"));
        QVERIFY(parsed.request);
        pops->pop(*parsed.request);
        Outcome outcome;
        QString account;
        QVERIFY(waitForPop(shown, &outcome, &account));
        QCOMPARE(outcome, Outcome::Opened);
        QCOMPARE(account, Bronwyn);
    }
};

QTEST_MAIN(TestScreenPop)
#include "tst_screenpop.moc"
