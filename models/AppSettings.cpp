#include "models/AppSettings.h"

#include "api/Endpoint.h"
#include "models/accounts/SearchTermClassifier.h"

#include <QLocale>
#include <QLockFile>
#include <QRegularExpression>

namespace kac::models {

namespace {
constexpr int kDefaultIdleTimeoutMinutes = 30; // OWASP ASVS level 2 re-authentication
constexpr int kMaxIdleTimeoutMinutes = 24 * 60;
// Longer than any account number however typed ("a-2b7e41c9 "), short enough to check fast.
constexpr int kMaxAccountNumberLength = 16;
// One answer may not weigh more than this (api::Transport's cap); a 1 GB ceiling keeps a typo
// from disabling the protection.
constexpr int kDefaultMaxResponseMegabytes = 32;
constexpr int kMaxMaxResponseMegabytes = 1024;

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

bool isAccountListKey(const QString &key)
{
    return key == AppSettings::kOpenTabs || key == AppSettings::kRecentAccounts;
}

int listLimit(const QString &key)
{
    if (key == AppSettings::kOpenTabs)
        return AppSettings::kMaxOpenTabs;
    if (key == AppSettings::kRecentAccounts)
        return AppSettings::kMaxRecentAccounts;
    return AppSettings::kMaxListEntries;
}

// A list as stored, reduced to what may be used, with what was left out counted.
struct CheckedList
{
    QStringList kept;
    int notAccountNumbers = 0; // open tabs, recent accounts
    int tooLong = 0;           // other lists
    int overLimit = 0;
    int duplicates = 0;
};

// Account numbers are checked the way the search box checks them (and normalised the same way,
// "a-2b7e41c9" -> "A-2B7E41C9"); the length test first, so a 5 MB entry costs nothing.
CheckedList checkList(const QString &key, const QStringList &entries)
{
    CheckedList result;
    const int limit = listLimit(key);
    for (const QString &entry : entries) {
        QString usable = entry;
        if (isAccountListKey(key)) {
            const SearchPlan plan = entry.size() <= kMaxAccountNumberLength
                                        ? SearchTermClassifier::classify(entry)
                                        : SearchPlan();
            if (plan.kind != SearchPlan::Kind::AccountNumber) {
                ++result.notAccountNumbers;
                continue;
            }
            usable = plan.term;
        } else if (entry.size() > AppSettings::kMaxTextLength) {
            ++result.tooLong;
            continue;
        }
        if (result.kept.contains(usable))
            ++result.duplicates;
        else if (result.kept.size() >= limit)
            ++result.overLimit;
        else
            result.kept << usable;
    }
    return result;
}

bool isTooLongText(const QVariant &raw)
{
    return raw.typeId() == QMetaType::QString &&
           raw.toString().size() > AppSettings::kMaxTextLength;
}

// What an integer key may be.
std::pair<int, int> intRange(const QString &key)
{
    if (key == AppSettings::kMaxResponseMegabytes)
        return {1, kMaxMaxResponseMegabytes};
    if (key == AppSettings::kPopListenerPort)
        return {1024, 65535}; // never a privileged port
    return {1, kMaxIdleTimeoutMinutes};
}

// Converts a stored value to the key's type; an invalid QVariant when it cannot be, so the next
// source (user, system, built-in default) is consulted instead of a garbled value being used.
QVariant normalised(const QString &key, const QVariant &raw)
{
    if (!raw.isValid())
        return {};
    if (isListKey(key))
        return checkList(key, toStringList(raw)).kept;
    if (isTooLongText(raw))
        return {};
    const QVariant fallback = AppSettings::defaultValue(key);
    switch (fallback.typeId()) {
    case QMetaType::Int: {
        bool ok = false;
        const int number = raw.toString().trimmed().toInt(&ok);
        const auto [floor, ceiling] = intRange(key);
        if (!ok || number < floor || number > ceiling)
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
    if (key == AppSettings::kOpenTabs)
        return AppSettings::tr("open tabs");
    if (key == AppSettings::kRecentAccounts)
        return AppSettings::tr("recent accounts");
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

void AppSettings::sync()
{
    if (m_user != nullptr && !m_sessionOnly)
        m_user->sync();
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
    if (key == kPopListenerPort)
        return 0; // no listener
    if (key == kPopListenerToken)
        return QString();
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
    const auto changedThisSession = m_sessionValues.constFind(key);
    if (changedThisSession != m_sessionValues.cend())
        return *changedThisSession; // session-only: what this console set, or reset
    if (m_user == nullptr || !m_user->contains(key))
        return {};
    const QVariant value = normalised(key, m_user->value(key));
    return value.isValid() && isAcceptable(key, value) ? value : QVariant();
}

QVariant AppSettings::value(const QString &key) const
{
    if (isAdministratorOnly(key)) {
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

bool AppSettings::isAdministratorOnly(const QString &key)
{
    return key == kAllowedEndpoints || key == kPopListenerPort || key == kPopListenerToken;
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
    if ((m_user == nullptr && !m_sessionOnly) || isAdministratorOnly(key) || key == kLockedList ||
        isLocked(key))
        return false;
    const QVariant asText =
        value.typeId() == QMetaType::QUrl ? QVariant(value.toUrl().toString()) : value;
    const QVariant stored = normalised(key, asText);
    if (!stored.isValid() || !isAcceptable(key, stored))
        return false;
    const QVariant before = this->value(key);
    if (m_sessionOnly)
        m_sessionValues.insert(key, stored);
    else
        m_user->setValue(key, stored);
    const QVariant after = this->value(key);
    if (after != before)
        emit valueChanged(key, after);
    return true;
}

bool AppSettings::resetValue(const QString &key)
{
    if ((m_user == nullptr && !m_sessionOnly) || isLocked(key))
        return false;
    const QVariant before = value(key);
    if (m_sessionOnly)
        m_sessionValues.insert(key, QVariant());
    else
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

void AppSettings::addRestoreNote(const QString &sentence)
{
    m_restoreNote = m_restoreNote.isEmpty() ? sentence : m_restoreNote + u' ' + sentence;
}

void AppSettings::repairStoredValues()
{
    if (m_user == nullptr)
        return;
    const QLocale locale;
    QStringList dropped;
    const QStringList keys = m_user->allKeys();
    for (const QString &key : keys) {
        const QVariant raw = m_user->value(key);
        if (isListKey(key)) {
            const CheckedList checked = checkList(key, toStringList(raw));
            if (checked.notAccountNumbers + checked.tooLong + checked.overLimit +
                    checked.duplicates ==
                0)
                continue;
            QStringList why;
            if (checked.notAccountNumbers > 0)
                why << tr("%1 not an account number")
                           .arg(locale.toString(checked.notAccountNumbers));
            if (checked.tooLong > 0)
                why << tr("%1 too long").arg(locale.toString(checked.tooLong));
            if (checked.overLimit > 0)
                why << tr("%1 beyond the limit of %2")
                           .arg(locale.toString(checked.overLimit),
                                locale.toString(listLimit(key)));
            if (checked.duplicates > 0)
                why << tr("%1 repeated").arg(locale.toString(checked.duplicates));
            dropped << tr("%1 (%2)").arg(describeKey(key), why.join(QStringLiteral(", ")));
            if (!m_sessionOnly)
                m_user->setValue(key, checked.kept);
        } else if (defaultValue(key).isValid() && !normalised(key, raw).isValid()) {
            dropped << tr("%1 (not a usable value)").arg(describeKey(key));
            if (!m_sessionOnly)
                m_user->remove(key);
        }
    }
    if (!dropped.isEmpty())
        addRestoreNote(
            tr("Some saved settings were left out: %1.").arg(dropped.join(QStringLiteral("; "))));
}

QString AppSettings::managedSource() const
{
    return m_system != nullptr ? m_system->fileName() : QString();
}

} // namespace kac::models
