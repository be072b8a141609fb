// bench_decode: how long the transport takes to decode GraphQL responses of 100 KB, 1 MB and
// 20 MB, and the two big answers the console really gets (all 12,480 transactions of
// A-5C19D3E8; 35,040 half-hourly readings, two years of one meter), and the longest stall of the UI
// thread's event loop while it does (a 1 ms timer measures the gaps). The responses are realistic
// JSON (a Relay connection of transactions) served by a local HTTP server on its own thread, so
// serving costs the UI thread nothing.
//
//   bench_decode [--runs N]
#include "api/Transport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>

using namespace kac::api;

namespace {

// A Relay page of made-up transactions, padded out to about `bytes`.
QByteArray responseBody(qint64 bytes)
{
    QJsonArray edges;
    QByteArray text;
    const qint64 perEdge = 136; // bytes of one edge as compact JSON, measured
    const qint64 count = std::max<qint64>(1, bytes / perEdge);
    for (qint64 i = 0; i < count; ++i) {
        edges.append(
            QJsonObject{{QStringLiteral("node"),
                         QJsonObject{{QStringLiteral("__typename"), QStringLiteral("Charge")},
                                     {QStringLiteral("id"), QString::number(5000000 + i)},
                                     {QStringLiteral("postedDate"), QStringLiteral("2025-11-15")},
                                     {QStringLiteral("title"), QStringLiteral("Electricity usage")},
                                     {QStringLiteral("amount"), int(i % 100000)},
                                     {QStringLiteral("isReversed"), false}}}});
    }
    const QJsonObject root{
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("account"),
                      QJsonObject{{QStringLiteral("transactions"),
                                   QJsonObject{{QStringLiteral("totalCount"), int(count)},
                                               {QStringLiteral("edges"), edges}}}}}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// 35,040 half-hourly interval readings (two years of one meter) as one Relay connection.
QByteArray readingsBody(int count)
{
    QJsonArray edges;
    const QDateTime start(QDate(2024, 12, 1), QTime(0, 0), QTimeZone(10 * 3600));
    for (int i = 0; i < count; ++i) {
        edges.append(
            QJsonObject{{QStringLiteral("node"),
                         QJsonObject{{QStringLiteral("intervalStart"),
                                      start.addSecs(qint64(i) * 1800).toString(Qt::ISODate)},
                                     {QStringLiteral("intervalEnd"),
                                      start.addSecs(qint64(i + 1) * 1800).toString(Qt::ISODate)},
                                     {QStringLiteral("value"),
                                      QString::number(0.05 + (i % 97) * 0.011, 'f', 3)},
                                     {QStringLiteral("unit"), QStringLiteral("kWh")},
                                     {QStringLiteral("quality"), QStringLiteral("ACTUAL")}}}});
    }
    const QJsonObject root{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("meterReadings"),
                                              QJsonObject{{QStringLiteral("totalCount"), count},
                                                          {QStringLiteral("edges"), edges}}}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Answers every POST with the body named by the request's accountNumber variable ("100k",
// "1m", "20m"; this server answers nothing else, so the variable only names the size). Lives on
// its own thread.
class BodyServer : public QTcpServer
{
public:
    QHash<QByteArray, QByteArray> bodies;

    BodyServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const qsizetype lengthAt = buffer->toLower().indexOf("content-length:");
                    const qsizetype length =
                        buffer
                            ->mid(lengthAt + 15, buffer->indexOf("\r\n", lengthAt) - lengthAt - 15)
                            .trimmed()
                            .toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    const QByteArray key = QJsonDocument::fromJson(buffer->mid(end + 4, length))
                                               .object()
                                               .value(QLatin1String("variables"))
                                               .toObject()
                                               .value(QLatin1String("accountNumber"))
                                               .toString()
                                               .toUtf8();
                    buffer->clear();
                    const QByteArray body = bodies.value(key);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n");
                    socket->write(body);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

struct Measurement
{
    qint64 bytes = 0;
    qint64 decodeMs = 0; // parse + interpretation, wherever it ran
    qint64 totalMs = 0;  // send to finished
    qint64 worstGapMs = 0;
    bool offThread = false;
};

Measurement measure(Transport &transport, const QByteArray &key)
{
    Measurement m;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { m.worstGapMs = std::max(m.worstGapMs, sinceTick.restart()); });
    auto decodedConnection = QObject::connect(&transport, &Transport::responseDecoded,
                                              [&m](qint64 bytes, qint64 decodeMs, bool off) {
                                                  m.bytes = bytes;
                                                  m.decodeMs = decodeMs;
                                                  m.offThread = off;
                                              });
    RequestOptions options;
    options.authenticated = false;
    options.timeoutMs = 120000;
    QEventLoop loop;
    QElapsedTimer clock;
    ticker.start();
    sinceTick.start();
    clock.start();
    std::unique_ptr<GraphQLRequest> request(
        transport.send(Operation::load(QStringLiteral("AccountTransactions")),
                       {{QStringLiteral("accountNumber"), QString::fromUtf8(key)}}, options));
    QObject::connect(request.get(), &GraphQLRequest::finished, &loop, [&](const GraphQLResult &r) {
        m.totalMs = clock.elapsed();
        m.worstGapMs = std::max(m.worstGapMs, sinceTick.elapsed());
        if (!r.ok())
            qWarning("request failed: %s", qPrintable(r.error.summary()));
        loop.quit();
    });
    loop.exec();
    ticker.stop();
    QObject::disconnect(decodedConnection);
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 3;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at >= 0)
        runs = std::max(1, args.value(at + 1).toInt());

    QThread serverThread;
    auto *server = new BodyServer;
    const QList<QPair<QByteArray, qint64>> sizes{{"100k", 100 * 1024},
                                                 {"1m", 1024 * 1024},
                                                 {"20m", 20 * 1024 * 1024},
                                                 {"tx12480", 12480 * 136},
                                                 {"read35040", 0}};
    for (const auto &[key, bytes] : sizes)
        server->bodies.insert(key, key == "read35040" ? readingsBody(35040) : responseBody(bytes));
    server->moveToThread(&serverThread);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server,
        [server, &port] {
            server->listen(QHostAddress::LocalHost, 0);
            port = server->serverPort();
        },
        Qt::BlockingQueuedConnection);

    Transport transport;
    transport.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/graphql/").arg(port)));

    QTextStream out(stdout);
    out << "bench_decode: " << runs << " run(s) each, median shown; Qt " << qVersion() << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("body"), -10)
               .arg(QStringLiteral("bytes"), 10)
               .arg(QStringLiteral("decoded on"), 12)
               .arg(QStringLiteral("decode ms"), 10)
               .arg(QStringLiteral("total ms"), 9)
               .arg(QStringLiteral("worst UI stall ms"), 18);
    const qint64 defaultThreshold = transport.offThreadDecodeThreshold();
    for (const bool offThread : {true, false}) {
        transport.setOffThreadDecodeThreshold(offThread ? defaultThreshold
                                                        : std::numeric_limits<qint64>::max());
        for (const auto &[key, bytes] : sizes) {
            QList<Measurement> all;
            for (int i = 0; i < runs; ++i)
                all << measure(transport, key);
            auto median = [&all](auto field) {
                QList<qint64> values;
                for (const Measurement &m : all)
                    values << m.*field;
                std::sort(values.begin(), values.end());
                return values.at(values.size() / 2);
            };
            out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(QString::fromLatin1(key), -10)
                       .arg(all.first().bytes, 10)
                       .arg(all.first().offThread ? QStringLiteral("worker")
                                                  : QStringLiteral("UI thread"),
                            12)
                       .arg(median(&Measurement::decodeMs), 10)
                       .arg(median(&Measurement::totalMs), 9)
                       .arg(median(&Measurement::worstGapMs), 18);
            out.flush();
        }
        if (offThread)
            out << QStringLiteral(
                "-- same bodies with off-thread decoding disabled (for comparison) --\n");
    }
    QMetaObject::invokeMethod(
        server,
        [server] {
            server->close();
            delete server;
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
