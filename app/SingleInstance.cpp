#include "app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace kac::app {

namespace {

constexpr int kAnswerWithinMs = 2000; // a client that sends nothing is dropped after this

QByteArray line(const QString &text)
{
    return text.toUtf8() + '\n';
}

} // namespace

SingleInstance::SingleInstance(const QString &profileKey, QObject *parent)
    : QObject(parent)
    , m_name(serverName(profileKey))
    , m_server(new QLocalServer(this))
{
    // Only this user may connect (a socket file of mode 0700 / a pipe with the user's ACL).
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &profileKey)
{
    const QByteArray hash = QCryptographicHash::hash(
        (qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")) + u'\n' + profileKey)
            .toUtf8(),
        QCryptographicHash::Sha256);
    const QString name =
        QStringLiteral("kraken-agent-console-") + QString::fromLatin1(hash.toHex().left(16));
#ifdef Q_OS_WIN
    return name; // a named pipe; UserAccessOption limits it to this user
#else
    // The user's runtime folder (0700), so no other user can even see the socket.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)).filePath(name);
#endif
}

QString SingleInstance::standardProfileKey()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

SingleInstance::Forwarded SingleInstance::forward(const QString &profileKey, const QString &message,
                                                  int timeoutMs, QString *reply)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(profileKey));
    if (!socket.waitForConnected(timeoutMs))
        return Forwarded::NoneRunning; // no socket, or one a dead console left behind
    socket.write(line(message.left(kMaxMessageBytes)));
    if (!socket.waitForBytesWritten(timeoutMs))
        return Forwarded::NoAnswer;
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() <= kMaxMessageBytes) {
        if (!socket.waitForReadyRead(timeoutMs))
            return Forwarded::NoAnswer;
        answer += socket.readAll();
    }
    const QString text = QString::fromUtf8(answer.left(answer.indexOf('\n')));
    if (reply)
        *reply = text;
    return text == u"ok" ? Forwarded::Accepted : Forwarded::Refused;
}

bool SingleInstance::listen(QString *error)
{
    if (m_server->listen(m_name))
        return true;
    // A console that died (SIGKILL, a crash) leaves its socket file: forward() found nobody
    // answering on it, so it is taken over.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError &&
        QLocalServer::removeServer(m_name) && m_server->listen(m_name))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadable(socket); });
        // A client that connects and says nothing must not hold a socket open for ever.
        QTimer::singleShot(kAnswerWithinMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            onReadable(socket);
    }
}

void SingleInstance::onReadable(QLocalSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxMessageBytes) {
            socket->write(line(QStringLiteral("refused: too long")));
            socket->disconnectFromServer();
            socket->setProperty("answered", true);
        }
        return;
    }
    const QByteArray raw = socket->readLine(kMaxMessageBytes + 2).trimmed();
    const QString why = m_handler ? m_handler(QString::fromUtf8(raw)) : QString();
    socket->write(line(why.isEmpty() ? QStringLiteral("ok") : QStringLiteral("refused: ") + why));
    socket->setProperty("answered", true);
    socket->disconnectFromServer(); // after the answer is written
}

} // namespace kac::app
