#include "api/ErrorCatalog.h"
#include "api/SingleFlightMutation.h"
#include "api/Transport.h"
#include "support/TestAuthenticator.h"
#include "support/TinyHttpServer.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace kac::api;
using kac::test::TestAuthenticator;
using kac::test::TinyHttpServer;

namespace {

const QByteArray kToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLXRlc3Q";
const QByteArray kNoteAnswer =
    R"({"data":{"createAccountNote":{"note":{"id":"9001","body":"x","isPinned":false,)"
    R"("createdAt":"2026-12-02T05:00:00+00:00","unpinAt":null}}}})";
const QByteArray kExpired =
    R"({"errors":[{"message":"JWT has expired.","path":["createAccountNote"],)"
    R"("extensions":{"errorCode":"KT-CT-1124","errorType":"AUTHORIZATION"}}],)"
    R"("data":{"createAccountNote":null}})";

QJsonObject noteVariables()
{
    return {{QStringLiteral("input"),
             QJsonObject{{QStringLiteral("accountNumber"), QStringLiteral("A-2B7E41C9")},
                         {QStringLiteral("note"), QStringLiteral("Called about the bill")},
                         {QStringLiteral("isPinned"), false}}}};
}

GraphQLResult waitForResult(GraphQLRequest *request, int timeoutMs = 10000)
{
    QSignalSpy finished(request, &GraphQLRequest::finished);
    if (!finished.wait(timeoutMs))
        return {};
    return finished.first().first().value<GraphQLResult>();
}

// After a finished request, nothing more arrives at the server for a while (what a resend by
// Qt would look like). A bounded wait for a signal that must not come.
bool noFurtherRequest(TinyHttpServer &server)
{
    QSignalSpy more(&server, &TinyHttpServer::requestReceived);
    return !more.wait(400);
}

} // namespace

// The one mutation path: exactly one POST per attempt, whatever the connection does; a lost
// answer is "outcome unknown", never a retry; the one safe second send is after an auth refusal.
// A transport pointed at `endpoint` that holds kToken: the set-up every test here shares.
struct TokenTransport
{
    Transport transport;
    TestAuthenticator auth;
    explicit TokenTransport(const QUrl &endpoint)
    {
        auth.token = kToken;
        transport.setEndpoint(endpoint);
        transport.setAuthenticator(&auth);
    }
};

class TestMutationPath : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<GraphQLResult>(); }

    void qtResendsAQueryWhenThePeerHangsUp()
    {
        // The control: this server makes Qt 6.4 re-send a request by itself (no retry of ours:
        // one attempt allowed). If this stops failing, Qt changed and the next test proves less.
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHangUpAfterRequest(true);
        TokenTransport wired(server.url());
        Transport &transport = wired.transport;
        RequestOptions once;
        once.retryable = false;
        once.maxAttempts = 1;
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}, once));
        const GraphQLResult result = waitForResult(request.get());
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QCOMPARE(result.attempts, 1);
        QVERIFY2(server.requests().size() > 1, "Qt did not resend the query on its own");
    }

    void aMutationReachesAHangingUpPeerExactlyOnce()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHangUpAfterRequest(true);
        TokenTransport wired(server.url());
        Transport &transport = wired.transport;
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("CreateAccountNote")), noteVariables()));
        const GraphQLResult result = waitForResult(request.get());
        QCOMPARE(result.error.kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(result.attempts, 1);
        QVERIFY(noFurtherRequest(server));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().method, QByteArray("POST"));
        QVERIFY(server.requests().first().body.contains("Called about the bill"));
        // In the agent's words, and not an invitation to just press Retry.
        const QString message = ErrorCatalog().messageFor(result.error);
        QVERIFY2(message.contains(QLatin1String("don't know whether it was saved")),
                 qPrintable(message));
    }

    void aMutationWithoutAnAnswerInTimeIsUnknownAndNotRetried()
    {
        TinyHttpServer server;
        QVERIFY(server.start()); // reads the request, never answers
        TokenTransport wired(server.url());
        Transport &transport = wired.transport;
        transport.setTimeoutCapMs(300);
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("CreateAccountNote")), noteVariables()));
        const GraphQLResult result = waitForResult(request.get());
        QCOMPARE(result.error.kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void aRefusedConnectionIsAPlainFailure()
    {
        // Nothing left the machine: it did not run, and saying "unknown" would scare the agent.
        quint16 port = 0;
        {
            TinyHttpServer closed;
            QVERIFY(closed.start());
            port = closed.serverPort();
        }
        TokenTransport wired(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/graphql/").arg(port)));
        Transport &transport = wired.transport;
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("CreateAccountNote")), noteVariables()));
        const GraphQLResult result = waitForResult(request.get());
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QCOMPARE(result.attempts, 1);
    }

    void anExpiredTokenIsRenewedAndTheMutationSentOnceMore()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TinyHttpServer::Request &request) {
            const bool fresh = request.headers.value("authorization") == "renewed";
            return TinyHttpServer::response(200, fresh ? kNoteAnswer : kExpired);
        });
        TokenTransport wired(server.url());
        Transport &transport = wired.transport;
        TestAuthenticator &auth = wired.auth;
        auth.renew = [&auth](std::function<void(bool)> done) {
            auth.token = "renewed";
            done(true);
        };
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("CreateAccountNote")), noteVariables()));
        const GraphQLResult result = waitForResult(request.get());
        QVERIFY2(result.ok(), qPrintable(result.error.summary()));
        QCOMPARE(auth.renewCalls, 1);
        QCOMPARE(server.requests().size(), 2); // refused (did not run), then run once
    }

    void anExpiredTokenTwiceEndsInSignInWithoutAThirdSend()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const auto &) { return TinyHttpServer::response(200, kExpired); });
        TokenTransport wired(server.url());
        Transport &transport = wired.transport;
        TestAuthenticator &auth = wired.auth;
        auth.renew = [](std::function<void(bool)> done) { done(true); };
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("CreateAccountNote")), noteVariables()));
        const GraphQLResult result = waitForResult(request.get());
        QCOMPARE(result.error.kind, ApiError::Kind::SignInRequired);
        QVERIFY(noFurtherRequest(server));
        QCOMPARE(server.requests().size(), 2);
    }

    void sendingWhileInFlightDoesNothing()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const auto &) { return TinyHttpServer::response(200, kNoteAnswer); });
        server.setDelay([](const auto &) { return 150; });
        TokenTransport wired(server.url());
        Transport &transport = wired.transport;
        SingleFlightMutation action(&transport, QStringLiteral("CreateAccountNote"));
        QSignalSpy finished(&action, &SingleFlightMutation::finished);
        QVERIFY(action.send(noteVariables()));
        QVERIFY(action.inFlight());
        QVERIFY(!action.send(noteVariables())); // the double Ctrl+Enter
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.first().first().value<GraphQLResult>().ok());
        QVERIFY(noFurtherRequest(server));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(action.sentCount(), 1);
        QVERIFY(!action.inFlight());
        QVERIFY(action.send(noteVariables())); // a deliberate second note, after the first
        QVERIFY(finished.wait(5000));
        QCOMPARE(server.requests().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMutationPath)
#include "tst_mutation_path.moc"
