// The panes themselves, in the real main window, under sandbox faults (rows: pane x fault).
// tst_fault_matrix proves every service under every fault; this proves what the agent sees
// (every pane declared in tests/faults/FaultedPanes.h with `prepare` and `act`):
// the faulted pane leaves its busy page for an error page that names the problem with a
// working Retry, or for its rows with a partial-data notice; a one-off fault heals with no
// click; and the panes around it (another open account, the pane it was opened from) stay
// as they were.
#include "PaneFaultsSupport.h"
#include "faults/FaultedPanes.h"

using namespace kac;
using namespace kac::test;
using ui::PaneStateWidget;

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
    const QList<FaultedPane> panes = faultedPanes();
    for (int p = 0; p < panes.size(); ++p) {
        if (!panes.at(p).prepare)
            continue;
        for (int f = 0; f < Faults.size(); ++f)
            QTest::addRow("%s x %s", panes.at(p).name, Faults.at(f).name) << p << f;
    }
}

void PaneFaultsTest::paneUnderFault()
{
    QFETCH(int, pane);
    QFETCH(int, fault);
    const FaultedPane paneCase = faultedPanes().at(pane);
    const FaultCase &f = Faults.at(fault);
    QVERIFY2(m_env.clearFault(), qPrintable(m_env.failure()));

    Console console(m_env.context());
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));
    ui::AccountTab *bystander = console.openAccount(BystanderAccount);
    QVERIFY2(bystander, "the bystander account did not open");
    Panes panes = paneCase.prepare(console);
    if (!panes.faulted) // a pane that exists only once the action opens it, or setup failed
        QVERIFY2(paneCase.openedByAct, "the pane was not prepared");
    panes.bystanders << bystander->paneState();

    QVERIFY2(m_env.applyFault(f, paneCase.operations), qPrintable(m_env.failure()));
    paneCase.act(console, panes);
    if (!panes.faulted) {
        panes.faulted = paneCase.openedByAct(console);
        QVERIFY(panes.faulted);
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
            QVERIFY2(faulted->noticeDetails().contains(f.code),
                     qPrintable(faulted->noticeDetails()));
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
