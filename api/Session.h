#pragma once

#include "api/ApiError.h"
#include "api/Authenticator.h"
#include "api/RequestOptions.h"
#include "api/SignInCredentials.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace kac::api {

class GraphQLRequest;
class Transport;
class TokenStore;
struct GraphQLResult;

// The agent's signed-in session: obtains Kraken tokens (API key, pre-signed key, organisation
// secret key, email + password where the endpoint takes them, or a remembered refresh token), hands
// the access token to the Transport, and renews it.
//
// - Renewal is a single flight: however many requests hit an expired token, one
//   obtainKrakenToken(refreshToken) goes out and every waiting request retries after it.
//   A refresh token is never sent again once the server has answered it with a new one.
// - The token is refreshed shortly before it expires (from the JWT's exp/iat), when the
//   server reports KT-CT-1124 for the current token, and at once when it calls the current
//   token invalid (KT-CT-1111/1112: a restart, a key rotation, a revocation); the dead token
//   is then never sent again, and if the refresh is refused too the agent is asked to sign in
//   (signInRequired) while every request waits for the new session.
// - A failure that does not judge the credential (network, TLS, timeout, 5xx, rate limit)
//   keeps the session and the waiting requests and tries again with capped exponential backoff
//   (honouring Retry-After). That retry is the one case where the same refresh token is sent
//   again: if the lost answer had already rotated it, the server refuses it and we fall through
//   to the next point. A definitive failure (refresh token refused or expired) signs in again
//   with the API key if this is an API-key session, or emits signInRequired() and keeps the
//   waiting requests until the agent signs in again.
// - "Remember me" keeps the refresh token (and an API key) in the TokenStore, never in a file.
//   If the store is unavailable the session carries on in memory and keychainUnavailable()
//   says so. Passwords are never kept, in memory or anywhere else.
class Session : public QObject, public Authenticator
{
    Q_OBJECT
public:
    enum class State
    {
        SignedOut,      // never signed in, or signed out: requests fail at once
        SigningIn,      // a sign-in or resume is under way: requests wait
        SignedIn,       // requests carry the access token
        SignInRequired, // the agent must sign in again: requests wait until they do
    };
    Q_ENUM(State)

    // Neither is owned. `tokenStore` may be null: the session then lives in memory only.
    Session(Transport *transport, TokenStore *tokenStore, QObject *parent = nullptr);
    ~Session() override;

    // Keys under which remembered secrets are stored (per endpoint, by the store).
    static QString refreshTokenKey();
    static QString apiKeyKey();

    void setTokenStore(TokenStore *tokenStore);

    // Proactive refresh before expiry (default on). Tests turn it off to make expiry happen.
    void setProactiveRefreshEnabled(bool enabled);
    // Backoff for transient renewal failures: first delay, doubling, capped (plus jitter).
    void setRenewalBackoff(int initialDelayMs, int maximumDelayMs);
    // Timeout and (tests only) fault header of the sign-in and refresh requests; they are
    // always sent unauthenticated and never retried by the transport.
    void setAuthRequestOptions(const RequestOptions &options);

    void signInWithPassword(const QString &email, const QString &password, bool remember);
    void signInWithApiKey(const QString &apiKey, bool remember);
    // The other credentials an ObtainJSONWebTokenInput may take (see SignInMethods). Only the
    // refresh token they bring is remembered, never the key itself.
    void signInWithPreSignedKey(const QString &key, bool remember);
    void signInWithOrganizationSecretKey(const QString &key, bool remember);
    // Signs in with the remembered refresh token (or API key); emits signedIn() or
    // signInRequired() (plus keychainUnavailable() when the store cannot be read).
    void resumeFromKeychain();
    // Forgets the tokens, removes the remembered secrets, fails the waiting requests.
    void signOut();

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    // Who is signed in: the email in the token, or its subject for an API-key session.
    QString user() const { return m_user; }
    bool isRemembered() const { return m_remember; }

    // Authenticator
    QByteArray accessToken() const override;
    void renewAccessToken(QObject *context, std::function<void(bool)> done) override;
    void accessTokenRejected(const QByteArray &token) override;

signals:
    void stateChanged(kac::api::Session::State state);
    void signedIn(const QString &user);
    // An interactive sign-in was refused (wrong password, unknown API key) or could not reach
    // the server. The state returns to what it was; the dialog shows the error.
    void signInFailed(const kac::api::ApiError &error);
    // The session can no longer be renewed; show the sign-in dialog (open tabs stay).
    void signInRequired(const QString &reason);
    void signedOut();
    // The sign-in could not be remembered (or a remembered one read): plain text for the UI.
    void keychainUnavailable(const QString &message);
    // A new access token is in use (after a refresh or a silent API-key sign-in).
    void accessTokenRenewed();
    // A renewal failed transiently and will be tried again in delayMs.
    void renewalRetryScheduled(int attempt, int delayMs);

private:
    enum class Purpose
    {
        Interactive,
        Background
    };
    struct Waiter
    {
        QPointer<QObject> context;
        bool guarded = false;
        std::function<void(bool)> done;
    };
    using Credentials = SignInCredentials;
    // What a token request was sent with, to judge its answer.
    struct Sent
    {
        Purpose purpose;
        QByteArray apiKey;
        bool usedRefreshToken;
        qint64 monotonicMs;
        qint64 wallMs;
    };

    void setState(State state);
    void beginSignIn(const Credentials &credentials, bool remember);
    void renewNow();
    void sendTokenRequest(const Credentials &credentials, Purpose purpose);
    void onTokenRequestFinished(const GraphQLResult &result, const Sent &sent);
    bool adoptTokens(const QJsonObject &payload, const Sent &sent);
    void onTokensAdopted(Purpose purpose);
    void onDefinitiveFailure(const Sent &sent);
    void scheduleRenewalRetry(int retryAfterMs);
    void requireSignIn(const QString &reason);
    void scheduleProactiveRefresh();
    bool tokenStillValid() const;
    void finishWaiters(bool renewed);
    void cancelAuthRequest();
    void clearTokens();

    void resumeWithStoredApiKey(quint64 flow);
    void persistSecrets(bool includeApiKey);
    void forgetStoredSecrets();
    void forgetStoredSecret(const QString &key);
    void reportStoreProblem(const QString &message);

    Transport *m_transport;
    TokenStore *m_tokenStore;

    State m_state = State::SignedOut;
    State m_stateBeforeSignIn = State::SignedOut;
    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    QByteArray m_apiKey; // API-key sessions only: lets a dead refresh token be replaced silently
    QString m_user;
    bool m_remember = false;

    // When the access token stops being usable, on two clocks: the monotonic one is immune to
    // wall-clock changes, the wall clock keeps counting while the computer sleeps.
    QElapsedTimer m_clock;
    qint64 m_lifetimeMs = 0;
    qint64 m_validUntilMs = 0;
    qint64 m_validUntilWallMs = 0;

    QPointer<GraphQLRequest> m_authRequest;
    QList<Waiter> m_waiters;
    quint64 m_flow = 0; // bumped by every sign-in, resume and sign-out; stale answers are ignored

    QTimer m_proactiveTimer;
    QTimer m_retryTimer;
    int m_retryAttempt = 0;
    bool m_proactiveEnabled = true;
    int m_backoffInitialMs = 1000;
    int m_backoffMaximumMs = 30000;
    RequestOptions m_authOptions;
    bool m_keychainProblemReported = false;
    bool m_accessTokenRejected = false; // the server called the current token invalid
};

} // namespace kac::api
