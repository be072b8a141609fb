#pragma once

#include <QByteArray>
#include <functional>

class QObject;

namespace kac::api {

// What the Transport needs from whoever holds the agent's credentials (the Session in the app,
// a fixed-token fake in tests). Kept to two calls so the transport never sees refresh tokens,
// passwords or API keys.
class Authenticator
{
public:
    virtual ~Authenticator();

    // The current access token (sent bare in `Authorization`); empty when signed out.
    virtual QByteArray accessToken() const = 0;

    // Called by Transport when the server says the token expired (KT-CT-1124) or when no token is
    // available. Single flight inside the implementation; `done` runs later on the event loop with
    // true (retry with the new token) or false (finish with SignInRequired). May be deferred until
    // the agent signs in again. `done` must not run once `context` has been destroyed.
    virtual void renewAccessToken(QObject *context, std::function<void(bool)> done) = 0;

    // Called by Transport, before renewAccessToken(), when the server refused `token` as invalid
    // rather than expired (KT-CT-1111, KT-CT-1112): if it is still the current token, it must
    // not be trusted any longer, however long it had left. The default ignores it.
    virtual void accessTokenRejected(const QByteArray &token);
};

} // namespace kac::api
