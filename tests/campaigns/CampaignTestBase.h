#pragma once

#include "api/GraphQLRequest.h"
#include "api/Transport.h"
#include "support/FaultInjectingNetwork.h"
#include "support/SandboxFixture.h"
#include "support/TestAuthenticator.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace kac::test {

// A sandbox (faults allowed), a transport and an API-key sign-in, shared by the campaigns tests.
// Faults for single requests: network.setFault.
struct CampaignSandbox
{
    SandboxFixture sandbox;
    FaultInjectingNetwork network;
    api::Transport transport{&network};
    TestAuthenticator auth;

    // Returns an empty string on success, else why it failed.
    QString start(const QStringList &extraArguments = {})
    {
        qRegisterMetaType<api::ApiError>();
        qRegisterMetaType<api::GraphQLResult>();
        if (!sandbox.start(QStringList{QStringLiteral("--allow-faults")} + extraArguments))
            return sandbox.failure();
        transport.setEndpoint(sandbox.url());
        api::RequestOptions options;
        options.authenticated = false;
        std::unique_ptr<api::GraphQLRequest> signIn(transport.send(
            api::Operation::load(QStringLiteral("ObtainKrakenToken")),
            {{QStringLiteral("input"),
              QJsonObject{{QStringLiteral("APIKey"), QStringLiteral("sk_sandbox_agent_key")}}}},
            options));
        QSignalSpy done(signIn.get(), &api::GraphQLRequest::finished);
        if (!done.wait(15000))
            return QStringLiteral("sign-in timed out");
        auth.token = signIn->result()
                         .data.value(QLatin1String("obtainKrakenToken"))
                         .toObject()
                         .value(QLatin1String("token"))
                         .toString()
                         .toUtf8();
        if (auth.token.isEmpty())
            return QStringLiteral("sign-in failed: ") + signIn->result().error.summary();
        transport.setAuthenticator(&auth);
        return {};
    }

    // Request-log lines for one operation, oldest first.
    QList<QJsonObject> requests(const QString &operationName) const
    {
        QList<QJsonObject> lines;
        for (const QJsonObject &line : sandbox.requestLog()) {
            if (line.value(QLatin1String("operationName")).toString() == operationName)
                lines.append(line);
        }
        return lines;
    }
};

} // namespace kac::test
