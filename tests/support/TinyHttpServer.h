#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

namespace kac::test {

// A minimal HTTP/1.1 server on 127.0.0.1 for transport tests that need answers the sandbox
// cannot give (redirects, exact bytes, replies that never come). Answers come from a handler;
// an empty answer leaves the request hanging until the client gives up.
class TinyHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
    };
    using Handler = std::function<QByteArray(const Request &)>;

    explicit TinyHttpServer(QObject *parent = nullptr);
    bool start();
    QUrl url(const QString &path = QStringLiteral("/v1/graphql/")) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    // Slow servers: each answer is written this many ms after its request arrived.
    void setDelay(std::function<int(const Request &)> delayMs) { m_delayMs = std::move(delayMs); }
    // Huge bodies: after `head` (status line and headers), `bodyBytes` of JSON whitespace are
    // streamed as fast as the client reads them, instead of the handler's answer.
    void setStreamedAnswer(const QByteArray &head, qint64 bodyBytes)
    {
        m_streamHead = head;
        m_streamBytes = bodyBytes;
    }
    qint64 bytesStreamed() const { return m_bytesStreamed; }
    // A peer that reads each request whole and closes the connection without a byte of answer
    // (what a server restart or a load balancer's idle cut looks like to the client).
    void setHangUpAfterRequest(bool hangUp) { m_hangUp = hangUp; }

    // A complete HTTP/1.1 response with Content-Length and Connection: close.
    static QByteArray response(int status, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {},
                               const QByteArray &contentType = "application/json");

signals:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void stream(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &answer);

    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::function<int(const Request &)> m_delayMs;
    QByteArray m_streamHead;
    qint64 m_streamBytes = 0;
    qint64 m_bytesStreamed = 0;
    bool m_hangUp = false;
    QHash<QTcpSocket *, qint64> m_streamLeft;
};

} // namespace kac::test
