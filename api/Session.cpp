#include "api/Session.h"

#include "api/GraphQLRequest.h"
#include "api/GraphQLResult.h"
#include "api/Log.h"
#include "api/Operation.h"
#include "api/TokenStore.h"
#include "api/Transport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>
#include <limits>

namespace kac::api {

namespace {

// Kraken's rate limiting: wait and try again, the credential itself is fine.
const QString RateLimitedCode = QStringLiteral("KT-CT-1199");

// The claims of a JWT (its middle part), or an empty object for anything else.
QJsonObject jwtClaims(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray json = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding |
                                                                    QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(json).object();
}

// Did the server judge the credential and refuse it? Only then is it thrown away. Anything
// else (network, TLS, timeout, a gateway or a proxy's HTML page, rate limiting) says nothing
// about the credential, so the renewal is tried again with backoff. Broader than
// ApiError::isTransient() on purpose: a TLS failure must not cost the agent their session.
bool credentialRefused(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Kraken:
        return error.errorCode != RateLimitedCode;
    case ApiError::Kind::HttpStatus:
        return error.httpStatus == 400 || error.httpStatus == 401 || error.httpStatus == 403;
    case ApiError::Kind::SignInRequired:
        return true;
    case ApiError::Kind::None:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::MalformedResponse:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::NotOffered:
    case ApiError::Kind::TooLarge:
        break;
    }
    return false;
}

} // namespace

Session::Session(Transport *transport, TokenStore *tokenStore, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_tokenStore(tokenStore)
{
    m_clock.start();
    m_proactiveTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_proactiveTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::SignedIn && !m_authRequest && !m_retryTimer.isActive()) {
            qCInfo(kacAuth) << "refreshing the access token before it expires";
            renewNow();
        }
    });
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::SignedIn || m_state == State::SigningIn)
            renewNow();
    });
}

Session::~Session()
{
    m_flow++;
    cancelAuthRequest();
    // Nobody will renew the token any more: let waiting requests finish rather than hang.
    finishWaiters(false);
}

QString Session::refreshTokenKey()
{
    return QStringLiteral("refresh-token");
}

QString Session::apiKeyKey()
{
    return QStringLiteral("api-key");
}

void Session::setTokenStore(TokenStore *tokenStore)
{
    m_tokenStore = tokenStore;
}

void Session::setProactiveRefreshEnabled(bool enabled)
{
    m_proactiveEnabled = enabled;
    if (enabled)
        scheduleProactiveRefresh();
    else
        m_proactiveTimer.stop();
}

void Session::setRenewalBackoff(int initialDelayMs, int maximumDelayMs)
{
    m_backoffInitialMs = std::max(1, initialDelayMs);
    m_backoffMaximumMs = std::max(m_backoffInitialMs, maximumDelayMs);
}

void Session::setAuthRequestOptions(const RequestOptions &options)
{
    m_authOptions = options;
}

QByteArray Session::accessToken() const
{
    // A token the server called invalid is never sent again: requests wait for the renewal.
    return m_state == State::SignedIn && !m_accessTokenRejected ? m_accessToken : QByteArray();
}

void Session::accessTokenRejected(const QByteArray &token)
{
    if (m_state != State::SignedIn || token.isEmpty() || token != m_accessToken)
        return; // an older token, already replaced: retrying with the current one is enough
    qCInfo(kacAuth) << "the server no longer accepts the access token";
    m_accessTokenRejected = true;
    m_validUntilMs = m_validUntilWallMs = 0; // renewAccessToken() must not trust it either
    m_proactiveTimer.stop();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

// --- Signing in --------------------------------------------------------------------------

void Session::signInWithPassword(const QString &email, const QString &password, bool remember)
{
    Credentials credentials;
    credentials.email = email;
    credentials.password = password;
    beginSignIn(credentials, remember);
}

void Session::signInWithApiKey(const QString &apiKey, bool remember)
{
    Credentials credentials;
    credentials.apiKey = apiKey.trimmed().toUtf8();
    beginSignIn(credentials, remember);
}

void Session::signInWithPreSignedKey(const QString &key, bool remember)
{
    Credentials credentials;
    credentials.preSignedKey = key.trimmed().toUtf8();
    beginSignIn(credentials, remember);
}

void Session::signInWithOrganizationSecretKey(const QString &key, bool remember)
{
    Credentials credentials;
    credentials.organizationSecretKey = key.trimmed().toUtf8();
    beginSignIn(credentials, remember);
}

void Session::beginSignIn(const Credentials &credentials, bool remember)
{
    m_flow++;
    cancelAuthRequest();
    m_retryTimer.stop();
    m_proactiveTimer.stop();
    if (m_state == State::SignedIn) {
        // Someone signs in over a live session: what was waiting belonged to the old one.
        finishWaiters(false);
        m_stateBeforeSignIn = State::SignedOut;
    } else if (m_state != State::SigningIn) {
        m_stateBeforeSignIn = m_state;
    }
    clearTokens();
    m_apiKey.clear();
    m_user.clear();
    m_remember = remember;
    m_keychainProblemReported = false;
    setState(State::SigningIn);
    qCInfo(kacAuth) << "signing in with" << credentials.methodName()
                    << (remember ? "(remembered)" : "(this session only)");
    sendTokenRequest(credentials, Purpose::Interactive);
}

void Session::resumeFromKeychain()
{
    const quint64 flow = ++m_flow;
    cancelAuthRequest();
    m_retryTimer.stop();
    m_proactiveTimer.stop();
    if (m_state != State::SigningIn)
        m_stateBeforeSignIn = m_state == State::SignedIn ? State::SignedOut : m_state;
    clearTokens();
    m_apiKey.clear();
    m_user.clear();
    m_keychainProblemReported = false;
    if (!m_tokenStore) {
        requireSignIn(tr("Please sign in."));
        return;
    }
    setState(State::SigningIn);
    m_tokenStore->load(refreshTokenKey(), this, [this, flow](const TokenStoreResult &result) {
        if (flow != m_flow)
            return;
        if (result.status == TokenStoreResult::Status::Locked) {
            // The agent cancelled the unlock: something is remembered, it just stayed shut.
            reportStoreProblem(result.message);
            requireSignIn(result.message);
            return;
        }
        if (result.status == TokenStoreResult::Status::Unavailable ||
            result.status == TokenStoreResult::Status::Failed) {
            reportStoreProblem(result.message);
            requireSignIn(tr("Your saved sign-in could not be read: the system keychain is "
                             "locked, or unlocking it was cancelled. Please sign in."));
            return;
        }
        m_refreshToken = result.ok() ? result.secret : QByteArray();
        resumeWithStoredApiKey(flow);
    });
}

// Second step of resuming: the API key (if one was remembered) backs up the refresh token.
void Session::resumeWithStoredApiKey(quint64 flow)
{
    m_tokenStore->load(apiKeyKey(), this, [this, flow](const TokenStoreResult &result) {
        if (flow != m_flow)
            return;
        if (result.ok())
            m_apiKey = result.secret;
        if (m_refreshToken.isEmpty() && m_apiKey.isEmpty()) {
            qCInfo(kacAuth) << "no remembered sign-in";
            requireSignIn(tr("Please sign in."));
            return;
        }
        m_remember = true;
        qCInfo(kacAuth) << "resuming the remembered sign-in";
        renewNow();
    });
}

void Session::signOut()
{
    m_flow++;
    cancelAuthRequest();
    m_retryTimer.stop();
    m_proactiveTimer.stop();
    forgetStoredSecrets();
    clearTokens();
    m_apiKey.clear();
    m_user.clear();
    m_remember = false;
    const bool wasSignedOut = m_state == State::SignedOut;
    setState(State::SignedOut);
    qCInfo(kacAuth) << "signed out";
    finishWaiters(false);
    if (!wasSignedOut)
        emit signedOut();
}

// --- Renewal -----------------------------------------------------------------------------

void Session::renewAccessToken(QObject *context, std::function<void(bool)> done)
{
    const Waiter waiter{context, context != nullptr, std::move(done)};
    const auto answerLater = [this, waiter](bool renewed) {
        QMetaObject::invokeMethod(
            this,
            [waiter, renewed] {
                if (!waiter.guarded || waiter.context)
                    waiter.done(renewed);
            },
            Qt::QueuedConnection);
    };

    switch (m_state) {
    case State::SignedOut:
        answerLater(false);
        return;
    case State::SignedIn:
        if (tokenStillValid()) {
            // The current token cannot have expired yet (see adoptTokens), so the request that
            // was refused carried an older one: retrying is enough, another refresh would
            // only spend the refresh token again.
            answerLater(true);
            return;
        }
        m_waiters.append(waiter);
        if (!m_authRequest && !m_retryTimer.isActive()) {
            qCInfo(kacAuth) << "the access token has expired; refreshing it";
            renewNow();
        }
        return;
    case State::SigningIn:
    case State::SignInRequired:
        m_waiters.append(waiter);
        return;
    }
}

void Session::renewNow()
{
    Credentials credentials;
    if (!m_refreshToken.isEmpty())
        credentials.refreshToken = m_refreshToken;
    else if (!m_apiKey.isEmpty())
        credentials.apiKey = m_apiKey;
    else {
        requireSignIn(tr("Your session has expired. Please sign in again."));
        return;
    }
    sendTokenRequest(credentials, Purpose::Background);
}

void Session::sendTokenRequest(const Credentials &credentials, Purpose purpose)
{
    const QJsonObject input = credentials.tokenInput();

    RequestOptions options = m_authOptions;
    options.authenticated = false; // the credential is in the input, never a stale token
    options.retryable = false;     // a mutation; and a refresh token must not be spent twice
    options.maxAttempts = 1;

    const Sent sent{purpose, credentials.apiKey, !credentials.refreshToken.isEmpty(),
                    m_clock.elapsed(), QDateTime::currentMSecsSinceEpoch()};
    static const Operation operation = Operation::load(QStringLiteral("ObtainKrakenToken"));
    GraphQLRequest *request =
        m_transport->send(operation, QJsonObject{{QStringLiteral("input"), input}}, options, this);
    m_authRequest = request;
    connect(request, &GraphQLRequest::finished, this,
            [this, request, sent](const GraphQLResult &result) {
                if (m_authRequest != request)
                    return; // superseded by a newer sign-in or a sign-out
                m_authRequest = nullptr;
                request->deleteLater();
                onTokenRequestFinished(result, sent);
            });
}

void Session::onTokenRequestFinished(const GraphQLResult &result, const Sent &sent)
{
    const QJsonObject payload = result.data.value(QStringLiteral("obtainKrakenToken")).toObject();
    if (result.ok() && adoptTokens(payload, sent)) {
        onTokensAdopted(sent.purpose);
        return;
    }

    ApiError error = result.error;
    if (error.isNone() && !result.fieldErrors.isEmpty())
        error = result.fieldErrors.first();
    if (error.isNone()) {
        error.kind = ApiError::Kind::MalformedResponse;
        error.technicalDetail = QStringLiteral("obtainKrakenToken answered without a token");
    }
    if (error.kind == ApiError::Kind::Cancelled)
        return;

    qCInfo(kacAuth).noquote() << "token request failed:" << error.summary(); // redacted
    if (sent.purpose == Purpose::Interactive) {
        const bool mustSignIn =
            !m_waiters.isEmpty() || m_stateBeforeSignIn == State::SignInRequired;
        setState(mustSignIn ? State::SignInRequired : State::SignedOut);
        emit signInFailed(error);
        return;
    }
    if (credentialRefused(error))
        onDefinitiveFailure(sent);
    else
        scheduleRenewalRetry(error.retryAfterMs);
}

bool Session::adoptTokens(const QJsonObject &payload, const Sent &sent)
{
    const QByteArray token = payload.value(QStringLiteral("token")).toString().toUtf8();
    if (token.isEmpty())
        return false;

    // Claims from the token itself; the mutation's `payload` fills anything missing.
    QJsonObject claims = jwtClaims(token);
    const QJsonObject extra = payload.value(QStringLiteral("payload")).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!claims.contains(it.key()))
            claims.insert(it.key(), it.value());
    }

    // How long the token lives, from the server's own numbers (exp - iat), counted from when
    // the request was sent: immune to any difference between our clock and the server's.
    // iat is in whole seconds, so the server's expiry may come up to a second sooner than
    // sent + lifetime; the safety margin covers that and any slack between servers.
    const qint64 exp = qint64(claims.value(QStringLiteral("exp")).toDouble());
    const qint64 iat = qint64(claims.value(QStringLiteral("iat")).toDouble());
    qint64 lifetimeMs = 0;
    if (exp > 0 && iat > 0 && exp > iat)
        lifetimeMs = (exp - iat) * 1000;
    else if (exp > 0)
        lifetimeMs = std::max<qint64>(0, exp * 1000 - sent.wallMs);
    else
        lifetimeMs = 5000; // an opaque token: trust it briefly, long enough to absorb stale 1124s
    const qint64 safetyMs = std::clamp<qint64>(lifetimeMs / 10, 1000, 30000);
    m_lifetimeMs = lifetimeMs;
    m_validUntilMs = sent.monotonicMs + lifetimeMs - safetyMs;
    m_validUntilWallMs = sent.wallMs + lifetimeMs - safetyMs;

    m_accessToken = token;
    m_accessTokenRejected = false;
    const QByteArray newRefreshToken =
        payload.value(QStringLiteral("refreshToken")).toString().toUtf8();
    if (!newRefreshToken.isEmpty())
        m_refreshToken = newRefreshToken; // rotated: the old one is spent and gone
    else if (!sent.usedRefreshToken)
        m_refreshToken.clear();
    if (!sent.apiKey.isEmpty())
        m_apiKey = sent.apiKey;

    const QString email = claims.value(QStringLiteral("email")).toString();
    m_user = email.isEmpty() ? claims.value(QStringLiteral("sub")).toString() : email;
    return true;
}

void Session::onTokensAdopted(Purpose purpose)
{
    m_retryAttempt = 0;
    m_retryTimer.stop();
    const bool wasSignedIn = m_state == State::SignedIn;
    setState(State::SignedIn);
    if (m_remember)
        persistSecrets(purpose == Purpose::Interactive);
    else if (purpose == Purpose::Interactive)
        forgetStoredSecrets(); // "remember me" unticked: no earlier sign-in stays behind
    scheduleProactiveRefresh();
    if (wasSignedIn) {
        qCInfo(kacAuth) << "access token renewed";
        emit accessTokenRenewed();
    } else {
        qCInfo(kacAuth) << "signed in";
        emit signedIn(m_user);
    }
    finishWaiters(true);
}

void Session::onDefinitiveFailure(const Sent &sent)
{
    if (sent.usedRefreshToken) {
        // Spent, expired or revoked: never send it again.
        m_refreshToken.clear();
        if (m_remember)
            forgetStoredSecret(refreshTokenKey());
        if (!m_apiKey.isEmpty()) {
            qCInfo(kacAuth) << "refresh token refused; signing in again with the API key";
            renewNow();
            return;
        }
        requireSignIn(m_accessTokenRejected
                          ? tr("Kraken no longer accepts your sign-in (the server may have "
                               "restarted or revoked it). Please sign in again; your tabs stay "
                               "open.")
                          : tr("Your session has expired. Please sign in again."));
        return;
    }
    m_apiKey.clear();
    if (m_remember)
        forgetStoredSecrets();
    requireSignIn(tr("The saved API key was not accepted. Please sign in again."));
}

void Session::scheduleRenewalRetry(int retryAfterMs)
{
    ++m_retryAttempt;
    const int exponent = std::min(m_retryAttempt - 1, 16);
    const qint64 base =
        std::min<qint64>(qint64(m_backoffInitialMs) << exponent, m_backoffMaximumMs);
    // +-20% jitter, so many consoles that lost the network together do not return together.
    int delay = int(base * (80 + QRandomGenerator::global()->bounded(41)) / 100);
    // The server's own Retry-After wins when it asks for longer.
    delay = std::max(delay, std::min(retryAfterMs, m_backoffMaximumMs));
    qCInfo(kacAuth) << "token renewal failed transiently; attempt" << m_retryAttempt << "in"
                    << delay << "ms";
    m_retryTimer.start(delay);
    emit renewalRetryScheduled(m_retryAttempt, delay);
}

void Session::requireSignIn(const QString &reason)
{
    cancelAuthRequest();
    m_retryTimer.stop();
    m_proactiveTimer.stop();
    m_accessToken.clear();
    m_validUntilMs = m_validUntilWallMs = 0;
    setState(State::SignInRequired);
    qCInfo(kacAuth) << "sign-in required;" << m_waiters.size() << "request(s) waiting";
    emit signInRequired(reason);
}

void Session::scheduleProactiveRefresh()
{
    m_proactiveTimer.stop();
    if (!m_proactiveEnabled || m_state != State::SignedIn || m_lifetimeMs <= 0)
        return;
    if (m_refreshToken.isEmpty() && m_apiKey.isEmpty())
        return; // nothing to refresh with: the agent will be asked to sign in on expiry
    const qint64 marginMs = std::min<qint64>(60000, m_lifetimeMs / 4);
    const qint64 dueInMs = std::min(m_validUntilMs - m_clock.elapsed(),
                                    m_validUntilWallMs - QDateTime::currentMSecsSinceEpoch()) -
                           marginMs;
    m_proactiveTimer.start(int(std::clamp<qint64>(dueInMs, 0, std::numeric_limits<int>::max())));
}

bool Session::tokenStillValid() const
{
    return !m_accessToken.isEmpty() && m_clock.elapsed() < m_validUntilMs &&
           QDateTime::currentMSecsSinceEpoch() < m_validUntilWallMs;
}

void Session::finishWaiters(bool renewed)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    if (!waiters.isEmpty())
        qCDebug(kacAuth) << "resuming" << waiters.size() << "waiting request(s):" << renewed;
    for (const Waiter &waiter : waiters) {
        if (!waiter.guarded || waiter.context)
            waiter.done(renewed);
    }
}

void Session::cancelAuthRequest()
{
    // Destroying the request aborts it; it calls nothing back afterwards.
    delete m_authRequest.data();
    m_authRequest = nullptr;
}

void Session::clearTokens()
{
    m_accessTokenRejected = false;
    m_accessToken.clear();
    m_refreshToken.clear();
    m_lifetimeMs = 0;
    m_validUntilMs = m_validUntilWallMs = 0;
}

} // namespace kac::api
