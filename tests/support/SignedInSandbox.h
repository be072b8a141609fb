#pragma once

#include "support/SandboxFixture.h"
#include "support/SignedInTransport.h"

#include <QJsonObject>

namespace kac::test {

// A sandbox of the test program's own and a transport signed in to it (SignedInTransport): what
// service and pane tests share. start() returns an empty string on success, else why it failed.
struct SignedInSandbox : SignedInTransport
{
    enum class Via
    {
        Session,
        Token
    };

    SandboxFixture sandbox;

    QString start(const QStringList &arguments = {}, Via via = Via::Session)
    {
        if (!sandbox.start(arguments))
            return sandbox.failure();
        const bool signedIn =
            via == Via::Session ? signIn(sandbox.url(), 20000) : signInWithToken(sandbox.url());
        return signedIn ? QString() : failure();
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
