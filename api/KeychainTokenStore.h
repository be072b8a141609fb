#pragma once

#include "api/TokenStore.h"

#include <QHash>
#include <QUrl>
#include <memory>

namespace QKeychain {
class Job;
}

namespace kac::api {

// TokenStore on the platform keychain through QtKeychain (Secret Service on Linux, Keychain
// on macOS, Credential Manager on Windows).
//
// - One service name per endpoint ("Kraken Agent Console (host:port)"), so production, test
//   and sandbox credentials never overwrite each other.
// - QtKeychain's insecure fallback (plain text in QSettings) is never enabled.
// - Jobs delete themselves after `finished`; this store never owns or deletes a running job,
//   so destroying the store or the caller's context while a job runs is safe.
// - A keychain that does not answer within timeoutMs() (a locked keyring waiting on a prompt
//   nobody can see) is reported as Unavailable; the job's late answer is then ignored, except
//   that a write which still lands (the agent unlocked the keyring later) is removed again at
//   once: the caller was told it was not stored, and must be able to rely on that. QtKeychain
//   cannot cancel a running job, so taking it back is the only way.
// - Secrets larger than MaxSecretBytes are refused with Failed: Windows Credential Manager
//   caps a credential at 2,560 bytes, and Kraken's refresh tokens and API keys are far
//   smaller, so splitting would only add a way to leave half a secret behind.
class KeychainTokenStore : public TokenStore
{
public:
    static constexpr int MaxSecretBytes = 2560;

    explicit KeychainTokenStore(const QUrl &endpoint);

    static QString serviceNameFor(const QUrl &endpoint);

    void setEndpoint(const QUrl &endpoint);
    QString serviceName() const { return m_serviceName; }

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }

    void store(const QString &key, const QByteArray &secret, QObject *context,
               Callback done) override;
    void load(const QString &key, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    enum class Operation
    {
        Store,
        Load,
        Remove
    };

    void run(QKeychain::Job *job, Operation operation, QObject *context, Callback done);

    QString m_serviceName;
    int m_timeoutMs = 20000;
    // Per service and key, how many writes were started: a late write is taken back only if
    // no newer one was asked for since. Shared with running jobs, which may outlive the store.
    std::shared_ptr<QHash<QString, quint64>> m_writes = std::make_shared<QHash<QString, quint64>>();
};

} // namespace kac::api
