#include "models/accounts/AccountSearchService.h"
#include "support/SandboxFixture.h"
#include "support/SignedInTransport.h"
#include "support/WindowActivation.h"
#include "ui/PaneStateWidget.h"
#include "ui/SearchPane.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using kac::models::AccountSearchService;
using kac::ui::SearchPane;

// The search pane against the real sandbox: each kind of term finds its fixed account
// (sandbox/FIXTURES.md), stale searches are cancelled, errors say what to do.
class TestConsoleSearch : public QObject
{
    Q_OBJECT
private:
    kac::test::SandboxFixture m_sandbox;
    kac::test::SignedInTransport m_client;

    static bool waitForSettled(AccountSearchService *service, int timeoutMs = 15000)
    {
        return QTest::qWaitFor(
            [service] {
                const auto state = service->state();
                return state == AccountSearchService::State::Loaded ||
                       state == AccountSearchService::State::Empty ||
                       state == AccountSearchService::State::Failed;
            },
            timeoutMs);
    }

private slots:
    // A fault one test sets never reaches the next.
    void cleanup() { m_client.network.clearFault(); }

    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--allow-faults")}),
                 qPrintable(m_sandbox.failure()));
        QVERIFY(m_client.signIn(m_sandbox.url()));
    }

    // Every kind the box knows, through the real service and sandbox: the account found, the
    // query and field named under the box, and the request the sandbox logged.
    void eachKindOfTermFindsItsAccount_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("via"); // root field . input field
        QTest::addColumn<QString>("firstAccount");
        const auto row = [](const char *name, const char *typed, const char *kind, const char *via,
                            const char *account) {
            QTest::newRow(name) << QString::fromUtf8(typed) << QString::fromUtf8(kind)
                                << QString::fromUtf8(via) << QString::fromUtf8(account);
        };
        row("account number", "a-5c19d3e8", "Account number", "accountsSearch.accountNumber",
            "A-5C19D3E8");
        row("email", "siobhan.mulcahy@outlook.com", "Email", "accountUser.accountUserEmail",
            "A-8E4B92D1");
        row("mobile", "0491 570 110", "Phone number", "accounts.phoneNumber", "A-9A63F05B");
        row("landline e164", "+61255501234", "Phone number", "accounts.phoneNumber", "A-2B7E41C9");
        // Issue 21: a number of another country finds its customer (libphonenumber).
        row("overseas landline", "+44 20 7946 0158", "Phone number", "accounts.phoneNumber",
            "A-7D20A6F3");
        row("landline local", "(02) 5550 1234", "Phone number", "accounts.phoneNumber",
            "A-2B7E41C9");
        row("postcode", "2204", "Postcode", "accountsSearch.location", "A-2B7E41C9");
        row("postcode 2", "3220", "Postcode", "accountsSearch.location", "A-3C8F17A4");
        row("name", "Aroha Whitcombe", "Name", "accountsSearch.billingName", "A-7D20A6F3");
        row("business name", "Kalogeropoulos Bakehouse", "Name", "accountsSearch.billingName",
            "A-5C19D3E8");
        row("surname", "Kalogeropoulos", "Name", "accountsSearch.billingName", "A-5C19D3E8");
        row("address", "5 Churchill Avenue, Sandy Bay", "Address", "accountsSearch.location",
            "A-4E2A9C07");
        row("NMI", "4102918273", "NMI", "accountsSearch.nmi", "A-2B7E41C9");
        row("NMI with check digit", "31146055281", "NMI", "accountsSearch.nmi", "A-7D20A6F3");
        row("MIRN", "5510273849", "MIRN", "accountsSearch.mirn", "A-8E4B92D1");
        row("meter serial", "ED7730021", "Meter serial", "accountsSearch.meterSerialNumber",
            "A-9A63F05B");
        row("portfolio", "P-4E2A9C07", "Portfolio number", "accountsSearch.portfolioNumber",
            "A-4E2A9C07");
    }

    void eachKindOfTermFindsItsAccount()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kind);
        QFETCH(QString, via);
        QFETCH(QString, firstAccount);
        SearchPane pane(&m_client.transport, nullptr);
        QAbstractItemModelTester tester(pane.service()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane.show();
        const qsizetype before = m_sandbox.requestLog().size();
        QTest::keyClicks(pane.searchField(), typed);
        QVERIFY(pane.searchKindText().contains(kind, Qt::CaseInsensitive)); // at once
        QVERIFY(waitForSettled(pane.service()));
        QCOMPARE(pane.service()->state(), AccountSearchService::State::Loaded);
        QCOMPARE(pane.resultsView()->model()->index(0, 0).data().toString(), firstAccount);
        // Agent words: what it searched by, never the Kraken query and field.
        QVERIFY2(pane.searchKindText().contains(kind, Qt::CaseInsensitive) &&
                     !pane.searchKindText().contains(via) &&
                     !pane.searchKindText().contains(QLatin1Char('(')),
                 qPrintable(pane.searchKindText()));
        QCOMPARE(pane.resultsState()->state(), kac::ui::PaneStateWidget::State::Content);

        // The sandbox answered the plan's own operation with the plan's own variables.
        const kac::models::SearchPlan &plan = pane.service()->shownPlan();
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.requestLog().size() > before, 5000);
        bool logged = false;
        for (const QJsonObject &line : m_sandbox.requestLog().mid(before)) {
            logged = logged ||
                     (line.value(QLatin1String("operationName")).toString() == plan.operationName &&
                      line.value(QLatin1String("outcome")).toString() == QLatin1String("ok") &&
                      line.value(QLatin1String("variables")).toObject() == plan.variables);
        }
        QVERIFY2(logged, qPrintable(plan.operationName));
    }

    // An email nobody has: accountUser answers a user without accounts, shown as no results.
    void unknownEmailFindsNothing()
    {
        SearchPane pane(&m_client.transport, nullptr);
        pane.show();
        QTest::keyClicks(pane.searchField(), QStringLiteral("nobody.here@example.com.au"));
        QVERIFY(waitForSettled(pane.service()));
        QCOMPARE(pane.service()->state(), AccountSearchService::State::Empty);
        QCOMPARE(pane.searchKindText(), QStringLiteral("Searched by email"));
    }

    void enterOpensTheHighlightedResult()
    {
        SearchPane pane(&m_client.transport, nullptr);
        pane.show();
        QSignalSpy open(&pane, &SearchPane::openAccountRequested);
        QTest::keyClicks(pane.searchField(), QStringLiteral("2204"));
        // Enter before the debounce has fired: the search runs at once and opens its first hit.
        QTest::keyClick(pane.searchField(), Qt::Key_Return);
        QVERIFY(open.wait(10000));
        QCOMPARE(open.first().first().toString(), QStringLiteral("A-2B7E41C9"));
        // Down moves into the table; Enter there opens the current row.
        QTest::keyClick(pane.searchField(), Qt::Key_Down);
        QVERIFY(pane.resultsView()->hasFocus() || !pane.isActiveWindow());
        QTest::keyClick(pane.resultsView(), Qt::Key_Return);
        QCOMPARE(open.size(), 2);
    }

    void staleSearchesAreCancelled()
    {
        SearchPane pane(&m_client.transport, nullptr);
        pane.show();
        AccountSearchService *service = pane.service();
        m_client.network.setFault("latency=600");
        QSignalSpy shown(service, &AccountSearchService::resultsShown);
        const qsizetype before = m_sandbox.requestLog().size();

        // Typing fast: one request for the whole word, not one per key.
        QTest::keyClicks(pane.searchField(), QStringLiteral("Kalogeropoulos"));
        QTRY_COMPARE_WITH_TIMEOUT(service->state(), AccountSearchService::State::Loading, 2000);
        // A new term while that is in flight: the old request is destroyed.
        pane.searchField()->clear();
        QTest::keyClicks(pane.searchField(), QStringLiteral("3220"));
        QVERIFY(waitForSettled(service));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(service->model()->accountNumberAt(0), QStringLiteral("A-3C8F17A4"));
        QVERIFY(service->shownPlan().term == QStringLiteral("3220"));

        // The sandbox saw at most two requests from this typing: the first one's client went
        // away during its latency (the request was destroyed; on a busy machine it may be
        // aborted before it even reached the sandbox), and the last is the search shown.
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.requestLog().size() - before >= 1, 5000);
        QTest::qWait(200); // let a late "client-gone" line land
        const QList<QJsonObject> lines = m_sandbox.requestLog().mid(before);
        QVERIFY(lines.size() <= 2);
        const auto isShownSearch = [](const QJsonObject &line) {
            return line.value(QLatin1String("operationName")).toString() ==
                       QStringLiteral("AccountsSearch") &&
                   line.value(QLatin1String("outcome")).toString() == QStringLiteral("ok") &&
                   line.value(QLatin1String("variables"))
                           .toObject()
                           .value(QLatin1String("searchTerms"))
                           .toObject()
                           .value(QLatin1String("location"))
                           .toString() == QStringLiteral("3220");
        };
        int shownSearches = 0;
        for (const QJsonObject &line : lines) {
            if (isShownSearch(line))
                ++shownSearches;
            else
                QCOMPARE(line.value(QLatin1String("outcome")).toString(),
                         QStringLiteral("client-gone"));
        }
        QCOMPARE(shownSearches, 1);
        QTest::qWait(700);
        QCOMPARE(shown.size(), 1); // the cancelled answer never replaced the newer one
        QCOMPARE(service->model()->accountNumberAt(0), QStringLiteral("A-3C8F17A4"));
    }

    void notSearchableSaysWhatToType()
    {
        SearchPane pane(&m_client.transport, nullptr);
        QTest::keyClicks(pane.searchField(), QStringLiteral("41029182730"));
        QVERIFY(pane.searchKindText().contains(QStringLiteral("check the last digit")));
        QCOMPARE(pane.service()->state(), AccountSearchService::State::Idle);
    }

    void nothingFoundAndErrorsSayWhatToDo()
    {
        SearchPane pane(&m_client.transport, nullptr);
        pane.show();
        QTest::keyClicks(pane.searchField(), QStringLiteral("Zzyzxquorble"));
        QVERIFY(waitForSettled(pane.service()));
        QCOMPARE(pane.service()->state(), AccountSearchService::State::Empty);
        QCOMPARE(pane.resultsState()->state(), kac::ui::PaneStateWidget::State::Empty);
        QVERIFY(pane.resultsState()->emptyText().contains(QStringLiteral("No accounts match")));

        m_client.network.setFault("malformed-json; times=1");
        pane.searchField()->clear();
        QTest::keyClicks(pane.searchField(), QStringLiteral("2204"));
        QVERIFY(waitForSettled(pane.service()));
        QCOMPARE(pane.service()->state(), AccountSearchService::State::Failed);
        QCOMPARE(pane.resultsState()->state(), kac::ui::PaneStateWidget::State::Error);
        QVERIFY(!pane.resultsState()->errorMessage().isEmpty());
        pane.resultsState()->retryButton()->click();
        QVERIFY(waitForSettled(pane.service()));
        QCOMPARE(pane.service()->state(), AccountSearchService::State::Loaded);
        QCOMPARE(pane.service()->model()->accountNumberAt(0), QStringLiteral("A-2B7E41C9"));
    }

    // A failed search leaves the keyboard in the search box: the rest of what the agent types
    // lands there, and a space types a space instead of pressing Retry (issue 15).
    void failedSearchLeavesTheFocusInTheSearchBox()
    {
        SearchPane pane(&m_client.transport, nullptr);
        QVERIFY(kac::test::showActive(&pane));
        pane.searchField()->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return pane.searchField()->hasFocus(); }));
        // Every search fails (a slower display may search "220" before "2204").
        m_client.network.setFault("malformed-json");
        QTest::keyClicks(pane.searchField(), QStringLiteral("2204"));
        QVERIFY(QTest::qWaitFor(
            [&] { return pane.service()->state() == AccountSearchService::State::Failed; }, 15000));
        QVERIFY(pane.resultsState()->retryButton()->isVisible());
        QVERIFY2(pane.searchField()->hasFocus(), "the failure took the focus out of the box");
        QSignalSpy retried(pane.resultsState(), &kac::ui::PaneStateWidget::retryRequested);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Wattle"));
        QCOMPARE(pane.searchField()->text(), QStringLiteral("2204 Wattle"));
        QCOMPARE(retried.count(), 0);
        m_client.network.clearFault();
    }
};

QTEST_MAIN(TestConsoleSearch)
#include "tst_console_search.moc"
