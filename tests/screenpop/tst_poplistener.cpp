// The screen-pop listener on 127.0.0.1 (issue 18): any local program or web page can reach a
// loopback port, so only a request with the administrator's token, from this machine, small and
// well formed, not from a browser and not too often, becomes a pop. Real sockets throughout.
#include "app/PopListener.h"
#include "models/AppSettings.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using kac::app::PopListener;
using kac::models::AppSettings;
using kac::models::PopRequest;

namespace {

const QByteArray Token = "s3cret-shared-token-0123";

struct Answer
{
    int status = 0;
    QJsonObject body;
};

// Sends `request` as it is and reads the whole answer (the listener closes after one). The
// listener runs in this thread, so the client waits by running the event loop, never blocking.
Answer send(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 3000))
        return {};
    socket.write(request);
    QByteArray raw;
    (void)QTest::qWaitFor(
        [&] {
            raw += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000); // what came is read below
    raw += socket.readAll();
    Answer answer;
    const QList<QByteArray> statusLine = raw.left(raw.indexOf("\r\n")).split(' ');
    if (statusLine.size() >= 2)
        answer.status = statusLine.at(1).toInt();
    answer.body = QJsonDocument::fromJson(raw.mid(raw.indexOf("\r\n\r\n") + 4)).object();
    return answer;
}

QByteArray get(const QByteArray &target, const QByteArray &extraHeaders = {},
               const QByteArray &token = Token)
{
    QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    return request + extraHeaders + "\r\n";
}

} // namespace

class TestPopListener : public QObject
{
    Q_OBJECT
private:
    QList<PopRequest> m_pops;
    std::unique_ptr<PopListener> m_listener;

private slots:
    void init()
    {
        m_pops.clear();
        m_listener = std::make_unique<PopListener>(
            QString::fromLatin1(Token), [this](const PopRequest &pop) { m_pops << pop; });
        QString error;
        QVERIFY2(m_listener->listen(0, &error), qPrintable(error));
    }

    void aPopWithTheTokenIsAccepted()
    {
        const Answer answer = send(m_listener->port(), get("/pop?phone=0491570157&ringing=1"));
        QCOMPARE(answer.status, 202);
        QCOMPARE(answer.body.value(u"status").toString(), QStringLiteral("accepted"));
        QCOMPARE(m_pops.size(), 1);
        QCOMPARE(m_pops.first().phone, QStringLiteral("+61491570157"));
        QVERIFY(m_pops.first().ringing);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("no token") << get("/pop?phone=0491570157", {}, {}) << 401;
        QTest::newRow("wrong token")
            << get("/pop?phone=0491570157", {}, "guess-guess-guess") << 403;
        QTest::newRow("token of another scheme")
            << QByteArray("GET /pop?phone=0491570157 HTTP/1.1\r\nAuthorization: Basic " + Token +
                          "\r\n\r\n")
            << 401;
        QTest::newRow("a web page (Origin)")
            << get("/pop?phone=0491570157", "Origin: https://evil.example\r\n") << 403;
        QTest::newRow("POST") << QByteArray("POST /pop?phone=0491570157 HTTP/1.1\r\n"
                                            "Authorization: Bearer " +
                                            Token + "\r\n\r\n")
                              << 405;
        QTest::newRow("not HTTP") << QByteArray("hello there\r\n\r\n") << 400;
        QTest::newRow("malformed header")
            << QByteArray("GET /pop?phone=0491570157 HTTP/1.1\r\nno colon here\r\n\r\n") << 400;
        QTest::newRow("other resource") << get("/admin?phone=0491570157") << 400;
        QTest::newRow("a refused pop") << get("/pop?phone=0491570157&exec=sh") << 422;
        QTest::newRow("nothing to pop") << get("/pop") << 422;
        QTest::newRow("oversized head")
            << get("/pop?phone=0491570157", "X-Padding: " + QByteArray(5000, 'a') + "\r\n") << 413;
        QTest::newRow("endless head") << QByteArray(6000, 'a') << 413;
    }
    void refused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const Answer answer = send(m_listener->port(), request);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.body.value(u"status").toString(), QStringLiteral("refused"));
        QVERIFY(!answer.body.value(u"reason").toString().isEmpty());
        QVERIFY(!answer.body.value(u"reason").toString().contains(QLatin1String(Token)));
        QVERIFY(m_pops.isEmpty());
    }

    // A client that connects and says nothing is dropped, not kept open.
    void aSilentClientIsDropped()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_listener->port());
        QVERIFY(socket.waitForConnected(3000));
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                                PopListener::kReadWithinMs + 3000));
    }

    // A telephony retry storm or a hostile loop: past the limit, pops are refused (429).
    void tooManyPopsAreRefused()
    {
        for (int i = 0; i < PopListener::kMaxPopsPerWindow; ++i)
            QCOMPARE(send(m_listener->port(), get("/pop?phone=0491570157")).status, 202);
        QCOMPARE(send(m_listener->port(), get("/pop?phone=0491570157")).status, 429);
        QCOMPARE(m_pops.size(), PopListener::kMaxPopsPerWindow);
    }

    // Bound to 127.0.0.1 only: another address of this machine (what a peer on the network
    // would reach) finds nothing listening.
    void notReachableFromTheNetwork()
    {
        QHostAddress external;
        for (const QHostAddress &address : QNetworkInterface::allAddresses())
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
                external = address;
        if (external.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to try from");
        // The control: a server on every address is reachable there, or the check proves nothing.
        QTcpServer control;
        QVERIFY(control.listen(QHostAddress::Any, 0));
        QTcpSocket probe;
        probe.connectToHost(external, control.serverPort());
        if (!QTest::qWaitFor([&] { return probe.state() == QAbstractSocket::ConnectedState; },
                             2000))
            QSKIP("this machine cannot connect to its own non-loopback address (a sandboxed VM)");
        QTcpSocket socket;
        socket.connectToHost(external, m_listener->port());
        QTest::qWait(1500);
        QVERIFY(socket.state() != QAbstractSocket::ConnectedState);
    }

    void aShortTokenKeepsItOff()
    {
        PopListener listener(QStringLiteral("short"), [](const PopRequest &) {});
        QString error;
        QVERIFY(!listener.listen(0, &error));
        QVERIFY(error.contains(u"16"));
    }

    // Only an administrator turns it on: the agent's own settings cannot set the port or token.
    void onlyManagedSettingsConfigureIt()
    {
        QTemporaryDir dir;
        QSettings user(dir.filePath(QStringLiteral("user.ini")), QSettings::IniFormat);
        QSettings system(dir.filePath(QStringLiteral("system.ini")), QSettings::IniFormat);
        user.setValue(AppSettings::kPopListenerPort, 18080);
        user.setValue(AppSettings::kPopListenerToken, QString::fromLatin1(Token));
        AppSettings settings(&user, &system);
        QCOMPARE(settings.value(AppSettings::kPopListenerPort).toInt(), 0);
        QVERIFY(settings.value(AppSettings::kPopListenerToken).toString().isEmpty());
        QVERIFY(!settings.setValue(AppSettings::kPopListenerPort, 18081));
        system.setValue(AppSettings::kPopListenerPort, 18080);
        system.setValue(AppSettings::kPopListenerToken, QString::fromLatin1(Token));
        QCOMPARE(settings.value(AppSettings::kPopListenerPort).toInt(), 18080);
        QCOMPARE(settings.value(AppSettings::kPopListenerToken).toString(),
                 QString::fromLatin1(Token));
        system.setValue(AppSettings::kPopListenerPort, 80); // a privileged port: ignored
        QCOMPARE(settings.value(AppSettings::kPopListenerPort).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPopListener)
#include "tst_poplistener.moc"
