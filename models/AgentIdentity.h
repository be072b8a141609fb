#pragma once

#include "api/LatestRequest.h" // also declares api::Transport

#include <QObject>
#include <QString>

namespace kac::models {

// Who the signed-in agent is, for the status bar: the viewer's name and email (an API-key
// session's token only names a subject such as "kraken|account-user:2001"). One request per
// sign-in; while it is out, or if it fails, displayName() is empty and the caller keeps what
// the session knows.
class AgentIdentity : public QObject
{
    Q_OBJECT
public:
    explicit AgentIdentity(api::Transport *transport, QObject *parent = nullptr);

    void load();  // asks Kraken for the viewer
    void clear(); // signed out: forget the agent (and drop a request in flight)
    QString displayName() const { return m_displayName; } // "Given Family (email)"

signals:
    void changed();

private:
    void setDisplayName(const QString &name);

    api::LatestRequest *m_request;
    QString m_displayName;
};

} // namespace kac::models
