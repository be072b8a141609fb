#pragma once

// The bundled sandbox started with the benchmark's arguments (latency, request log) and a
// transport signed in to it with the sandbox API key: what every UI benchmark measures against.
// Header-only; benchmarks are programs, not a library.

#include "BenchSupport.h"
#include "api/Session.h"
#include "api/Transport.h"
#include "sandbox-launcher/LocalSandbox.h"

#include <QTextStream>

namespace kac::bench {

struct SignedInSandbox
{
    launcher::LocalSandbox sandbox;
    api::Transport transport;
    api::Session session{&transport, nullptr};

    // False, with the reason on `out`, when the sandbox did not start or sign-in failed.
    bool start(const QStringList &sandboxArguments, QTextStream &out)
    {
        sandbox.start(sandboxArguments);
        if (!waitFor(&sandbox, &launcher::LocalSandbox::ready, 30000)) {
            out << "sandbox did not start" << Qt::endl;
            return false;
        }
        transport.setEndpoint(sandbox.url());
        transport.setAuthenticator(&session);
        session.signInWithApiKey(QStringLiteral("sk_sandbox_agent_key"), false);
        if (!waitFor(&session, &api::Session::signedIn)) {
            out << "sign-in failed" << Qt::endl;
            return false;
        }
        return true;
    }
    ~SignedInSandbox() { transport.setAuthenticator(nullptr); }
};

} // namespace kac::bench
