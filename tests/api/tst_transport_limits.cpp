#include "api/ErrorCatalog.h"
#include "api/RelayPager.h"
#include "api/Transport.h"
#include "support/TestAuthenticator.h"
#include "support/TinyHttpServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <sys/resource.h>

using namespace kac::api;
using kac::test::TestAuthenticator;
using kac::test::TinyHttpServer;

namespace {

const QByteArray kViewerAnswer =
    "{\"data\":{\"viewer\":{\"id\":\"1001\",\"givenName\":\"Jordan\"}}}";
const QByteArray kToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLXRlc3Q";

GraphQLResult waitForResult(GraphQLRequest *request, int timeoutMs = 15000)
{
    QSignalSpy finished(request, &GraphQLRequest::finished);
    if (!finished.wait(timeoutMs))
        return {};
    return finished.first().first().value<GraphQLResult>();
}

QJsonObject accountVariables(int i)
{
    return {{QStringLiteral("accountNumber"), QStringLiteral("A-%1").arg(i, 8, 10, QChar('0'))}};
}

qint64 peakResidentKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

} // namespace

// The transport against hostile or broken servers: slow answers that would hold every
// connection, huge bodies, more rows than asked for, redirect loops.
class TestTransportLimits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<GraphQLResult>(); }

    // Six slow background requests (a pane out of sight, a poll) must not hold every
    // connection: the request for the visible pane goes out at once and comes back promptly.
    void visibleRequestIsNotQueuedBehindSlowBackgroundOnes()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHandler(
            [](const auto &) { return TinyHttpServer::response(200, kViewerAnswer); });
        server.setDelay([](const TinyHttpServer::Request &request) {
            return request.body.contains("Viewer") ? 0 : 4000;
        });
        Transport transport;
        TestAuthenticator auth;
        auth.token = kToken;
        transport.setEndpoint(server.url());
        transport.setAuthenticator(&auth);

        RequestOptions background;
        background.priority = RequestOptions::Priority::Background;
        std::vector<std::unique_ptr<GraphQLRequest>> slow;
        for (int i = 0; i < 8; ++i)
            slow.emplace_back(transport.send(Operation::load(QStringLiteral("Account")),
                                             accountVariables(i), background));
        QTRY_COMPARE(server.requests().size(), Transport::kMaxBackgroundOnWire);

        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<GraphQLRequest> visible(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}));
        const GraphQLResult result = waitForResult(visible.get());
        QVERIFY2(result.ok(), qPrintable(result.error.summary()));
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(transport.onWireCount() + transport.queuedCount() >= 8); // all still waiting
    }

    // Only requests on the wire count against their deadline: twelve requests to a server
    // that takes 400 ms each, with a 700 ms deadline, all succeed and each is sent once
    // (Qt would have queued six of them with the clock running, then timed them out and
    // sent them again).
    void timeSpentQueuedNeverTimesARequestOut()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHandler(
            [](const auto &) { return TinyHttpServer::response(200, kViewerAnswer); });
        server.setDelay([](const auto &) { return 400; });
        Transport transport;
        TestAuthenticator auth;
        auth.token = kToken;
        transport.setEndpoint(server.url());
        transport.setAuthenticator(&auth);
        RetryPolicy fast;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 20;
        transport.setRetryPolicy(fast);

        RequestOptions options;
        options.timeoutMs = 700;
        std::vector<std::unique_ptr<GraphQLRequest>> requests;
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (int i = 0; i < 12; ++i) {
            requests.emplace_back(transport.send(Operation::load(QStringLiteral("Account")),
                                                 accountVariables(i), options));
            spies.emplace_back(
                std::make_unique<QSignalSpy>(requests.back().get(), &GraphQLRequest::finished));
        }
        for (auto &spy : spies) {
            QTRY_COMPARE_WITH_TIMEOUT(spy->size(), 1, 15000);
            const auto result = spy->first().first().value<GraphQLResult>();
            QVERIFY2(result.ok(), qPrintable(result.error.summary()));
            QCOMPARE(result.attempts, 1);
        }
        QCOMPARE(server.requests().size(), 12);
        QSet<QByteArray> bodies;
        for (const auto &seen : server.requests())
            bodies.insert(seen.body);
        QCOMPARE(bodies.size(), 12); // none sent twice
    }

    // A declared Content-Length past the cap is refused before a byte of the body is kept.
    void declaredBodyPastTheCapIsRefused()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        const qint64 huge = 200LL * 1024 * 1024;
        server.setStreamedAnswer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                 "Content-Length: " +
                                     QByteArray::number(huge) + "\r\nConnection: close\r\n\r\n",
                                 huge);
        Transport transport;
        transport.setEndpoint(server.url());
        transport.setResponseCapBytes(4 * 1024 * 1024);
        RequestOptions options;
        options.authenticated = false;
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}, options));
        const GraphQLResult result = waitForResult(request.get());
        QCOMPARE(result.error.kind, ApiError::Kind::TooLarge);
        QCOMPARE(result.attempts, 1); // not retried: it would only come back as big
        QVERIFY(server.bytesStreamed() < huge / 4);
    }

    // 200 MB with no declared length: reading stops at the cap (per operation, here 4 MB)
    // with a clear error; memory stays bounded and the server is cut off.
    void streamedBodyPastTheCapIsAbortedWithBoundedMemory()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        const qint64 huge = 200LL * 1024 * 1024;
        server.setStreamedAnswer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                 "Connection: close\r\n\r\n",
                                 huge);
        Transport transport;
        transport.setEndpoint(server.url());
        RequestOptions options;
        options.authenticated = false;
        options.maxResponseBytes = 4 * 1024 * 1024;
        const qint64 peakBefore = peakResidentKilobytes();
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("AccountTransactions")), {}, options));
        const GraphQLResult result = waitForResult(request.get(), 60000);

        QCOMPARE(result.error.kind, ApiError::Kind::TooLarge);
        const QString message = ErrorCatalog().messageFor(result.error);
        QVERIFY2(message.contains(QLatin1String("more than 4 MB for AccountTransactions")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("nothing was shown")), qPrintable(message));
        // Cap + one read chunk in our buffer; the kernel's socket buffers hold a few MB more
        // on the server's side of the count, never the 200 MB.
        QVERIFY2(server.bytesStreamed() < 32LL * 1024 * 1024,
                 qPrintable(QString::number(server.bytesStreamed())));
        const qint64 grownKb = peakResidentKilobytes() - peakBefore;
        QVERIFY2(grownKb < 64 * 1024, qPrintable(QString::number(grownKb)));
    }

    // 5,000 rows for `first: 50`: the pager keeps the 50 it asked for.
    void neverKeepsMoreRowsThanThePageAskedFor()
    {
        QJsonArray edges;
        for (int i = 0; i < 5000; ++i)
            edges.append(QJsonObject{{QStringLiteral("cursor"), QString::number(i)},
                                     {QStringLiteral("node"), QJsonObject{{"id", i}}}});
        const QJsonObject connection{
            {QStringLiteral("edges"), edges},
            {QStringLiteral("totalCount"), 5000},
            {QStringLiteral("pageInfo"),
             QJsonObject{{"hasNextPage", true}, {"endCursor", QStringLiteral("4999")}}}};
        const QByteArray body =
            QJsonDocument(
                QJsonObject{
                    {"data", QJsonObject{{"account", QJsonObject{{"transactions", connection}}}}}})
                .toJson(QJsonDocument::Compact);
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHandler([body](const auto &) { return TinyHttpServer::response(200, body); });
        Transport transport;
        TestAuthenticator auth;
        auth.token = kToken;
        transport.setEndpoint(server.url());
        transport.setAuthenticator(&auth);
        RelayPager pager(&transport, Operation::load(QStringLiteral("AccountTransactions")),
                         accountVariables(1),
                         {QStringLiteral("account"), QStringLiteral("transactions")}, 50);
        QSignalSpy loaded(&pager, &RelayPager::pageLoaded);
        pager.fetchNext();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toJsonArray().size(), 50);
        QCOMPARE(pager.loadedCount(), 50);
        QVERIFY(server.requests().first().body.contains("\"first\":50"));
    }

    // A same-origin redirect loop is reported as one, after sending the token once: no
    // redirect is followed (see Transport for why).
    void redirectLoopIsReportedAsALoopWithoutResendingTheToken()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        const QByteArray self = server.url().toEncoded();
        server.setHandler([self](const auto &) {
            return TinyHttpServer::response(307, {}, {{"Location", self}}, "text/plain");
        });
        Transport transport;
        TestAuthenticator auth;
        auth.token = kToken;
        transport.setEndpoint(server.url());
        transport.setAuthenticator(&auth);
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}));
        const GraphQLResult result = waitForResult(request.get());

        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::HttpStatus);
        QCOMPARE(result.error.httpStatus, 307);
        const QString message = ErrorCatalog().messageFor(result.error);
        QVERIFY2(message.contains(QLatin1String("redirect loop")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("another")));
        QCOMPARE(server.requests().size(), 1); // the token went out once
        QTest::qWait(200);
        QCOMPARE(server.requests().size(), 1);
    }

    // A same-origin redirect elsewhere is not followed either; the agent is told where to.
    void sameOriginRedirectIsNotFollowed()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        const QByteArray moved = server.url(QStringLiteral("/v2/graphql/")).toEncoded();
        server.setHandler([moved](const TinyHttpServer::Request &request) {
            if (request.path.startsWith("/v2"))
                return TinyHttpServer::response(200, kViewerAnswer);
            return TinyHttpServer::response(308, {}, {{"Location", moved}}, "text/plain");
        });
        Transport transport;
        TestAuthenticator auth;
        auth.token = kToken;
        transport.setEndpoint(server.url());
        transport.setAuthenticator(&auth);
        std::unique_ptr<GraphQLRequest> request(
            transport.send(Operation::load(QStringLiteral("Viewer")), {}));
        const GraphQLResult result = waitForResult(request.get());
        QCOMPARE(result.error.kind, ApiError::Kind::HttpStatus);
        QVERIFY(ErrorCatalog().messageFor(result.error).contains(QLatin1String("/v2/graphql/")));
        QCOMPARE(server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTransportLimits)
#include "tst_transport_limits.moc"
