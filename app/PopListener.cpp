#include "app/PopListener.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace kac::app {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    default:
        return "Error";
    }
}

void respond(QTcpSocket *socket, int status, const QString &reason)
{
    QJsonObject body{{QStringLiteral("status"),
                      status == 202 ? QStringLiteral("accepted") : QStringLiteral("refused")}};
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    socket->write(
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) +
        "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + json);
    socket->disconnectFromHost();
}

// Compares without returning early, so the time taken says nothing about the token.
bool sameSecret(const QByteArray &given, const QByteArray &expected)
{
    const QByteArray a = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (int i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

PopListener::PopListener(QString token, Handler handler, QObject *parent)
    : QObject(parent)
    , m_token(std::move(token))
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &PopListener::onConnection);
}

PopListener::~PopListener() = default;

bool PopListener::listen(quint16 port, QString *error)
{
    if (m_token.size() < 16) {
        if (error)
            *error = tr("the shared token is shorter than 16 characters");
        return false;
    }
    if (m_server->listen(QHostAddress::LocalHost, port))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

quint16 PopListener::port() const
{
    return m_server->serverPort();
}

void PopListener::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Bound to 127.0.0.1, so only loopback peers can connect; checked again all the same.
        if (!socket->peerAddress().isLoopback()) {
            socket->abort();
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        QTimer::singleShot(kReadWithinMs, socket, [socket] { socket->abort(); });
    }
}

void PopListener::onReadable(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll(); // a body or pipelined requests: ignored, the connection closes
        return;
    }
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 && head.size() <= kMaxRequestBytes) {
        socket->setProperty("head", head);
        return;
    }
    socket->setProperty("answered", true);
    if (end < 0 || end > kMaxRequestBytes) {
        respond(socket, 413, tr("the request is larger than %1 bytes").arg(kMaxRequestBytes));
        return;
    }
    const auto [status, reason] = answer(head.left(end));
    respond(socket, status, reason);
}

std::pair<int, QString> PopListener::answer(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return {400, tr("not an HTTP/1.1 request")};
    if (requestLine.at(0) != "GET")
        return {405, tr("only GET /pop?... is accepted")};
    QByteArray authorization;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return {400, tr("a malformed header")};
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "origin")
            return {403, tr("requests from web pages are refused")};
        if (name == "authorization")
            authorization = value;
    }
    if (!authorization.startsWith("Bearer "))
        return {401, tr("the shared token is missing (Authorization: Bearer ...)")};
    if (!sameSecret(authorization.mid(7).trimmed(), m_token.toUtf8()))
        return {403, tr("the shared token is wrong")};
    const QUrl target(QString::fromUtf8(requestLine.at(1)), QUrl::StrictMode);
    if (!target.isValid() || target.path() != u"/pop" || target.hasFragment())
        return {400, tr("the only resource is /pop")};
    const models::PopParse parsed = models::ScreenPop::parseQuery(QUrlQuery(target));
    if (!parsed.request)
        return {422, parsed.error};
    if (!underRateLimit())
        return {
            429,
            tr("more than %1 pops in %2 seconds").arg(kMaxPopsPerWindow).arg(kRateWindowMs / 1000)};
    m_handler(*parsed.request);
    return {202, {}};
}

bool PopListener::underRateLimit()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!m_recentPops.isEmpty() && now - m_recentPops.first() > kRateWindowMs)
        m_recentPops.removeFirst();
    if (m_recentPops.size() >= kMaxPopsPerWindow)
        return false;
    m_recentPops.append(now);
    return true;
}

} // namespace kac::app
