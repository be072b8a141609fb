#include "models/AppSettings.h"

#include "api/Endpoint.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace kac::models {

namespace {
constexpr int kDefaultIdleTimeoutMinutes = 30; // OWASP ASVS level 2 re-authentication
constexpr int kMaxIdleTimeoutMinutes = 24 * 60;
// One answer may not weigh more than this (api::Transport's cap); a 1 GB ceiling keeps a typo
// from disabling the protection.
constexpr int kDefaultMaxResponseMegabytes = 32;
constexpr int kMaxMaxResponseMegabytes = 1024;
#ifdef Q_OS_MACOS
// The suite domain QSettings derives from the organisation name "KrakenAgentConsole".
constexpr char kMacPreferencesDomain[] = "com.krakenagentconsole";
#endif

bool isListKey(const QString &key)
{
    return key == AppSettings::kAllowedEndpoints || key == AppSettings::kOpenTabs ||
           key == AppSettings::kRecentAccounts || key == AppSettings::kLockedList;
}

// INI files give a one-element list back as a plain string, and the Windows registry may hold a
// list as REG_MULTI_SZ or as one REG_SZ separated by commas or semicolons: accept them all.
QStringList toStringList(const QVariant &raw)
{
    QStringList parts;
    if (raw.typeId() == QMetaType::QStringList || raw.typeId() == QMetaType::QVariantList) {
        parts = raw.toStringList();
    } else {
        static const QRegularExpression separators(QStringLiteral("[,;]"));
        parts = raw.toString().split(separators);
    }
    QStringList result;
    for (const QString &part : std::as_const(parts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            result << trimmed;
    }
    return result;
}

// Converts a stored value to the key's type; an invalid QVariant when it cannot be, so the next
// source (user, system, built-in default) is consulted instead of a garbled value being used.
QVariant normalised(const QString &key, const QVariant &raw)
{
    if (!raw.isValid())
        return {};
    if (isListKey(key))
        return toStringList(raw);
    const QVariant fallback = AppSettings::defaultValue(key);
    switch (fallback.typeId()) {
    case QMetaType::Int: {
        bool ok = false;
        const int number = raw.toString().trimmed().toInt(&ok);
        const int ceiling = key == AppSettings::kMaxResponseMegabytes ? kMaxMaxResponseMegabytes
                                                                      : kMaxIdleTimeoutMinutes;
        if (!ok || number < 1 || number > ceiling)
            return {};
        return number;
    }
    case QMetaType::Bool:
        return raw.toBool();
    case QMetaType::QString:
        return raw.toString().trimmed();
    default:
        return raw;
    }
}

// Compares case-insensitively: the Windows registry ignores case in key names.
bool containsKey(const QStringList &keys, const QString &key)
{
    return keys.contains(key, Qt::CaseInsensitive);
}

QString describeKey(const QString &key)
{
    if (key == AppSettings::kEndpointUrl)
        return AppSettings::tr("endpoint");
    if (key == AppSettings::kAllowedEndpoints)
        return AppSettings::tr("allowed endpoints");
    if (key == AppSettings::kIdleTimeoutMinutes)
        return AppSettings::tr("idle sign-out time");
    if (key == AppSettings::kRestoreTabs)
        return AppSettings::tr("reopening tabs");
    if (key == AppSettings::kHttp2)
        return AppSettings::tr("HTTP/2");
    return key;
}

int defaultPortFor(const QString &scheme)
{
    return scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
}

bool allowedEntryMatches(const QUrl &entry, const QUrl &url)
{
    if (entry.scheme().compare(url.scheme(), Qt::CaseInsensitive) != 0)
        return false;
    if (entry.host().compare(url.host(), Qt::CaseInsensitive) != 0)
        return false;
    if (entry.port() != -1 && entry.port() != url.port(defaultPortFor(entry.scheme())))
        return false;
    const QString entryPath = entry.path().chopped(entry.path().endsWith(u'/') ? 1 : 0);
    if (entryPath.isEmpty())
        return true;
    const QString path = url.path().chopped(url.path().endsWith(u'/') ? 1 : 0);
    return path == entryPath;
}
} // namespace

AppSettings::AppSettings(QSettings *user, QSettings *system, QObject *parent)
    : QObject(parent)
    , m_user(user)
    , m_system(system)
{}

AppSettings::~AppSettings() = default;

std::unique_ptr<AppSettings> AppSettings::openStandardScopes(QObject *parent)
{
    const QString organisation = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    auto user = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                            organisation, application);
    // Without this the user scope would also answer with system values, and a preset would look
    // like the agent's own choice.
    user->setFallbacksEnabled(false);
    auto system = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::SystemScope,
                                              organisation, application);
#ifdef Q_OS_MACOS
    // A configuration profile pushed by MDM lands here; the system scope only sees
    // /Library/Preferences. Qt reads the plist directly and maps its "endpoint.url" keys back.
    const QString profile = QStringLiteral("/Library/Managed Preferences/%1.plist")
                                .arg(QLatin1String(kMacPreferencesDomain));
    if (QFileInfo::exists(profile))
        system = std::make_unique<QSettings>(profile, QSettings::NativeFormat);
#endif
    auto settings = std::make_unique<AppSettings>(user.get(), system.get(), parent);
    settings->m_ownedUser = std::move(user);
    settings->m_ownedSystem = std::move(system);
    return settings;
}

QVariant AppSettings::defaultValue(const QString &key)
{
    if (key == kEndpointUrl)
        return QString(); // the sign-in dialog offers api::endpointPresets()
    if (key == kIdleTimeoutMinutes)
        return kDefaultIdleTimeoutMinutes;
    if (key == kMaxResponseMegabytes)
        return kDefaultMaxResponseMegabytes;
    if (key == kRestoreTabs || key == kHttp2)
        return true;
    if (isListKey(key))
        return QStringList();
    return {};
}

QVariant AppSettings::systemValue(const QString &key) const
{
    if (m_system == nullptr || !m_system->contains(key))
        return {};
    return normalised(key, m_system->value(key));
}

QVariant AppSettings::userValue(const QString &key) const
{
    if (m_user == nullptr || !m_user->contains(key))
        return {};
    const QVariant value = normalised(key, m_user->value(key));
    return value.isValid() && isAcceptable(key, value) ? value : QVariant();
}

QVariant AppSettings::value(const QString &key) const
{
    if (key == kAllowedEndpoints) {
        const QVariant managed = systemValue(key);
        return managed.isValid() ? managed : defaultValue(key);
    }
    if (!isLocked(key)) {
        if (const QVariant mine = userValue(key); mine.isValid())
            return mine;
    }
    if (const QVariant preset = systemValue(key); preset.isValid())
        return preset;
    return defaultValue(key);
}

QStringList AppSettings::lockedKeys() const
{
    QStringList keys = systemValue(kLockedList).toStringList();
    if (systemValue(kAllowedEndpoints).isValid() && !containsKey(keys, kAllowedEndpoints))
        keys << kAllowedEndpoints;
    return keys;
}

bool AppSettings::isLocked(const QString &key) const
{
    return containsKey(lockedKeys(), key);
}

bool AppSettings::isAcceptable(const QString &key, const QVariant &value) const
{
    if (key == kEndpointUrl) {
        const QString text = value.toString();
        if (text.isEmpty())
            return true; // "not chosen yet"
        const QUrl url(text);
        return api::endpointProblem(url).isEmpty() && isEndpointAllowed(url);
    }
    return true;
}

bool AppSettings::setValue(const QString &key, const QVariant &value)
{
    if (m_user == nullptr || key == kAllowedEndpoints || key == kLockedList || isLocked(key))
        return false;
    const QVariant asText =
        value.typeId() == QMetaType::QUrl ? QVariant(value.toUrl().toString()) : value;
    const QVariant stored = normalised(key, asText);
    if (!stored.isValid() || !isAcceptable(key, stored))
        return false;
    const QVariant before = this->value(key);
    m_user->setValue(key, stored);
    const QVariant after = this->value(key);
    if (after != before)
        emit valueChanged(key, after);
    return true;
}

bool AppSettings::resetValue(const QString &key)
{
    if (m_user == nullptr || isLocked(key))
        return false;
    const QVariant before = value(key);
    m_user->remove(key);
    const QVariant after = value(key);
    if (after != before)
        emit valueChanged(key, after);
    return true;
}

QStringList AppSettings::allowedEndpoints() const
{
    return value(kAllowedEndpoints).toStringList();
}

bool AppSettings::isEndpointAllowed(const QUrl &url) const
{
    const QStringList allowed = allowedEndpoints();
    if (allowed.isEmpty())
        return true;
    for (const QString &entry : allowed) {
        if (allowedEntryMatches(QUrl(entry), url))
            return true;
    }
    return false;
}

QString AppSettings::managedNote() const
{
    const QStringList keys = lockedKeys();
    if (keys.isEmpty())
        return {};
    QStringList names;
    for (const QString &key : keys)
        names << describeKey(key);
    return tr("Your organisation manages these settings, so they cannot be changed here: %1.")
        .arg(names.join(QStringLiteral(", ")));
}

QString AppSettings::managedSource() const
{
    return m_system != nullptr ? m_system->fileName() : QString();
}

} // namespace kac::models
