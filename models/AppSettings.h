#pragma once

#include <QLatin1String>
#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QUrl>
#include <QVariant>
#include <memory>

class QLockFile;

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
//
// Stored values are checked before they are used, so a damaged or hostile settings file cannot
// freeze the console: open tabs and recent accounts keep only well-formed account numbers, at
// most kMaxOpenTabs / kMaxRecentAccounts of them; a text longer than kMaxTextLength is ignored;
// a user file over kMaxFileBytes is not read at all (it is set aside, not deleted).
// restoreNote() says in the agent's words what was left out.
//
// One console at a time owns a profile (a lock file beside the user settings). A second
// console on the same profile is session-only: it reads the settings but keeps its changes in
// memory, so it never overwrites the first one's tabs or endpoint.
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
    // The screen-pop listener on 127.0.0.1 (issue 18), administrator-only (read from the system
    // scope alone, never the agent's): its port (1024..65535; unset: no listener) and the shared
    // token a telephony system must send (at least 16 characters, else no listener).
    static constexpr QLatin1String kPopListenerPort{"screenPop/listenerPort"};
    static constexpr QLatin1String kPopListenerToken{"screenPop/listenerToken"};
    static constexpr int kMinPopTokenLength = 16;
    // The system-scope key listing the locked keys, e.g. `locked=endpoint/url, network/http2`.
    static constexpr QLatin1String kLockedList{"locked"};

    static constexpr int kMaxOpenTabs = 20;
    static constexpr int kMaxRecentAccounts = 10;
    static constexpr int kMaxListEntries = 100; // allowed endpoints, locked keys
    static constexpr int kMaxTextLength = 2048; // any one text value (an endpoint URL is ~60)
    // A real settings file is ~1 KB. Up to this size a file is read and its values checked one by
    // one (a 5 MB entry is dropped, the rest kept); beyond it, reading alone stalls the start.
    static constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

    // Neither QSettings is owned; either may be null (that scope is then empty). Tests pass
    // QSettings on temporary INI files.
    AppSettings(QSettings *user, QSettings *system, QObject *parent = nullptr);
    ~AppSettings() override;

    // The settings of the signed-in OS user plus the machine's managed configuration, using the
    // application and organisation names set on QCoreApplication.
    static std::unique_ptr<AppSettings> openStandardScopes(QObject *parent = nullptr);
    // The same for a given user file (tests, and the platforms where settings are a file):
    // claims the profile, guards the file's size, reads it, and drops what is not valid from it
    // (when this console owns the profile). `system` may be null.
    static std::unique_ptr<AppSettings> openProfile(const QString &userFile,
                                                    QSettings::Format format,
                                                    std::unique_ptr<QSettings> system,
                                                    QObject *parent = nullptr);

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

    // What was not restored from the stored settings (and why), in one notice for the agent;
    // empty when everything was usable.
    QString restoreNote() const { return m_restoreNote; }
    // True when another console owns this profile: changes last only for this session.
    bool isSessionOnly() const { return m_sessionOnly; }
    // Writes pending changes to disk now (the session manager's log-out request).
    void sync();

signals:
    void valueChanged(const QString &key, const QVariant &value);

private:
    QVariant systemValue(const QString &key) const;
    QVariant userValue(const QString &key) const;
    bool isAcceptable(const QString &key, const QVariant &value) const;
    // Keys only an administrator sets: the user scope is never read for them.
    static bool isAdministratorOnly(const QString &key);
    void claimProfile(const QString &lockPath);
    // Drops what is not valid from the user scope (rewriting it when this console owns the
    // profile) and adds what was dropped to the restore note.
    void repairStoredValues();
    void addRestoreNote(const QString &sentence);

    QSettings *m_user;
    QSettings *m_system;
    std::unique_ptr<QSettings> m_ownedUser;
    std::unique_ptr<QSettings> m_ownedSystem;
    std::unique_ptr<QLockFile> m_profileLock;
    bool m_sessionOnly = false;
    QVariantMap m_sessionValues; // session-only changes; an invalid QVariant means "reset"
    QString m_restoreNote;
};

} // namespace kac::models
