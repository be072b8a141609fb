#pragma once

// What the pane fault tests share (tst_pane_faults, tst_later_page_faults, tst_export_faults):
// a sandbox with faults allowed and a signed-in client, the faults each row applies (narrowed
// to a pane's own operations with `op=` on the running sandbox, PUT /sandbox/fault, so nothing
// in the console is told about it). A fresh main window per row and waiting on a pane's state:
// faults/PaneDriving.h.

#include "api/ErrorCatalog.h"
#include "api/RetryPolicy.h"
#include "faults/PaneDriving.h"
#include "support/SandboxFixture.h"
#include "support/SignedInTransport.h"
#include "ui/ConsoleContext.h"

namespace kac::test {

constexpr int ShortTimeoutMs = 300; // for the latency row: the answer comes 1,000 ms late
constexpr int NormalTimeoutMs = 5000;

enum class Expect
{
    Error,     // an error page naming the problem, with Retry
    Partial,   // the rows, with a notice naming the refused field, with its own Retry
    Recovered, // a one-off fault: the rows, with nothing for the agent to do
};

struct FaultCase
{
    const char *name;
    QString spec;
    Expect expect;
    QString code; // what the error page's code (or the notice) must show
    int timeoutMs = NormalTimeoutMs;
};

inline const QList<FaultCase> Faults = {
    {"http-503", QStringLiteral("http-503"), Expect::Error, QStringLiteral("HTTP 503")},
    {"reset", QStringLiteral("reset"), Expect::Error, QStringLiteral("Network")},
    {"malformed-json", QStringLiteral("malformed-json"), Expect::Error,
     QStringLiteral("MalformedResponse")},
    {"latency-beyond-timeout", QStringLiteral("latency=1000"), Expect::Error,
     QStringLiteral("Timeout"), ShortTimeoutMs},
    {"rate-limit", QStringLiteral("rate-limit"), Expect::Error, QStringLiteral("KT-CT-1199")},
    {"expired-token", QStringLiteral("expired-token"), Expect::Error, QStringLiteral("KT-CT-1124")},
    {"disabled-field", QStringLiteral("disabled-field"), Expect::Partial,
     QStringLiteral("KT-CT-1113")},
    {"http-503-once", QStringLiteral("http-503;times=1"), Expect::Recovered, {}},
};

// The sandbox (faults allowed) and a client signed in to it with quick retries.
class FaultingSandbox
{
public:
    bool start()
    {
        if (!m_sandbox.start({QStringLiteral("--allow-faults")}))
            return false;
        if (!m_client.signIn(m_sandbox.url()))
            return false;
        api::RetryPolicy quick; // Retry-After (1 s) and the rate limit's 60 s capped to 100 ms
        quick.baseDelayMs = 20;
        quick.maxDelayMs = 80;
        quick.maxRetryAfterMs = 100;
        m_client.transport.setRetryPolicy(quick);
        return true;
    }
    QString failure() const { return m_sandbox.failure(); }
    ui::ConsoleContext context()
    {
        return {&m_client.transport, &m_client.session, nullptr, &m_errors};
    }
    api::Session &session() { return m_client.session; }

    // The fault, narrowed to `operations`, for the requests from now on; the timeout it needs.
    bool applyFault(const FaultCase &fault, const QString &operations)
    {
        // `times=1` counts per exact spec and token: a row number keeps each row's count fresh.
        const QString spec =
            QStringLiteral("%1;op=%2;retry-after=%3").arg(fault.spec, operations).arg(++m_row + 1);
        m_client.transport.setTimeoutCapMs(fault.timeoutMs);
        return m_sandbox.setFault(spec);
    }
    bool clearFault()
    {
        m_client.transport.setTimeoutCapMs(NormalTimeoutMs);
        return m_sandbox.setFault({});
    }

private:
    SandboxFixture m_sandbox;
    SignedInTransport m_client;
    api::ErrorCatalog m_errors;
    int m_row = 0;
};

} // namespace kac::test
