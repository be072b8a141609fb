#pragma once

// What tst_session and tst_session_renewal share: the console's app object graph without the
// UI against a sandbox whose access tokens live 2 s, and synchronous helpers for the token
// store and for sending queries. Included by one test program each.
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

inline Operation viewerQuery()
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

inline TokenStoreResult loadNow(TokenStore &store, const QString &key)
{
    QObject context;
    std::optional<TokenStoreResult> result;
    store.load(key, &context, [&](const TokenStoreResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return {TokenStoreResult::Status::Failed, QStringLiteral("no answer"), {}, {}};
    return *result;
}

inline bool storeNow(TokenStore &store, const QString &key, const QByteArray &secret)
{
    QObject context;
    std::optional<TokenStoreResult> result;
    store.store(key, secret, &context, [&](const TokenStoreResult &r) { result = r; });
    return QTest::qWaitFor([&] { return result.has_value(); }, 10000) && result->ok();
}

inline void removeNow(TokenStore &store, const QString &key)
{
    QObject context;
    bool done = false;
    store.remove(key, &context, [&](const TokenStoreResult &) { done = true; });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
}

// Sends `count` different queries at once (different variables, so the transport cannot
// share one network request between them) and waits for all of them.
inline QList<GraphQLResult> sendConcurrently(Transport &transport, int count, int timeoutMs = 20000)
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

inline GraphQLResult sendOne(Transport &transport)
{
    const QList<GraphQLResult> results = sendConcurrently(transport, 1);
    return results.first();
}

inline bool isTokenRequest(const QJsonObject &line, const QString &inputKey)
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
inline QList<QJsonObject> tokenRequests(const SandboxFixture &sandbox, qsizetype from,
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

inline QString describe(const QList<GraphQLResult> &results)
{
    QStringList lines;
    for (const GraphQLResult &r : results) {
        if (!r.ok())
            lines << r.error.summary();
    }
    return lines.join(u'\n');
}

} // namespace
