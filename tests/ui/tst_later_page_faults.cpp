// A long list whose *next* page fails or comes back partial, in the real main window: the rows
// already on screen stay, a notice over them says the page failed (or what is missing), nothing
// stays busy, and the notice's Retry (with the fault gone) loads the page. The lists: every pane
// declared in tests/faults/FaultedPanes.h with a `laterPage`.
#include "PaneFaultsSupport.h"
#include "faults/FaultedPanes.h"

using namespace kac;
using namespace kac::test;
using ui::PaneStateWidget;

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
    const QList<FaultedPane> panes = faultedPanes();
    for (int p = 0; p < panes.size(); ++p) {
        if (!panes.at(p).laterPage.prepare)
            continue;
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
    const LaterPage paneCase = faultedPanes().at(pane).laterPage;
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
