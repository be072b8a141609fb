#pragma once

#include "api/Session.h"
#include "api/Transport.h"
#include "support/SandboxFixture.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace kac::test {

// A sandbox, a transport pointed at it and an API-key session: what the properties tests share.
struct SignedInSandbox
{
    SandboxFixture sandbox;
    api::Transport transport;
    std::unique_ptr<api::Session> session;

    // Starts the sandbox and signs in with the sandbox's agent API key.
    bool start(QString *why, const QStringList &arguments = {})
    {
        if (!sandbox.start(arguments)) {
            *why = sandbox.failure();
            return false;
        }
        transport.setEndpoint(sandbox.url());
        session = std::make_unique<api::Session>(&transport, nullptr);
        transport.setAuthenticator(session.get());
        QSignalSpy signedIn(session.get(), &api::Session::signedIn);
        QSignalSpy failed(session.get(), &api::Session::signInFailed);
        session->signInWithApiKey(QStringLiteral("sk_sandbox_agent_key"), false);
        const bool answered =
            QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 20000);
        if (signedIn.isEmpty()) {
            *why = answered ? QStringLiteral("sign-in with the sandbox API key failed")
                            : QStringLiteral("no answer to the sign-in in time");
            return false;
        }
        return true;
    }

    // Request-log lines for one operation, in order.
    QList<QJsonObject> requests(const QString &operationName) const
    {
        QList<QJsonObject> lines;
        for (const QJsonObject &line : sandbox.requestLog()) {
            if (line.value(QLatin1String("operationName")).toString() == operationName)
                lines << line;
        }
        return lines;
    }
};

} // namespace kac::test
