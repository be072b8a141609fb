#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QLocalServer;
class QLocalSocket;

namespace kac::app {

// One running console per user and profile. The first console listens on a local socket that
// only its user can reach (in XDG_RUNTIME_DIR on Linux, a user-only named pipe on Windows); a
// console started while it runs hands over what it was started with (a screen pop's URL, or
// nothing: "come to the front") and exits. The socket speaks one line each way: the request,
// then "ok" or "refused: <why>".
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxMessageBytes = 2048;
    static constexpr char kActivate[] = "activate";

    // `profileKey` tells profiles apart (the settings folder): consoles on different profiles
    // never forward to each other.
    explicit SingleInstance(const QString &profileKey, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Where the socket is for a profile.
    static QString serverName(const QString &profileKey);
    // The profile the console's settings live in (its application config folder).
    static QString standardProfileKey();

    enum class Forwarded
    {
        NoneRunning, // nobody listens: this process is the console
        Accepted,    // the running console took it
        Refused,     // the running console answered, but refused it (`reply` says why)
        NoAnswer,    // something listens but did not answer in time
    };
    // Blocking, before any window exists: hands `message` to the running console.
    static Forwarded forward(const QString &profileKey, const QString &message, int timeoutMs,
                             QString *reply = nullptr);

    // Starts listening (taking over a socket left by a console that died). False when it
    // cannot: `error` says why, and this console runs on without forwarding.
    bool listen(QString *error = nullptr);

    // What the running console answers with; by default every message is accepted.
    using Handler = std::function<QString(const QString &message)>; // empty: ok; else why not
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void onConnection();
    void onReadable(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server;
    Handler m_handler;
};

} // namespace kac::app
