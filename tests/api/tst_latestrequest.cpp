#include "api/LatestRequest.h"
#include "api/Operation.h"
#include "api/Transport.h"
#include "support/TinyHttpServer.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace kac::api;
using kac::test::TinyHttpServer;

namespace {

// The account number a request asked for, and an answer naming it back.
QByteArray answerFor(const TinyHttpServer::Request &request)
{
    for (const char *number : {"A-11111111", "A-22222222", "A-33333333"}) {
        if (request.body.contains(number))
            return TinyHttpServer::response(
                200, QByteArray("{\"data\":{\"account\":{\"number\":\"") + number + "\"}}}");
    }
    return TinyHttpServer::response(200, "{\"data\":{}}");
}

QJsonObject account(const char *number)
{
    return {{QStringLiteral("accountNumber"), QString::fromLatin1(number)}};
}

// Collects what one handler was given; the test reads it after waiting for `done`.
struct Answers
{
    QStringList numbers;
    QList<ApiError::Kind> errors;
    LatestRequest::Handler handler()
    {
        return [this](const GraphQLResult &result) {
            numbers << result.data[QLatin1String("account")][QLatin1String("number")].toString();
            errors << result.error.kind;
        };
    }
};

} // namespace

// The one "latest request only" helper every loader and service holds: a newer send(),
// cancel(), or the holder's owner going away drops the request in flight, so its handler
// never runs and its reply can never overwrite a newer answer.
class TestLatestRequest : public QObject
{
    Q_OBJECT

private:
    TinyHttpServer m_server;
    Transport *m_transport = nullptr;
    RequestOptions m_options;

    const Operation m_account = Operation::load(QStringLiteral("Account"));

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_options.authenticated = false;
    }

    void init()
    {
        m_server.setHandler(answerFor);
        m_server.setDelay({});
        m_transport = new Transport(this);
        m_transport->setEndpoint(m_server.url());
    }

    void cleanup()
    {
        delete m_transport;
        m_transport = nullptr;
    }

    void sendingAgainCancelsTheOlderRequest()
    {
        // The first request is never answered; replacing it must abort it on the wire.
        m_server.setHandler([](const TinyHttpServer::Request &request) {
            return request.body.contains("A-11111111") ? QByteArray() : answerFor(request);
        });
        LatestRequest latest(m_transport);
        Answers stale;
        Answers fresh;
        QSignalSpy received(&m_server, &TinyHttpServer::requestReceived);
        latest.send(m_account, account("A-11111111"), stale.handler(), m_options);
        QVERIFY(received.wait(5000));
        QCOMPARE(m_transport->onWireCount(), 1);
        latest.send(m_account, account("A-22222222"), fresh.handler(), m_options);
        QTRY_COMPARE_WITH_TIMEOUT(fresh.numbers.size(), 1, 5000);
        QCOMPARE(fresh.numbers, QStringList{QStringLiteral("A-22222222")});
        QVERIFY(stale.numbers.isEmpty());
        QCOMPARE(m_transport->onWireCount(), 0); // the hanging one was aborted, not left open
        QVERIFY(!latest.isBusy());
    }

    void aStaleReplyIsNeverHandled()
    {
        // The older answer comes back later than the newer one; it must not be handled.
        m_server.setDelay([](const TinyHttpServer::Request &request) {
            if (request.body.contains("A-11111111"))
                return 200;
            return request.body.contains("A-33333333") ? 600 : 0;
        });
        LatestRequest latest(m_transport);
        Answers answers;
        latest.send(m_account, account("A-11111111"), answers.handler(), m_options);
        latest.send(m_account, account("A-22222222"), answers.handler(), m_options);
        // A slower probe on its own holder: once it is answered, the stale slot has passed.
        LatestRequest probe(m_transport);
        Answers probed;
        probe.send(m_account, account("A-33333333"), probed.handler(), m_options);
        QTRY_COMPARE_WITH_TIMEOUT(probed.numbers.size(), 1, 5000);
        QCOMPARE(answers.numbers, QStringList{QStringLiteral("A-22222222")});
    }

    void replacingWithTheSameQueryJoinsIt()
    {
        // Asking again for what is already on its way shares the request in flight instead
        // of aborting it and asking the server twice.
        m_server.setDelay([](const TinyHttpServer::Request &) { return 100; });
        LatestRequest latest(m_transport);
        Answers first;
        Answers second;
        const qsizetype before = m_server.requests().size();
        QSignalSpy received(&m_server, &TinyHttpServer::requestReceived);
        latest.send(m_account, account("A-11111111"), first.handler(), m_options);
        QVERIFY(received.wait(5000));
        latest.send(m_account, account("A-11111111"), second.handler(), m_options);
        QTRY_COMPARE_WITH_TIMEOUT(second.numbers.size(), 1, 5000);
        QCOMPARE(second.numbers, QStringList{QStringLiteral("A-11111111")});
        QVERIFY(first.numbers.isEmpty());
        QCOMPARE(m_server.requests().size() - before, 1);
    }

    void destroyingTheOwnerMidFlightAbortsQuietly()
    {
        m_server.setHandler([](const TinyHttpServer::Request &) { return QByteArray(); });
        auto *owner = new QObject;
        QPointer<LatestRequest> latest = new LatestRequest(m_transport, owner);
        bool handled = false;
        QSignalSpy received(&m_server, &TinyHttpServer::requestReceived);
        latest->send(
            m_account, account("A-11111111"), [&handled](const GraphQLResult &) { handled = true; },
            m_options);
        QVERIFY(received.wait(5000));
        QCOMPARE(m_transport->onWireCount(), 1);
        delete owner;
        QVERIFY(latest.isNull());
        QTRY_COMPARE_WITH_TIMEOUT(m_transport->onWireCount(), 0, 5000);
        QVERIFY(!handled);
    }

    void cancelDropsTheRequestInFlight()
    {
        m_server.setHandler([](const TinyHttpServer::Request &) { return QByteArray(); });
        LatestRequest latest(m_transport);
        Answers answers;
        QSignalSpy received(&m_server, &TinyHttpServer::requestReceived);
        latest.send(m_account, account("A-11111111"), answers.handler(), m_options);
        QVERIFY(latest.isBusy());
        QVERIFY(received.wait(5000));
        latest.cancel();
        QVERIFY(!latest.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(m_transport->onWireCount(), 0, 5000);
        // Cancelling again, or with nothing in flight, is harmless; a new send works after it.
        latest.cancel();
        m_server.setHandler(answerFor);
        latest.send(m_account, account("A-22222222"), answers.handler(), m_options);
        QTRY_COMPARE_WITH_TIMEOUT(answers.numbers.size(), 1, 5000);
        QCOMPARE(answers.numbers, QStringList{QStringLiteral("A-22222222")});
    }

    void aHandlerMaySendAgain()
    {
        // A pager asks for its next page from inside the previous page's handler.
        LatestRequest latest(m_transport);
        Answers answers;
        latest.send(
            m_account, account("A-11111111"),
            [&](const GraphQLResult &result) {
                answers.handler()(result);
                latest.send(m_account, account("A-22222222"), answers.handler(), m_options);
            },
            m_options);
        QTRY_COMPARE_WITH_TIMEOUT(answers.numbers.size(), 2, 5000);
        QCOMPARE(answers.numbers,
                 (QStringList{QStringLiteral("A-11111111"), QStringLiteral("A-22222222")}));
        QVERIFY(!latest.isBusy());
    }

    void withoutATransportTheHandlerHearsCancelled()
    {
        LatestRequest latest(nullptr);
        Answers answers;
        latest.send(m_account, account("A-11111111"), answers.handler(), m_options);
        QCOMPARE(answers.errors, QList<ApiError::Kind>{ApiError::Kind::Cancelled});
        QVERIFY(!latest.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestLatestRequest)
#include "tst_latestrequest.moc"
