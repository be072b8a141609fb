// Every pane's service under every sandbox fault (rows: pane x fault). Each row checks that
// the service ends in a clear state within a bounded time: data, partial data, or an error that
// names the problem (kind, HTTP status or Kraken code, and a catalog message), with its loading
// flag cleared; that a Retry through the service's own API works once the fault is gone; that
// transient faults applied once recover without any action; and that another account loading
// at the same time on the same transport and session is not disturbed.
//
// The fault is sent per request: the transport's test-only network (FaultInjectingNetwork) adds
// it to every request except the bystander's (whose variables name its account) and the
// session's sign-ins, which is what "one service meets the fault, the rest of the console does
// not" means; the sandbox's run-time fault would hit the bystander too. The `retry-after=<n>`
// modifier makes every row's header unique, so the sandbox's `times=N` counting never carries
// over from one row to the next. Timeouts are short (Transport::setTimeoutCapMs) and retries
// quick (RetryPolicy), so the whole matrix runs in about a minute.
//
// The panes: every one declared in tests/faults/FaultedPanes.h with a `service` (16 today).
//
// disabled-field (Kraken refusing one field, KT-CT-1113) must end in data *with* the notice the
// pane shows (the service's partialError) or in that error; plain data would hide the gap.
#include "api/ErrorCatalog.h"
#include "api/RetryPolicy.h"
#include "api/Session.h"
#include "api/Transport.h"
#include "faults/FaultedPanes.h"
#include "models/accounts/AccountService.h"
#include "support/SandboxFixture.h"
#include "support/SignedInTransport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace kac;
using namespace kac::test;

namespace {

constexpr int ShortTimeoutMs = 300; // for the latency row: the answer comes 1,000 ms late
constexpr int NormalTimeoutMs = 5000;

const QString Bystander = QStringLiteral("A-9A63F05B");

enum class Expect
{
    Data,    // the answer arrives (maybe after retries the agent never sees)
    Partial, // disabled-field: data with a notice naming KT-CT-1113, or that error
    Timeout,
    Http502,
    Http503,
    Network,
    Malformed,
    MalformedOrNetwork, // truncate: cut short (malformed) or the connection dropped
    Expired,            // KT-CT-1124 every time: the agent is told to sign in or try again
    RateLimited,
};

struct Fault
{
    const char *name;
    QByteArray header; // without the unique retry-after modifier
    Expect expect;
    bool transient = false; // applied once: must recover with no action
    int timeoutMs = NormalTimeoutMs;
};

const QList<Fault> Faults = {
    {"latency-beyond-timeout", "latency=1000", Expect::Timeout, false, ShortTimeoutMs},
    {"http-502", "http-502", Expect::Http502},
    {"http-503", "http-503", Expect::Http503},
    {"http-502-once", "http-502;times=1", Expect::Data, true},
    {"http-503-once", "http-503;times=1", Expect::Data, true},
    {"reset", "reset", Expect::Network},
    {"truncate", "truncate", Expect::MalformedOrNetwork},
    {"malformed-json", "malformed-json", Expect::Malformed},
    {"large-body", "large-body=4", Expect::Data},
    {"trickle", "trickle=600", Expect::Data},
    {"expired-token", "expired-token", Expect::Expired},
    {"expired-token-once", "expired-token;times=1", Expect::Data, true},
    {"rate-limit", "rate-limit", Expect::RateLimited},
    {"rate-limit-once", "rate-limit;times=1", Expect::Data, true},
    {"disabled-field", "disabled-field", Expect::Partial},
};

QString describe(const Outcome &outcome)
{
    switch (outcome.kind) {
    case Outcome::Kind::Pending:
        return QStringLiteral("still pending");
    case Outcome::Kind::Data:
        return outcome.partial.isNone()
                   ? QStringLiteral("data")
                   : QStringLiteral("partial data: ") + outcome.partial.summary();
    case Outcome::Kind::Failed:
        return QStringLiteral("failed: ") + outcome.error.summary();
    }
    return {};
}

// Whether a failure says what went wrong in a way the pane can show.
bool namesTheProblem(const ApiError &error, Expect expect)
{
    switch (expect) {
    case Expect::Timeout:
        return error.kind == ApiError::Kind::Timeout;
    case Expect::Http502:
        return error.kind == ApiError::Kind::HttpStatus && error.httpStatus == 502;
    case Expect::Http503:
        return error.kind == ApiError::Kind::HttpStatus && error.httpStatus == 503;
    case Expect::Network:
        return error.kind == ApiError::Kind::Network;
    case Expect::Malformed:
        return error.kind == ApiError::Kind::MalformedResponse;
    case Expect::MalformedOrNetwork:
        return error.kind == ApiError::Kind::MalformedResponse ||
               error.kind == ApiError::Kind::Network;
    case Expect::Expired:
        return error.errorCode == QLatin1String("KT-CT-1124") ||
               error.kind == ApiError::Kind::SignInRequired;
    case Expect::RateLimited:
        return error.errorCode == QLatin1String("KT-CT-1199");
    case Expect::Partial:
        return error.errorCode == QLatin1String("KT-CT-1113");
    case Expect::Data:
        return false;
    }
    return false;
}

} // namespace

class FaultMatrixTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paneUnderFault_data();
    void paneUnderFault();
    void cleanup();
    void cleanupTestCase();

private:
    test::SandboxFixture m_sandbox;
    std::unique_ptr<test::SignedInTransport> m_console;
    api::ErrorCatalog m_catalog;
    QTemporaryDir m_scratch;
    int m_row = 0;
    QElapsedTimer m_total;
};

void FaultMatrixTest::initTestCase()
{
    m_total.start();
    QVERIFY2(m_sandbox.start({QStringLiteral("--allow-faults")}), qPrintable(m_sandbox.failure()));
    m_console = std::make_unique<test::SignedInTransport>();
    QVERIFY(m_console->signIn(m_sandbox.url()));
    // Quick retries: Retry-After (1 s from the sandbox) is capped to 100 ms.
    api::RetryPolicy policy;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 80;
    policy.maxRetryAfterMs = 100;
    m_console->transport.setRetryPolicy(policy);
}

void FaultMatrixTest::paneUnderFault_data()
{
    QTest::addColumn<int>("pane");
    QTest::addColumn<int>("fault");
    const QList<FaultedPane> panes = faultedPanes();
    for (int p = 0; p < panes.size(); ++p) {
        if (!panes.at(p).service)
            continue;
        for (int i = 0; i < Faults.size(); ++i)
            QTest::addRow("%s x %s", panes.at(p).name, Faults.at(i).name) << p << i;
    }
}

void FaultMatrixTest::paneUnderFault()
{
    QFETCH(int, pane);
    QFETCH(int, fault);
    const Fault &f = Faults.at(fault);
    api::Transport &transport = m_console->transport;
    transport.setTimeoutCapMs(f.timeoutMs);
    // Unique per row, so `times=N` starts counting afresh (the modifier is otherwise harmless).
    const QByteArray header = f.header + ";retry-after=" + QByteArray::number(++m_row + 1);

    Probe probe = faultedPanes().at(pane).service(&transport, m_scratch.path());
    QVERIFY2(probe.start, faultedPanes().at(pane).name);
    // Another account loads at the same time, without a fault: it must not notice.
    models::AccountService bystander(&transport, Bystander);
    const QByteArray bystanderNumber = Bystander.toUtf8();
    m_console->network.setFault(header, [bystanderNumber](const QString &operation,
                                                          const QByteArray &body) {
        return operation != QLatin1String("ObtainKrakenToken") && !body.contains(bystanderNumber);
    });

    QElapsedTimer clock;
    clock.start();
    probe.start();
    bystander.load();
    const bool settled = QTest::qWaitFor(
        [&] { return probe.outcome().kind != Outcome::Kind::Pending && !probe.loading(); },
        SettleLimitMs);
    const Outcome outcome = probe.outcome();
    QVERIFY2(settled, qPrintable(QStringLiteral("no clear state after %1 ms (%2, loading %3)")
                                     .arg(clock.elapsed())
                                     .arg(describe(outcome))
                                     .arg(probe.loading())));
    QVERIFY2(!probe.loading(), "the loading flag did not clear");
    qInfo("%s after %lld ms", qPrintable(describe(outcome)), qlonglong(clock.elapsed()));

    switch (f.expect) {
    case Expect::Data:
        QVERIFY2(outcome.kind == Outcome::Kind::Data && outcome.partial.isNone(),
                 qPrintable(QStringLiteral("expected data%1, got %2")
                                .arg(f.transient ? QStringLiteral(" (transient fault)") : QString(),
                                     describe(outcome))));
        break;
    case Expect::Partial:
        // Data without a notice would hide that something is missing.
        QVERIFY2(
            namesTheProblem(outcome.kind == Outcome::Kind::Data ? outcome.partial : outcome.error,
                            f.expect),
            qPrintable(QStringLiteral("expected partial data with a KT-CT-1113 notice, got ") +
                       describe(outcome)));
        break;
    default:
        QVERIFY2(outcome.kind == Outcome::Kind::Failed,
                 qPrintable(QStringLiteral("expected an error, got ") + describe(outcome)));
        QVERIFY2(namesTheProblem(outcome.error, f.expect),
                 qPrintable(QStringLiteral("the error does not name the problem: ") +
                            outcome.error.summary()));
        break;
    }
    const ApiError shown = outcome.kind == Outcome::Kind::Failed ? outcome.error : outcome.partial;
    if (!shown.isNone()) {
        QVERIFY2(!m_catalog.messageFor(shown).isEmpty(), "no message for the agent");
        // Retry (the error page's, or the partial-data notice's), with the fault gone, brings
        // the whole answer.
        transport.setTimeoutCapMs(NormalTimeoutMs);
        m_console->network.clearFault();
        probe.retryWithoutFault();
        QVERIFY(QTest::qWaitFor(
            [&] { return probe.outcome().kind != Outcome::Kind::Pending && !probe.loading(); },
            SettleLimitMs));
        QVERIFY2(
            probe.outcome().kind == Outcome::Kind::Data && probe.outcome().partial.isNone(),
            qPrintable(QStringLiteral("Retry without the fault: ") + describe(probe.outcome())));
    }

    QVERIFY2(
        QTest::qWaitFor([&] { return bystander.state() != models::AccountService::State::Loading; },
                        SettleLimitMs) &&
            bystander.state() == models::AccountService::State::Loaded,
        qPrintable(QStringLiteral("the other account was disturbed: ") +
                   bystander.error().summary()));
    QVERIFY2(m_console->session.isSignedIn(), "the session was lost");
    QVERIFY2(clock.elapsed() < 2 * SettleLimitMs, "took too long");
}

void FaultMatrixTest::cleanup()
{
    m_console->network.clearFault();
}

void FaultMatrixTest::cleanupTestCase()
{
    qInfo("%d rows in %lld ms", m_row, qlonglong(m_total.elapsed()));
    m_console.reset();
}

QTEST_GUILESS_MAIN(FaultMatrixTest)
#include "tst_fault_matrix.moc"
