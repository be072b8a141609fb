#include "api/ErrorCatalog.h"
#include "api/Transport.h"
#include "support/TestAuthenticator.h"
#include "support/TinyHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace kac::api;
using kac::test::TestAuthenticator;
using kac::test::TinyHttpServer;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QByteArray kViewerAnswer =
    "{\"data\":{\"viewer\":{\"id\":\"1001\",\"givenName\":\"Jordan\"}}}";
const QByteArray kToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLXRlc3Q";

RetryPolicy fastRetries()
{
    RetryPolicy policy;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 80;
    policy.maxRetryAfterMs = 1500;
    return policy;
}

GraphQLResult waitForResult(GraphQLRequest *request, int timeoutMs = 10000)
{
    QSignalSpy finished(request, &GraphQLRequest::finished);
    if (!finished.wait(timeoutMs))
        return {};
    return finished.first().first().value<GraphQLResult>();
}

} // namespace

// The transport against tiny local HTTP servers: exact headers, redirects, aborts, sharing,
// deadlines, retries and off-thread decoding, without the sandbox.
class TestTransport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<GraphQLResult>(); }

    void buildsEveryRequestInOnePlace()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHandler(
            [](const auto &) { return TinyHttpServer::response(200, kViewerAnswer); });
        Transport transport;
        TestAuthenticator auth;
        auth.token = kToken;
        transport.setEndpoint(server.url());
        transport.setAuthenticator(&auth);

        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Account")),
                           {{QStringLiteral("accountNumber"), QStringLiteral("A-2B7E41C9")}}));
        const GraphQLResult result = waitForResult(request.get());
        QVERIFY(result.ok());
        QCOMPARE(result.attempts, 1);
        QCOMPARE(server.requests().size(), 1);
        const auto &sent = server.requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QByteArray("/v1/graphql/"));
        QCOMPARE(sent.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(sent.headers.value("authorization"), kToken); // bare, no "JWT " prefix
        QVERIFY(sent.headers.value("user-agent").startsWith("KrakenAgentConsole/"));
        QVERIFY(sent.headers.value("user-agent").contains("(Qt 6."));
        QVERIFY(!sent.headers.contains("x-sandbox-fault"));
        const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
        QCOMPARE(body["operationName"].toString(), QStringLiteral("Account"));
        QVERIFY(body["query"].toString().contains(QLatin1String("query Account(")));
        QCOMPARE(body["variables"]["accountNumber"].toString(), QStringLiteral("A-2B7E41C9"));
        QCOMPARE(auth.renewCalls, 0);
    }

    void unauthenticatedRequestsSendNoToken()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const auto &) {
            return TinyHttpServer::response(200,
                                            "{\"data\":{\"obtainKrakenToken\":{\"token\":\"x\"}}}");
        });
        Transport transport;
        TestAuthenticator auth; // no token: must not be asked for one
        transport.setEndpoint(server.url());
        transport.setAuthenticator(&auth);
        RequestOptions options;
        options.authenticated = false;
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("ObtainKrakenToken")),
                           {{QStringLiteral("input"),
                             QJsonObject{{QStringLiteral("APIKey"), QStringLiteral("k")}}}},
                           options));
        QVERIFY(waitForResult(request.get()).ok());
        QVERIFY(!server.requests().first().headers.contains("authorization"));
        QCOMPARE(auth.renewCalls, 0);
    }

    void errorsNameTheirOperation()
    {
        // Kraken refuses a request over its complexity limit before running it: HTTP 200,
        // data null. The error carries the operation's name, and the message names it.
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const auto &) {
            return TinyHttpServer::response(
                200, "{\"errors\":[{\"message\":\"Query complexity limit exceeded.\","
                     "\"extensions\":{\"errorCode\":\"KT-CT-1188\",\"errorType\":"
                     "\"VALIDATION\"}}],\"data\":null}");
        });
        Transport transport;
        transport.setEndpoint(server.url());
        RequestOptions options;
        options.authenticated = false;
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}, options));
        const GraphQLResult result = waitForResult(request.get());
        QCOMPARE(result.error.kind, ApiError::Kind::Kraken);
        QCOMPARE(result.error.errorCode, QStringLiteral("KT-CT-1188"));
        QCOMPARE(result.error.operationName, QStringLiteral("Viewer"));
        QCOMPARE(ErrorCatalog().messageFor(result.error),
                 QStringLiteral("The console asked Kraken for too much at once in Viewer — please "
                                "report this."));
    }

    void refusesPlainHttpToAnotherHost()
    {
        Transport transport;
        transport.setEndpoint(QUrl(QStringLiteral("http://kraken.example.com/v1/graphql/")));
        RequestOptions options;
        options.authenticated = false;
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}, options));
        const GraphQLResult result = waitForResult(request.get());
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QCOMPARE(result.attempts, 0);
        QVERIFY(!result.error.isTransient());
        QVERIFY(ErrorCatalog().messageFor(result.error).contains(QLatin1String("https://")));
    }

    void neverFinishesInsideSend()
    {
        Transport transport; // no endpoint at all: fails, but from the event loop
        RequestOptions options;
        options.authenticated = false;
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}, options));
        QVERIFY(!request->isFinished());
        QSignalSpy finished(request.get(), &GraphQLRequest::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
    }

    void crossOriginRedirectNeverCarriesTheToken()
    {
        TinyHttpServer serverB;
        QVERIFY(serverB.start());
        serverB.setHandler(
            [](const auto &) { return TinyHttpServer::response(200, kViewerAnswer); });
        TinyHttpServer serverA;
        QVERIFY(serverA.start());
        const QByteArray location = serverB.url().toEncoded();
        serverA.setHandler([location](const auto &) {
            return TinyHttpServer::response(307, {}, {{"Location", location}}, "text/plain");
        });

        Transport transport;
        TestAuthenticator auth;
        auth.token = kToken;
        transport.setEndpoint(serverA.url());
        transport.setAuthenticator(&auth);
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}));
        const GraphQLResult result = waitForResult(request.get());

        QCOMPARE(serverA.requests().size(), 1);
        QCOMPARE(serverA.requests().first().headers.value("authorization"), kToken);
        for (const auto &seen : serverB.requests())
            QVERIFY(!seen.headers.value("authorization").contains(kToken));
        QCOMPARE(serverB.requests().size(), 0);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::HttpStatus);
        QVERIFY(!result.error.technicalDetail.contains(QString::fromLatin1(kToken)));
    }

    void destroyingTheRequestAbortsWithoutCallback()
    {
        TinyHttpServer server;
        QVERIFY(server.start()); // never answers
        Transport transport;
        transport.setEndpoint(server.url());
        RequestOptions options;
        options.authenticated = false;
        QPointer<GraphQLRequest> request =
            transport.send(Operation::load(QStringLiteral("Viewer")), {}, options);
        bool called = false;
        connect(request, &GraphQLRequest::finished, this, [&called] { called = true; });
        QSignalSpy received(&server, &TinyHttpServer::requestReceived);
        QVERIFY(received.wait(5000));
        QSignalSpy completed(&transport, &Transport::requestCompleted);
        delete request;
        QTest::qWait(100); // proving a negative: let any stray queued call run
        QVERIFY(!called);
        QCOMPARE(completed.size(), 0);
    }

    void destroyingTheContextAbortsToo()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        Transport transport;
        transport.setEndpoint(server.url());
        RequestOptions options;
        options.authenticated = false;
        auto *context = new QObject;
        QPointer<GraphQLRequest> request =
            transport.send(Operation::load(QStringLiteral("Viewer")), {}, options, context);
        QCOMPARE(request->parent(), context);
        int calls = 0;
        connect(request, &GraphQLRequest::finished, this, [&calls] { ++calls; });
        QSignalSpy received(&server, &TinyHttpServer::requestReceived);
        QVERIFY(received.wait(5000));
        delete context;
        QVERIFY(request.isNull());
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void cancelFinishesOnceWithCancelled()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        Transport transport;
        transport.setEndpoint(server.url());
        RequestOptions options;
        options.authenticated = false;
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}, options));
        QSignalSpy finished(request.get(), &GraphQLRequest::finished);
        QSignalSpy received(&server, &TinyHttpServer::requestReceived);
        QVERIFY(received.wait(5000));
        request->cancel();
        request->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<GraphQLResult>().error.kind,
                 ApiError::Kind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    void destroyingTheTransportCancelsWaitingRequests()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        auto *transport = new Transport;
        transport->setEndpoint(server.url());
        RequestOptions options;
        options.authenticated = false;
        std::unique_ptr<GraphQLRequest> request(
            transport->send(Operation::load(QStringLiteral("Viewer")), {}, options));
        QSignalSpy received(&server, &TinyHttpServer::requestReceived);
        QVERIFY(received.wait(5000));
        QSignalSpy finished(request.get(), &GraphQLRequest::finished);
        delete transport;
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.first().first().value<GraphQLResult>().error.kind,
                 ApiError::Kind::Cancelled);
    }

    void identicalQueriesInFlightShareOneNetworkRequest()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        QList<QByteArray> held;
        server.setHandler(
            [](const auto &) { return TinyHttpServer::response(200, kViewerAnswer); });
        Transport transport;
        transport.setEndpoint(server.url());
        RequestOptions options;
        options.authenticated = false;
        const Operation viewer = Operation::load(QStringLiteral("Viewer"));
        std::unique_ptr<GraphQLRequest> first(transport.send(viewer, {}, options));
        std::unique_ptr<GraphQLRequest> second(transport.send(viewer, {}, options));
        QPointer<GraphQLRequest> third = transport.send(viewer, {}, options);
        QVERIFY(first.get() != second.get());
        delete third; // leaving does not abort the others
        QSignalSpy firstDone(first.get(), &GraphQLRequest::finished);
        QSignalSpy secondDone(second.get(), &GraphQLRequest::finished);
        QVERIFY(secondDone.wait(5000) || secondDone.size() == 1);
        QVERIFY(firstDone.size() == 1 || firstDone.wait(5000));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(firstDone.first().first().value<GraphQLResult>().data,
                 secondDone.first().first().value<GraphQLResult>().data);

        // Once finished, the next identical query goes to the network again.
        std::unique_ptr<GraphQLRequest> later(transport.send(viewer, {}, options));
        QVERIFY(waitForResult(later.get()).ok());
        QCOMPARE(server.requests().size(), 2);
    }

    void mutationsAreNeverShared()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const auto &) {
            return TinyHttpServer::response(200,
                                            "{\"data\":{\"obtainKrakenToken\":{\"token\":\"x\"}}}");
        });
        Transport transport;
        transport.setEndpoint(server.url());
        RequestOptions options;
        options.authenticated = false;
        const Operation signIn = Operation::load(QStringLiteral("ObtainKrakenToken"));
        const QJsonObject variables{{QStringLiteral("input"),
                                     QJsonObject{{QStringLiteral("APIKey"), QStringLiteral("k")}}}};
        std::unique_ptr<GraphQLRequest> first(transport.send(signIn, variables, options));
        std::unique_ptr<GraphQLRequest> second(transport.send(signIn, variables, options));
        QVERIFY(waitForResult(first.get()).ok() || first->isFinished());
        if (!second->isFinished())
            QVERIFY(waitForResult(second.get()).ok());
        QCOMPARE(server.requests().size(), 2);
    }

    void deadlineBoundsAnAttempt()
    {
        TinyHttpServer server;
        QVERIFY(server.start()); // accepts, never answers
        Transport transport;
        transport.setEndpoint(server.url());
        transport.setRetryPolicy(fastRetries());
        RequestOptions options;
        options.authenticated = false;
        options.timeoutMs = 300;
        options.maxAttempts = 2;
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}, options));
        QSignalSpy retries(request.get(), &GraphQLRequest::retryScheduled);
        const GraphQLResult result = waitForResult(request.get(), 5000);
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(result.attempts, 2);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.first().first().toInt(), 2);
        QVERIFY2(result.elapsedMs < 2000, qPrintable(QString::number(result.elapsedMs)));
    }

    void connectionFailuresAreRetriedAFewTimes()
    {
        TinyHttpServer closed;
        QVERIFY(closed.start());
        const QUrl url = closed.url();
        closed.close(); // nothing listens there now
        Transport transport;
        transport.setEndpoint(url);
        transport.setRetryPolicy(fastRetries());
        RequestOptions options;
        options.authenticated = false;
        options.maxAttempts = 3;
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}, options));
        QSignalSpy retries(request.get(), &GraphQLRequest::retryScheduled);
        const GraphQLResult result = waitForResult(request.get());
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QCOMPARE(result.attempts, 3);
        QCOMPARE(retries.size(), 2);
        for (const auto &retry : retries)
            QVERIFY(retry.at(1).toInt() <= 80);
    }

    void retryAfterHttpDateIsHonoured()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        int calls = 0;
        server.setHandler([&calls](const auto &) {
            if (++calls > 1)
                return TinyHttpServer::response(200, kViewerAnswer);
            const QByteArray date = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(3),
                                                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                        .toLatin1();
            return TinyHttpServer::response(503, "busy", {{"Retry-After", date}}, "text/plain");
        });
        Transport transport;
        transport.setEndpoint(server.url());
        RetryPolicy policy = fastRetries();
        policy.maxRetryAfterMs = 300;
        transport.setRetryPolicy(policy);
        RequestOptions options;
        options.authenticated = false;
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}, options));
        QSignalSpy retries(request.get(), &GraphQLRequest::retryScheduled);
        const GraphQLResult result = waitForResult(request.get());
        QVERIFY(result.ok());
        QCOMPARE(result.attempts, 2);
        QCOMPARE(retries.size(), 1);
        // At least two seconds away (whole seconds on the wire), so the cap decides: far above
        // the 80 ms backoff cap, and exactly the 300 ms Retry-After cap.
        QCOMPARE(retries.first().at(1).toInt(), 300);
    }

    void mutationsAreNeverRetried()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const auto &) {
            return TinyHttpServer::response(503, "busy", {{"Retry-After", "0"}}, "text/plain");
        });
        Transport transport;
        transport.setEndpoint(server.url());
        transport.setRetryPolicy(fastRetries());
        RequestOptions options;
        options.authenticated = false;
        options.retryable = true; // asking does not make a mutation safe to repeat
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("ObtainKrakenToken")),
                           {{QStringLiteral("input"),
                             QJsonObject{{QStringLiteral("APIKey"), QStringLiteral("k")}}}},
                           options));
        const GraphQLResult result = waitForResult(request.get());
        QCOMPARE(result.error.kind, ApiError::Kind::HttpStatus);
        QCOMPARE(result.error.httpStatus, 503);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void missingTokenIsRenewedOnceThenSent()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHandler(
            [](const auto &) { return TinyHttpServer::response(200, kViewerAnswer); });
        Transport transport;
        transport.setEndpoint(server.url());
        TestAuthenticator auth;
        auth.renew = [&auth](std::function<void(bool)> done) {
            auth.token = kToken;
            done(true);
        };
        transport.setAuthenticator(&auth);
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}));
        QVERIFY(waitForResult(request.get()).ok());
        QCOMPARE(auth.renewCalls, 1);
        QCOMPARE(server.requests().first().headers.value("authorization"), kToken);
    }

    void failedRenewalMeansSignInRequired()
    {
        Transport transport;
        transport.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9/v1/graphql/")));
        TestAuthenticator auth; // no token, renewal fails
        transport.setAuthenticator(&auth);
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}));
        const GraphQLResult result = waitForResult(request.get());
        QCOMPARE(result.error.kind, ApiError::Kind::SignInRequired);
        QCOMPARE(auth.renewCalls, 1);
        QCOMPARE(result.attempts, 0);

        Transport bare; // no authenticator at all
        bare.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9/v1/graphql/")));
        std::unique_ptr<GraphQLRequest> second(
            bare.send(Operation::load(QStringLiteral("Viewer")), {}));
        QCOMPARE(waitForResult(second.get()).error.kind, ApiError::Kind::SignInRequired);
    }

    void largeBodiesAreDecodedOffTheUiThread()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        QJsonArray rows;
        for (int i = 0; i < 20000; ++i)
            rows.append(QJsonObject{
                {QStringLiteral("id"), i},
                {QStringLiteral("title"), QStringLiteral("Electricity usage %1").arg(i)}});
        const QByteArray big = json(
            {{QStringLiteral("data"), QJsonObject{{QStringLiteral("viewer"),
                                                   QJsonObject{{QStringLiteral("rows"), rows}}}}}});
        QVERIFY(big.size() > 512 * 1024);
        int served = 0; // the first answer is small, the second big
        server.setHandler([&big, &served](const TinyHttpServer::Request &) {
            return TinyHttpServer::response(200, ++served == 2 ? big : kViewerAnswer);
        });
        Transport transport;
        transport.setEndpoint(server.url());
        QSignalSpy decoded(&transport, &Transport::responseDecoded);
        RequestOptions options;
        options.authenticated = false;

        std::unique_ptr<GraphQLRequest> small(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}, options));
        QVERIFY(waitForResult(small.get()).ok());
        QCOMPARE(decoded.size(), 1);
        QCOMPARE(decoded.first().at(2).toBool(), false); // small: parsed in place

        std::unique_ptr<GraphQLRequest> large(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}, options));
        const GraphQLResult result = waitForResult(large.get());
        QVERIFY(result.ok());
        QCOMPARE(result.data["viewer"]["rows"].toArray().size(), 20000);
        QCOMPARE(decoded.size(), 2);
        QCOMPARE(decoded.last().at(0).toLongLong(), qint64(big.size()));
        QCOMPARE(decoded.last().at(2).toBool(), true);
    }

    void destroyingDuringOffThreadDecodeDropsTheResult()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        const QByteArray big =
            "{\"data\":{\"viewer\":{\"pad\":\"" + QByteArray(1024 * 1024, 'x') + "\"}}}";
        server.setHandler([&big](const auto &) { return TinyHttpServer::response(200, big); });
        Transport transport;
        transport.setEndpoint(server.url());
        RequestOptions options;
        options.authenticated = false;

        // Occupy every worker so the decode cannot run until we say so.
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore release;
        QSemaphore started;
        const int workers = pool->maxThreadCount();
        for (int i = 0; i < workers; ++i) {
            pool->start([&] {
                started.release();
                release.acquire();
            });
        }
        QVERIFY(started.tryAcquire(workers, 5000));

        QPointer<GraphQLRequest> request =
            transport.send(Operation::load(QStringLiteral("Viewer")), {}, options);
        bool called = false;
        connect(request, &GraphQLRequest::finished, this, [&called] { called = true; });
        QSignalSpy decoded(&transport, &Transport::responseDecoded);
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() == 1, 5000);
        QTest::qWait(200); // the body arrives and its decode waits for a worker
        QVERIFY(!called);
        delete request;
        release.release(workers);
        pool->waitForDone(5000);
        QTest::qWait(100);
        QVERIFY(!called);
        QCOMPARE(decoded.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
