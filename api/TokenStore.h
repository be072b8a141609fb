#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

namespace kac::api {

// The outcome of one TokenStore operation. `message` is plain language for the agent;
// `detail` is the backend's own text for logs. Neither ever contains the secret.
struct TokenStoreResult
{
    enum class Status
    {
        Ok,
        NotFound,    // no entry under that key: a normal answer, not an error
        Unavailable, // no Secret Service / keychain, or it did not answer in time
        Locked,      // the keychain is there but stayed locked (the unlock prompt was cancelled)
        Failed,      // anything else (including a secret too large to store)
    };

    Status status = Status::Ok;
    QString message;
    QString detail;
    QByteArray secret; // only for a successful load

    bool ok() const { return status == Status::Ok; }
};

// Asynchronous storage of small named secrets (refresh token, API key) in the platform's
// keychain. Every call answers exactly once, later on the event loop (never from inside the
// call), unless `context` was destroyed first, in which case `done` is not called at all.
// Removing a key that does not exist answers Ok: the caller wanted it gone and it is.
class TokenStore
{
public:
    using Callback = std::function<void(const TokenStoreResult &)>;

    virtual ~TokenStore() = default;

    virtual void store(const QString &key, const QByteArray &secret, QObject *context,
                       Callback done) = 0;
    virtual void load(const QString &key, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
};

} // namespace kac::api
