#include "support/TinyHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace kac::test {

TinyHttpServer::TinyHttpServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &TinyHttpServer::onNewConnection);
}

bool TinyHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl TinyHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
}

QByteArray TinyHttpServer::response(int status, const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &headers,
                                    const QByteArray &contentType)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    text += "Content-Type: " + contentType + "\r\n";
    text += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    text += "Connection: close\r\n";
    for (const auto &header : headers)
        text += header.first + ": " + header.second + "\r\n";
    return text + "\r\n" + body;
}

void TinyHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void TinyHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    m_requests << request;
    const QByteArray reply = m_handler ? m_handler(request) : QByteArray();
    const int delay = m_delayMs ? m_delayMs(request) : 0;
    emit requestReceived();
    if (m_hangUp) {
        socket->disconnectFromHost();
        return;
    }
    if (m_streamBytes > 0) {
        socket->write(m_streamHead);
        m_streamLeft.insert(socket, m_streamBytes);
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { stream(socket); });
        stream(socket);
        return;
    }
    if (reply.isEmpty())
        return;
    if (delay <= 0) {
        answer(socket, reply);
        return;
    }
    QTimer::singleShot(delay, socket, [this, socket, reply] { answer(socket, reply); });
}

void TinyHttpServer::answer(QTcpSocket *socket, const QByteArray &reply)
{
    socket->write(reply);
    socket->disconnectFromHost();
}

void TinyHttpServer::stream(QTcpSocket *socket)
{
    // Keeps a little in the socket's buffer only, so bytesStreamed() says what the client
    // really let through (plus the kernel's buffers), not what we queued.
    static const QByteArray chunk(64 * 1024, ' ');
    qint64 &left = m_streamLeft[socket];
    while (left > 0 && socket->bytesToWrite() < chunk.size() &&
           socket->state() == QAbstractSocket::ConnectedState) {
        const QByteArray piece = chunk.left(qMin<qint64>(left, chunk.size()));
        socket->write(piece);
        left -= piece.size();
        m_bytesStreamed += piece.size();
    }
    if (left <= 0 && socket->bytesToWrite() == 0)
        socket->disconnectFromHost();
}

} // namespace kac::test
