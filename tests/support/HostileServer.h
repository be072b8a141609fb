#pragma once
// A hostile local server for the hardening tests (issue 14): it answers each operation it is
// given with the body it is given (the sandbox's own answer with values replaced), anything
// else with 503, and its transport sends to it with a token.
#include "api/Transport.h"
#include "support/TestAuthenticator.h"
#include "support/TinyHttpServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace kac::test {

// The server and the authenticator are declared before the transport, so the transport (which
// points at both) goes first.
class HostileServer
{
    TinyHttpServer m_server;
    kac::test::TestAuthenticator m_auth;
    QHash<QString, QByteArray> m_answers;

public:
    kac::api::Transport transport;

    bool start(const QHash<QString, QByteArray> &answers)
    {
        m_answers = answers;
        if (!m_server.start())
            return false;
        m_server.setHandler([this](const TinyHttpServer::Request &request) {
            const QString operation = QJsonDocument::fromJson(request.body)
                                          .object()
                                          .value(QLatin1String("operationName"))
                                          .toString();
            const auto answer = m_answers.constFind(operation);
            return answer != m_answers.cend() ? TinyHttpServer::response(200, *answer)
                                              : TinyHttpServer::response(503, "{}");
        });
        m_auth.token = "token";
        transport.setEndpoint(m_server.url());
        transport.setAuthenticator(&m_auth);
        return true;
    }
};

// Sets `value` at the `path` inside `at` ("edges.0.node.occurredAt"); false when a
// step of the path is not there (the sandbox's answer changed shape).
inline bool setAt(QJsonValue &at, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty()) {
        at = value;
        return true;
    }
    const QString step = path.takeFirst();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = at.toArray();
        if (index >= array.size())
            return false;
        QJsonValue item = array.at(index);
        if (!setAt(item, path, value))
            return false;
        array.replace(index, item);
        at = array;
        return true;
    }
    QJsonObject object = at.toObject();
    if (!object.contains(step))
        return false;
    QJsonValue item = object.value(step);
    if (!setAt(item, path, value))
        return false;
    object.insert(step, item);
    at = object;
    return true;
}

} // namespace kac::test
