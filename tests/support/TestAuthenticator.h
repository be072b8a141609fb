#pragma once

#include "api/Authenticator.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace kac::test {

// Test-only Authenticator: holds a token and answers renewals from a function the test gives
// (e.g. "sign in again through the transport"), later on the event loop like the real Session.
class TestAuthenticator : public api::Authenticator
{
public:
    QByteArray token;
    int renewCalls = 0;
    // Called on renewal; calls its argument with true/false when done. Default: fail.
    std::function<void(std::function<void(bool)>)> renew;

    QByteArray accessToken() const override { return token; }
    void renewAccessToken(QObject *context, std::function<void(bool)> done) override
    {
        ++renewCalls;
        QPointer<QObject> guard(context);
        auto finish = [guard, done](bool ok) {
            QTimer::singleShot(0, [guard, done, ok] {
                if (guard)
                    done(ok);
            });
        };
        if (renew)
            renew(finish);
        else
            finish(false);
    }
};

} // namespace kac::test
