// Session against a real sandbox (access tokens live 2 s) and the real Secret Service of the
// README's test command:
//   dbus-run-session -- scripts/lib/with-keyring.sh ctest --preset dev -R session
#include "api/GraphQLRequest.h"
#include "api/KeychainTokenStore.h"
#include "api/Operation.h"
#include "api/Session.h"
#include "api/Transport.h"
#include "support/FaultInjectingNetwork.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <optional>

using namespace kac::api;
using kac::test::SandboxFixture;

namespace {

// Email and password exist only on a sandbox started with --password-sign-in (an older Kraken);
// the reference ObtainJSONWebTokenInput has the API key, the organisation secret key, the
// pre-signed key and the refresh token.
const QString Email = QStringLiteral("agent@sandbox.kraken.test");
const QString Password = QStringLiteral("sandbox-agent");
const QString ApiKey = QStringLiteral("sk_sandbox_agent_key");
// A session that is not an API-key one: its dead refresh token cannot be replaced silently.
const QString OrganizationKey = QStringLiteral("sk_sandbox_org_secret");
// The sandbox's access tokens live this long; waiting past it makes them expire on the server.
constexpr int TokenTtlMs = 2000;
constexpr int PastExpiryMs = TokenTtlMs + 1200;

Operation viewerQuery()
{
    return {QStringLiteral("Viewer"), QStringLiteral("query Viewer { viewer { id email } }")};
}

// The console's app object graph, minus the UI: one transport, one store, one session.
struct Console
{
    explicit Console(const QUrl &endpoint)
        : store(endpoint)
        , session(&transport, &store)
    {
        transport.setEndpoint(endpoint);
        transport.setAuthenticator(&session);
        session.setRenewalBackoff(100, 400);
    }
    ~Console() { transport.setAuthenticator(nullptr); }

    kac::test::FaultInjectingNetwork network; // faults for single requests
    Transport transport{&network};
    KeychainTokenStore store;
    Session session;
};

TokenStoreResult loadNow(TokenStore &store, const QString &key)
{
    QObject context;
    std::optional<TokenStoreResult> result;
    store.load(key, &context, [&](const TokenStoreResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return {TokenStoreResult::Status::Failed, QStringLiteral("no answer"), {}, {}};
    return *result;
}

bool storeNow(TokenStore &store, const QString &key, const QByteArray &secret)
{
    QObject context;
    std::optional<TokenStoreResult> result;
    store.store(key, secret, &context, [&](const TokenStoreResult &r) { result = r; });
    return QTest::qWaitFor([&] { return result.has_value(); }, 10000) && result->ok();
}

void removeNow(TokenStore &store, const QString &key)
{
    QObject context;
    bool done = false;
    store.remove(key, &context, [&](const TokenStoreResult &) { done = true; });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
}

// Sends `count` different queries at once (different variables, so the transport cannot
// share one network request between them) and waits for all of them.
QList<GraphQLResult> sendConcurrently(Transport &transport, int count, int timeoutMs = 20000)
{
    std::vector<std::unique_ptr<GraphQLRequest>> requests;
    QList<GraphQLResult> results;
    for (int i = 0; i < count; ++i) {
        requests.emplace_back(
            transport.send(viewerQuery(), QJsonObject{{QStringLiteral("probe"), i}}));
    }
    (void)QTest::qWaitFor(
        [&] {
            return std::all_of(requests.begin(), requests.end(),
                               [](const auto &r) { return r->isFinished(); });
        },
        timeoutMs);
    for (const auto &request : requests)
        results << request->result();
    return results;
}

GraphQLResult sendOne(Transport &transport)
{
    const QList<GraphQLResult> results = sendConcurrently(transport, 1);
    return results.first();
}

bool isTokenRequest(const QJsonObject &line, const QString &inputKey)
{
    return line.value(QStringLiteral("operationName")).toString() ==
               QLatin1String("ObtainKrakenToken") &&
           line.value(QStringLiteral("variables"))
               .toObject()
               .value(QStringLiteral("input"))
               .toObject()
               .contains(inputKey);
}

// Request-log lines from `from` on that are obtainKrakenToken calls sending `inputKey`.
QList<QJsonObject> tokenRequests(const SandboxFixture &sandbox, qsizetype from,
                                 const QString &inputKey)
{
    QList<QJsonObject> found;
    const QList<QJsonObject> log = sandbox.requestLog();
    for (qsizetype i = from; i < log.size(); ++i) {
        if (isTokenRequest(log.at(i), inputKey))
            found << log.at(i);
    }
    return found;
}

QString describe(const QList<GraphQLResult> &results)
{
    QStringList lines;
    for (const GraphQLResult &r : results) {
        if (!r.ok())
            lines << r.error.summary();
    }
    return lines.join(u'\n');
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void signInWithPassword();
    void signInWithApiKey();
    void signInWithOrganizationAndPreSignedKeys();
    void wrongCredentialsAreRefused();
    void rememberedSessionResumes();
    void resumeWithNothingRemembered();
    void notRememberedLeavesNothingStored();
    void deadRefreshTokenFallsBackToRememberedApiKey();
    void concurrentExpiryCausesExactlyOneRefresh();
    void proactiveRefreshRenewsBeforeExpiry();
    void transientRefreshFailureRetriesWithoutSigningOut();
    void refusedRefreshKeepsRequestsUntilSignedInAgain();
    void signOutClearsStoredSecrets();
    void signOutFailsWaitingRequests();

private:
    void expireRefreshTokenBehindTheSessionsBack(Console &console);

    SandboxFixture m_sandbox;
    SandboxFixture m_passwordSandbox; // --password-sign-in
};

void TestSession::initTestCase()
{
    QVERIFY2(m_sandbox.start({QStringLiteral("--token-ttl"), QStringLiteral("2"),
                              QStringLiteral("--allow-faults")}),
             qPrintable(m_sandbox.failure()));
    QVERIFY2(m_passwordSandbox.start({QStringLiteral("--password-sign-in")}),
             qPrintable(m_passwordSandbox.failure()));
    // Fail early, with a hint, when there is no Secret Service to talk to.
    KeychainTokenStore store(m_sandbox.url());
    const TokenStoreResult probe = loadNow(store, QStringLiteral("probe"));
    QVERIFY2(probe.status != TokenStoreResult::Status::Unavailable,
             "No usable Secret Service: run inside `dbus-run-session -- "
             "scripts/lib/with-keyring.sh ctest ...` as scripts/test.sh does.");
}

void TestSession::init()
{
    // Each test starts with nothing remembered for this sandbox.
    KeychainTokenStore store(m_sandbox.url());
    removeNow(store, Session::refreshTokenKey());
    removeNow(store, Session::apiKeyKey());
}

void TestSession::signInWithPassword()
{
    Console console(m_passwordSandbox.url());
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithPassword(Email, Password, false);
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(signedIn.first().first().toString(), Email);
    QCOMPARE(console.session.state(), Session::State::SignedIn);
    QVERIFY(!console.session.accessToken().isEmpty());

    const GraphQLResult result = sendOne(console.transport);
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QCOMPARE(result.data.value(QStringLiteral("viewer"))
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
             Email);
}

void TestSession::signInWithOrganizationAndPreSignedKeys()
{
    for (const bool organization : {true, false}) {
        Console console(m_sandbox.url());
        QSignalSpy signedIn(&console.session, &Session::signedIn);
        const qsizetype logMark = m_sandbox.requestLog().size();
        if (organization)
            console.session.signInWithOrganizationSecretKey(OrganizationKey, false);
        else
            console.session.signInWithPreSignedKey(QStringLiteral("psk_sandbox_agent"), false);
        QVERIFY(signedIn.wait(10000));
        const QString field =
            organization ? QStringLiteral("organizationSecretKey") : QStringLiteral("preSignedKey");
        QCOMPARE(tokenRequests(m_sandbox, logMark, field).size(), 1);
        const GraphQLResult result = sendOne(console.transport);
        QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    }
}

void TestSession::signInWithApiKey()
{
    Console console(m_sandbox.url());
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithApiKey(ApiKey, false);
    QVERIFY(signedIn.wait(10000));
    QVERIFY(!signedIn.first().first().toString().isEmpty());
    const GraphQLResult result = sendOne(console.transport);
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
}

void TestSession::wrongCredentialsAreRefused()
{
    {
        Console older(m_passwordSandbox.url());
        QSignalSpy failed(&older.session, &Session::signInFailed);
        older.session.signInWithPassword(Email, QStringLiteral("not-the-password"), true);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().errorCode, QStringLiteral("KT-CT-1138"));
        QCOMPARE(older.session.state(), Session::State::SignedOut);
    }
    Console console(m_sandbox.url());
    QSignalSpy failed(&console.session, &Session::signInFailed);
    QSignalSpy signedIn(&console.session, &Session::signedIn);

    console.session.signInWithApiKey(QStringLiteral("sk_not_a_key"), true);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.last().first().value<ApiError>().errorCode, QStringLiteral("KT-CT-1139"));
    QCOMPARE(console.session.state(), Session::State::SignedOut);
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(console.session.accessToken().isEmpty());

    // A request made now fails at once rather than waiting for a sign-in nobody started.
    const GraphQLResult result = sendOne(console.transport);
    QCOMPARE(result.error.kind, ApiError::Kind::SignInRequired);
}

void TestSession::rememberedSessionResumes()
{
    QByteArray storedBefore;
    QString signedInAs;
    {
        Console console(m_sandbox.url());
        QSignalSpy signedIn(&console.session, &Session::signedIn);
        console.session.signInWithOrganizationSecretKey(OrganizationKey, true);
        QVERIFY(signedIn.wait(10000));
        signedInAs = signedIn.first().first().toString();
        QVERIFY(QTest::qWaitFor(
            [&] { return loadNow(console.store, Session::refreshTokenKey()).ok(); }, 10000));
        storedBefore = loadNow(console.store, Session::refreshTokenKey()).secret;
        QCOMPARE(loadNow(console.store, Session::apiKeyKey()).status,
                 TokenStoreResult::Status::NotFound); // only an API key is ever stored
    }                                                 // the console closes without signing out

    const qsizetype logMark = m_sandbox.requestLog().size();
    Console console(m_sandbox.url());
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    QSignalSpy required(&console.session, &Session::signInRequired);
    console.session.resumeFromKeychain();
    QVERIFY(signedIn.wait(10000));
    QVERIFY(!signedInAs.isEmpty());
    QCOMPARE(signedIn.first().first().toString(), signedInAs);
    QCOMPARE(required.size(), 0);
    QVERIFY(console.session.isRemembered());
    QCOMPARE(tokenRequests(m_sandbox, logMark, QStringLiteral("refreshToken")).size(), 1);

    const GraphQLResult result = sendOne(console.transport);
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));

    // The sandbox rotates refresh tokens; the new one replaced the spent one in the keychain.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const TokenStoreResult now = loadNow(console.store, Session::refreshTokenKey());
            return now.ok() && now.secret != storedBefore;
        },
        10000));
}

void TestSession::resumeWithNothingRemembered()
{
    Console console(m_sandbox.url());
    QSignalSpy required(&console.session, &Session::signInRequired);
    QSignalSpy unavailable(&console.session, &Session::keychainUnavailable);
    console.session.resumeFromKeychain();
    QVERIFY(required.wait(10000));
    QCOMPARE(console.session.state(), Session::State::SignInRequired);
    QCOMPARE(unavailable.size(), 0);
}

void TestSession::notRememberedLeavesNothingStored()
{
    {
        Console console(m_sandbox.url());
        QSignalSpy signedIn(&console.session, &Session::signedIn);
        console.session.signInWithApiKey(ApiKey, true);
        QVERIFY(signedIn.wait(10000));
        QVERIFY(QTest::qWaitFor([&] { return loadNow(console.store, Session::apiKeyKey()).ok(); },
                                10000));
    }
    // Signing in again without "remember me" forgets what an earlier sign-in remembered.
    Console console(m_sandbox.url());
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithApiKey(ApiKey, false);
    QVERIFY(signedIn.wait(10000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return loadNow(console.store, Session::apiKeyKey()).status ==
                       TokenStoreResult::Status::NotFound &&
                   loadNow(console.store, Session::refreshTokenKey()).status ==
                       TokenStoreResult::Status::NotFound;
        },
        10000));
}

void TestSession::deadRefreshTokenFallsBackToRememberedApiKey()
{
    {
        Console console(m_sandbox.url());
        QSignalSpy signedIn(&console.session, &Session::signedIn);
        console.session.signInWithApiKey(ApiKey, true);
        QVERIFY(signedIn.wait(10000));
        QVERIFY(QTest::qWaitFor(
            [&] { return loadNow(console.store, Session::refreshTokenKey()).ok(); }, 10000));
    }
    KeychainTokenStore store(m_sandbox.url());
    QVERIFY(storeNow(store, Session::refreshTokenKey(), "revoked-refresh-token"));

    const qsizetype logMark = m_sandbox.requestLog().size();
    Console console(m_sandbox.url());
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    QSignalSpy required(&console.session, &Session::signInRequired);
    console.session.resumeFromKeychain();
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(required.size(), 0);
    const QList<QJsonObject> refreshes =
        tokenRequests(m_sandbox, logMark, QStringLiteral("refreshToken"));
    QCOMPARE(refreshes.size(), 1);
    QCOMPARE(refreshes.first().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("error:KT-CT-1135"));
    QCOMPARE(tokenRequests(m_sandbox, logMark, QStringLiteral("APIKey")).size(), 1);
    const GraphQLResult result = sendOne(console.transport);
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    // The dead refresh token was replaced by the new sign-in's.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const TokenStoreResult now = loadNow(store, Session::refreshTokenKey());
            return now.ok() && now.secret != "revoked-refresh-token";
        },
        10000));
}

void TestSession::concurrentExpiryCausesExactlyOneRefresh()
{
    Console console(m_sandbox.url());
    console.session.setProactiveRefreshEnabled(false); // let the token really expire
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithApiKey(ApiKey, false);
    QVERIFY(signedIn.wait(10000));
    QTest::qWait(PastExpiryMs);

    const qsizetype logMark = m_sandbox.requestLog().size();
    QSignalSpy renewed(&console.session, &Session::accessTokenRenewed);
    const QList<GraphQLResult> results = sendConcurrently(console.transport, 20);
    QCOMPARE(results.size(), 20);
    for (const GraphQLResult &result : results)
        QVERIFY2(result.ok(), qPrintable(describe(results)));

    const QList<QJsonObject> refreshes =
        tokenRequests(m_sandbox, logMark, QStringLiteral("refreshToken"));
    QCOMPARE(refreshes.size(), 1);
    QCOMPARE(refreshes.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
    QCOMPARE(renewed.size(), 1);

    // The expiry was the server's verdict (KT-CT-1124), not a guess on the client.
    int expired = 0;
    const QList<QJsonObject> log = m_sandbox.requestLog();
    for (qsizetype i = logMark; i < log.size(); ++i) {
        if (log.at(i).value(QStringLiteral("outcome")).toString() ==
            QLatin1String("error:KT-CT-1124"))
            ++expired;
    }
    QVERIFY2(expired >= 1, "no request reached the server with the expired token");
}

void TestSession::proactiveRefreshRenewsBeforeExpiry()
{
    Console console(m_sandbox.url());
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    QSignalSpy renewed(&console.session, &Session::accessTokenRenewed);
    console.session.signInWithApiKey(ApiKey, false);
    QVERIFY(signedIn.wait(10000));
    const qsizetype logMark = m_sandbox.requestLog().size();
    QTest::qWait(PastExpiryMs);
    QVERIFY(renewed.size() >= 1);

    const GraphQLResult result = sendOne(console.transport);
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    const QList<QJsonObject> log = m_sandbox.requestLog();
    for (qsizetype i = logMark; i < log.size(); ++i) {
        const QString outcome = log.at(i).value(QStringLiteral("outcome")).toString();
        QVERIFY2(outcome == QLatin1String("ok"), qPrintable(outcome)); // no 1124, no spent token
    }
    QVERIFY(!tokenRequests(m_sandbox, logMark, QStringLiteral("refreshToken")).isEmpty());
}

void TestSession::transientRefreshFailureRetriesWithoutSigningOut()
{
    Console console(m_sandbox.url());
    console.session.setProactiveRefreshEnabled(false);
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithApiKey(ApiKey, false);
    QVERIFY(signedIn.wait(10000));

    // The next two refreshes meet gateway errors (a dropped connection would be resent by Qt
    // itself on a reused keep-alive connection, so it would not show as a failed attempt).
    RequestOptions faulty;
    faulty.timeoutMs = 5000;
    console.session.setAuthRequestOptions(faulty);
    const auto refreshes =
        kac::test::FaultInjectingNetwork::operation(QStringLiteral("ObtainKrakenToken"));
    console.network.setFault("http-503; times=1", refreshes);
    QTest::qWait(PastExpiryMs);

    const qsizetype logMark = m_sandbox.requestLog().size();
    QSignalSpy retries(&console.session, &Session::renewalRetryScheduled);
    QSignalSpy required(&console.session, &Session::signInRequired);
    connect(&console.session, &Session::renewalRetryScheduled, this, [&](int attempt) {
        if (attempt == 1)
            console.network.setFault("http-502; times=1", refreshes);
    });
    const QList<GraphQLResult> results = sendConcurrently(console.transport, 5);
    for (const GraphQLResult &result : results)
        QVERIFY2(result.ok(), qPrintable(describe(results)));
    QStringList outcomes;
    for (const QJsonObject &line :
         tokenRequests(m_sandbox, logMark, QStringLiteral("refreshToken")))
        outcomes << line.value(QStringLiteral("outcome")).toString();
    QCOMPARE(outcomes, (QStringList{QStringLiteral("http-503"), QStringLiteral("http-502"),
                                    QStringLiteral("ok")}));
    QCOMPARE(retries.size(), 2);
    QCOMPARE(required.size(), 0);
    QCOMPARE(console.session.state(), Session::State::SignedIn);
}

// Spends the session's refresh token from outside (as another console sharing it would), so
// the session's next refresh is refused.
void TestSession::expireRefreshTokenBehindTheSessionsBack(Console &console)
{
    QVERIFY(QTest::qWaitFor([&] { return loadNow(console.store, Session::refreshTokenKey()).ok(); },
                            10000));
    const QByteArray refreshToken = loadNow(console.store, Session::refreshTokenKey()).secret;
    Transport outsider;
    outsider.setEndpoint(m_sandbox.url());
    RequestOptions options;
    options.authenticated = false;
    std::unique_ptr<GraphQLRequest> spend(outsider.send(
        Operation{QStringLiteral("ObtainKrakenToken"),
                  QStringLiteral("mutation ObtainKrakenToken($input: ObtainJSONWebTokenInput!) "
                                 "{ obtainKrakenToken(input: $input) { token } }")},
        QJsonObject{{QStringLiteral("input"), QJsonObject{{QStringLiteral("refreshToken"),
                                                           QString::fromUtf8(refreshToken)}}}},
        options));
    QVERIFY(QTest::qWaitFor([&] { return spend->isFinished(); }, 10000));
    QVERIFY2(spend->result().ok(), qPrintable(spend->result().error.summary()));
}

void TestSession::refusedRefreshKeepsRequestsUntilSignedInAgain()
{
    Console console(m_sandbox.url());
    console.session.setProactiveRefreshEnabled(false);
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithOrganizationSecretKey(OrganizationKey, true);
    QVERIFY(signedIn.wait(10000));
    expireRefreshTokenBehindTheSessionsBack(console);
    QTest::qWait(PastExpiryMs);

    const qsizetype logMark = m_sandbox.requestLog().size();
    QSignalSpy required(&console.session, &Session::signInRequired);
    std::vector<std::unique_ptr<GraphQLRequest>> requests;
    for (int i = 0; i < 5; ++i)
        requests.emplace_back(
            console.transport.send(viewerQuery(), QJsonObject{{QStringLiteral("probe"), i}}));
    QVERIFY(required.wait(10000));
    QVERIFY(!required.first().first().toString().isEmpty());
    QCOMPARE(console.session.state(), Session::State::SignInRequired);
    QVERIFY(console.session.accessToken().isEmpty());
    QTest::qWait(300);
    for (const auto &request : requests)
        QVERIFY(!request->isFinished()); // still waiting for the agent, not failed

    const QList<QJsonObject> refreshes =
        tokenRequests(m_sandbox, logMark, QStringLiteral("refreshToken"));
    QCOMPARE(refreshes.size(), 1);
    QCOMPARE(refreshes.first().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("error:KT-CT-1135"));
    // The refused refresh token is forgotten, in memory and in the keychain.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return loadNow(console.store, Session::refreshTokenKey()).status ==
                   TokenStoreResult::Status::NotFound;
        },
        10000));

    console.session.signInWithOrganizationSecretKey(OrganizationKey, true);
    QVERIFY(signedIn.wait(10000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(requests.begin(), requests.end(),
                               [](const auto &r) { return r->isFinished(); });
        },
        10000));
    for (const auto &request : requests)
        QVERIFY2(request->result().ok(), qPrintable(request->result().error.summary()));
    QCOMPARE(tokenRequests(m_sandbox, logMark, QStringLiteral("refreshToken")).size(), 1);
}

void TestSession::signOutClearsStoredSecrets()
{
    Console console(m_sandbox.url());
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithApiKey(ApiKey, true);
    QVERIFY(signedIn.wait(10000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return loadNow(console.store, Session::refreshTokenKey()).ok() &&
                   loadNow(console.store, Session::apiKeyKey()).ok();
        },
        10000));

    QSignalSpy signedOut(&console.session, &Session::signedOut);
    console.session.signOut();
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(console.session.state(), Session::State::SignedOut);
    QVERIFY(console.session.accessToken().isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return loadNow(console.store, Session::refreshTokenKey()).status ==
                       TokenStoreResult::Status::NotFound &&
                   loadNow(console.store, Session::apiKeyKey()).status ==
                       TokenStoreResult::Status::NotFound;
        },
        10000));
    const GraphQLResult after = sendOne(console.transport);
    QCOMPARE(after.error.kind, ApiError::Kind::SignInRequired);

    // Nothing remembered any more: a restart asks for a sign-in.
    Console restarted(m_sandbox.url());
    QSignalSpy restartRequired(&restarted.session, &Session::signInRequired);
    restarted.session.resumeFromKeychain();
    QVERIFY(restartRequired.wait(10000));
}

void TestSession::signOutFailsWaitingRequests()
{
    Console console(m_sandbox.url());
    console.session.setProactiveRefreshEnabled(false);
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithOrganizationSecretKey(OrganizationKey, true);
    QVERIFY(signedIn.wait(10000));
    expireRefreshTokenBehindTheSessionsBack(console);
    QTest::qWait(PastExpiryMs);

    QSignalSpy required(&console.session, &Session::signInRequired);
    std::unique_ptr<GraphQLRequest> waiting(console.transport.send(viewerQuery(), {}));
    QVERIFY(required.wait(10000));
    QTest::qWait(100);
    QVERIFY(!waiting->isFinished());

    console.session.signOut();
    QVERIFY(QTest::qWaitFor([&] { return waiting->isFinished(); }, 10000));
    QCOMPARE(waiting->result().error.kind, ApiError::Kind::SignInRequired);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
