#include "models/AgentIdentity.h"

#include "api/LatestRequest.h"
#include "api/Operation.h"

#include <QJsonObject>

namespace kac::models {

AgentIdentity::AgentIdentity(api::Transport *transport, QObject *parent)
    : QObject(parent)
    , m_request(new api::LatestRequest(transport, this))
{}

void AgentIdentity::load()
{
    m_request->send(
        api::Operation::load(QStringLiteral("Viewer")), {},
        [this](const api::GraphQLResult &result) {
            const QJsonObject viewer = result.data.value(QLatin1String("viewer")).toObject();
            const QString name = QStringLiteral("%1 %2")
                                     .arg(viewer.value(QLatin1String("givenName")).toString(),
                                          viewer.value(QLatin1String("familyName")).toString())
                                     .trimmed();
            const QString email = viewer.value(QLatin1String("email")).toString();
            if (name.isEmpty())
                setDisplayName(email); // empty too when the query failed: the session's name stays
            else
                setDisplayName(email.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, email));
        });
}

void AgentIdentity::clear()
{
    m_request->cancel();
    setDisplayName({});
}

void AgentIdentity::setDisplayName(const QString &name)
{
    if (name == m_displayName)
        return;
    m_displayName = name;
    emit changed();
}

} // namespace kac::models
