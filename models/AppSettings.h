#pragma once

#include <QLatin1String>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariant>
#include <memory>

class QSettings;

namespace kac::models {

// The console's settings (never secrets: those live in the keychain).
//
// Two scopes are read. The user scope holds what the agent chose. The system scope is written by
// an administrator (Linux: /etc/xdg/KrakenAgentConsole/Kraken Agent Console.conf, Windows:
// HKEY_LOCAL_MACHINE\SOFTWARE\KrakenAgentConsole\Kraken Agent Console, macOS: the
// com.krakenagentconsole domain from a configuration profile or /Library/Preferences; see
// packaging/README.md).
//
// A key the system scope names in its `locked` list is managed: its value comes from the system
// scope (or the built-in default when the administrator locked it without a value), the user's
// value is ignored and setValue() refuses it. An unlocked system value is only a default that the
// agent may override. `endpoint/allowed` is honoured from the system scope only, so an agent can
// never widen it; while it is set, an endpoint outside it is neither returned nor accepted.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr QLatin1String kEndpointUrl{"endpoint/url"};
    static constexpr QLatin1String kAllowedEndpoints{"endpoint/allowed"};
    static constexpr QLatin1String kIdleTimeoutMinutes{"session/idleTimeoutMinutes"};
    static constexpr QLatin1String kRestoreTabs{"ui/restoreTabs"};
    static constexpr QLatin1String kOpenTabs{"ui/openTabs"};
    static constexpr QLatin1String kRecentAccounts{"ui/recentAccounts"};
    static constexpr QLatin1String kHttp2{"network/http2"};
    // The most one answer from Kraken may weigh, in MB (1..1024, default 32).
    static constexpr QLatin1String kMaxResponseMegabytes{"network/maxResponseMB"};
    // The system-scope key listing the locked keys, e.g. `locked=endpoint/url, network/http2`.
    static constexpr QLatin1String kLockedList{"locked"};

    // Neither QSettings is owned; either may be null (that scope is then empty). Tests pass
    // QSettings on temporary INI files.
    AppSettings(QSettings *user, QSettings *system, QObject *parent = nullptr);
    ~AppSettings() override;

    // The settings of the signed-in OS user plus the machine's managed configuration, using the
    // application and organisation names set on QCoreApplication.
    static std::unique_ptr<AppSettings> openStandardScopes(QObject *parent = nullptr);

    // The effective value, converted to the key's type (QString, int, bool or QStringList).
    QVariant value(const QString &key) const;
    // True when an administrator locked the key (the user cannot change it).
    bool isLocked(const QString &key) const;
    QStringList lockedKeys() const;
    // Stores the agent's choice. Returns false, changing nothing, when the key is locked, is
    // administrator-only, or the value is unacceptable (an endpoint outside the allowed list, an
    // idle time that is not a positive number of minutes).
    bool setValue(const QString &key, const QVariant &value);
    // Forgets the agent's choice, returning the key to the managed or built-in default.
    bool resetValue(const QString &key);

    // The administrator's allowed endpoints; empty means any endpoint Endpoint accepts.
    QStringList allowedEndpoints() const;
    // An allowed entry without a port matches any port on its host, and one without a path any
    // path, so `http://127.0.0.1` allows the local sandbox whatever port it picked.
    bool isEndpointAllowed(const QUrl &url) const;

    // One sentence for the settings dialog when something is managed, else empty.
    QString managedNote() const;
    // Where managed settings come from (a file path or registry key), for support staff.
    QString managedSource() const;

    // The built-in default of a known key (invalid QVariant for unknown keys).
    static QVariant defaultValue(const QString &key);

signals:
    void valueChanged(const QString &key, const QVariant &value);

private:
    QVariant systemValue(const QString &key) const;
    QVariant userValue(const QString &key) const;
    bool isAcceptable(const QString &key, const QVariant &value) const;

    QSettings *m_user;
    QSettings *m_system;
    std::unique_ptr<QSettings> m_ownedUser;
    std::unique_ptr<QSettings> m_ownedSystem;
};

} // namespace kac::models
