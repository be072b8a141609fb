#pragma once

#include "api/Session.h"
#include "api/Transport.h"
#include "support/FaultInjectingNetwork.h"

#include <QSignalSpy>
#include <QUrl>

namespace kac::test {

// A Transport with a Session signed in to a sandbox with its API key (no keychain): what the
// console's services need in integration tests. Faults for single requests: network.setFault.
struct SignedInTransport
{
    FaultInjectingNetwork network;
    api::Transport transport{&network};
    api::Session session{&transport, nullptr};

    SignedInTransport() { transport.setAuthenticator(&session); }

    bool signIn(const QUrl &endpoint, int timeoutMs = 15000)
    {
        transport.setEndpoint(endpoint);
        QSignalSpy signedIn(&session, &api::Session::signedIn);
        session.signInWithApiKey(QStringLiteral("sk_sandbox_agent_key"), false);
        return signedIn.wait(timeoutMs) || !signedIn.isEmpty();
    }
};

} // namespace kac::test
