#pragma once

#include "api/GraphQLRequest.h"
#include "api/Operation.h"
#include "api/Session.h"
#include "api/Transport.h"
#include "support/FaultInjectingNetwork.h"
#include "support/TestAuthenticator.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <memory>

namespace kac::test {

// The sandbox's agent API key (sandbox/FIXTURES.md), the one credential most tests sign in with.
inline QString sandboxApiKey()
{
    return QStringLiteral("sk_sandbox_agent_key");
}

// A Transport signed in to a sandbox with its API key (no keychain), the one sign-in fixture of
// the tests. Two ways in, for what a test is about:
// - signIn(): the real Session renews and signs out like the console's (console and pane tests);
// - signInWithToken(): one ObtainKrakenToken call and a TestAuthenticator holding its token, so a
//   service test sees no Session traffic (renewals are the test's to script, via `token`).
// Faults for single requests: network.setFault. Why a sign-in failed: failure().
struct SignedInTransport
{
    FaultInjectingNetwork network;
    api::Transport transport{&network};
    api::Session session{&transport, nullptr};
    TestAuthenticator token; // the authenticator after signInWithToken()

    ~SignedInTransport() { transport.setAuthenticator(nullptr); }

    // `apiKey`: another agent's key (e.g. the sandbox's --look-only-key).
    bool signIn(const QUrl &endpoint, int timeoutMs = 15000,
                const QString &apiKey = sandboxApiKey())
    {
        transport.setEndpoint(endpoint);
        transport.setAuthenticator(&session);
        QSignalSpy signedIn(&session, &api::Session::signedIn);
        QSignalSpy failed(&session, &api::Session::signInFailed);
        session.signInWithApiKey(apiKey, false);
        const bool answered =
            QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, timeoutMs);
        if (!signedIn.isEmpty())
            return true;
        m_failure = answered ? QStringLiteral("sign-in with the sandbox API key failed")
                             : QStringLiteral("no answer to the sign-in in time");
        return false;
    }

    bool signInWithToken(const QUrl &endpoint, int timeoutMs = 15000)
    {
        qRegisterMetaType<api::ApiError>();
        qRegisterMetaType<api::GraphQLResult>();
        transport.setEndpoint(endpoint);
        api::RequestOptions options;
        options.authenticated = false;
        std::unique_ptr<api::GraphQLRequest> request(transport.send(
            api::Operation::load(QStringLiteral("ObtainKrakenToken")),
            {{QStringLiteral("input"), QJsonObject{{QStringLiteral("APIKey"), sandboxApiKey()}}}},
            options));
        QSignalSpy done(request.get(), &api::GraphQLRequest::finished);
        if (!request->isFinished() && !done.wait(timeoutMs)) {
            m_failure = QStringLiteral("sign-in timed out");
            return false;
        }
        token.token = request->result()
                          .data.value(QLatin1String("obtainKrakenToken"))
                          .toObject()
                          .value(QLatin1String("token"))
                          .toString()
                          .toUtf8();
        if (token.token.isEmpty()) {
            m_failure = QStringLiteral("sign-in failed: ") + request->result().error.summary();
            return false;
        }
        transport.setAuthenticator(&token);
        return true;
    }

    QString failure() const { return m_failure; }

private:
    QString m_failure;
};

} // namespace kac::test
