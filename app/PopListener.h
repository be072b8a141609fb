#pragma once

#include "models/screenpop/PopRequest.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace kac::app {

// The third way a screen pop comes in (issue 18): an HTTP listener on 127.0.0.1 for telephony
// systems that call a URL on the agent's machine (Microsoft's Unified Service Desk does). Off
// unless an administrator sets a port and a shared token (AppSettings screenPop/*). Every
// local program and every web page can reach a loopback port, so it is strict:
//   GET /pop?phone=...&call=...   (the URL scheme's fields)   Authorization: Bearer <token>
// Anything else is refused with a small JSON status: no token (401), a wrong token or a browser's
// request (an Origin header: a web page, which never knows the token; 403), a request over 4 KB
// (413), malformed (400), a refused pop (422, with the parser's reason), more than
// kMaxPopsPerWindow pops in kRateWindowMs (429). An accepted pop answers 202.
class PopListener : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRequestBytes = 4096;
    static constexpr int kMaxPopsPerWindow = 10;
    static constexpr int kRateWindowMs = 10000;
    static constexpr int kReadWithinMs = 2000;

    using Handler = std::function<void(const models::PopRequest &pop)>;

    PopListener(QString token, Handler handler, QObject *parent = nullptr);
    ~PopListener() override;

    // Listens on 127.0.0.1:port only (0: any free port, for tests). False, with `error`, if not.
    bool listen(quint16 port, QString *error = nullptr);
    quint16 port() const;

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    // The status and JSON body for one complete request head.
    std::pair<int, QString> answer(const QByteArray &head);
    bool underRateLimit();

    QString m_token;
    Handler m_handler;
    QTcpServer *m_server;
    QList<qint64> m_recentPops; // when each accepted pop came (ms since epoch)
};

} // namespace kac::app
