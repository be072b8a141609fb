// AppSettings: opening the profile (where the user file is, who owns it, whether it is sane).
#include "models/AppSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QStandardPaths>

namespace kac::models {

namespace {
#ifdef Q_OS_MACOS
// The suite domain QSettings derives from the organisation name "KrakenAgentConsole".
constexpr char kMacPreferencesDomain[] = "com.krakenagentconsole";
#endif

// Not "<file>.lock": QSettings itself takes that one while it writes.
QString lockPathFor(const QString &userFile)
{
    const QFileInfo info(userFile);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".instance.lock"));
}

std::unique_ptr<QSettings> openSystemScope()
{
    const QString organisation = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
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
    return system;
}
} // namespace

std::unique_ptr<AppSettings> AppSettings::openStandardScopes(QObject *parent)
{
    const QString organisation = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Where QSettings' native (INI) user file lives, worked out without opening it: opening
    // reads the whole file, which is what the size guard must come before.
    const QString userFile =
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
            .filePath(organisation + u'/' + application + QStringLiteral(".conf"));
    return openProfile(userFile, QSettings::IniFormat, openSystemScope(), parent);
#else
    // The registry (Windows) and the preferences plist (macOS): no file to guard by size, but
    // every value is still checked; the lock lives in the application's config folder.
    auto user = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                            organisation, application);
    // Without this the user scope would also answer with system values, and a preset would look
    // like the agent's own choice.
    user->setFallbacksEnabled(false);
    auto system = openSystemScope();
    auto settings = std::make_unique<AppSettings>(user.get(), system.get(), parent);
    settings->m_ownedUser = std::move(user);
    settings->m_ownedSystem = std::move(system);
    const QString configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    settings->claimProfile(QDir(configDir).filePath(QStringLiteral("instance.lock")));
    settings->repairStoredValues();
    return settings;
#endif
}

std::unique_ptr<AppSettings> AppSettings::openProfile(const QString &userFile,
                                                      QSettings::Format format,
                                                      std::unique_ptr<QSettings> system,
                                                      QObject *parent)
{
    auto settings = std::make_unique<AppSettings>(nullptr, system.get(), parent);
    settings->m_ownedSystem = std::move(system);
    settings->claimProfile(lockPathFor(userFile));

    const QFileInfo file(userFile);
    if (file.exists() && file.size() > kMaxFileBytes) {
        // Not the console's doing (its file is ~1 KB): reading it would freeze the window.
        // Keep it for support rather than delete it; start from the defaults.
        const QString size = QLocale().formattedDataSize(file.size());
        const QString setAside =
            userFile + QStringLiteral(".too-large-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!settings->m_sessionOnly && QFile::rename(userFile, setAside)) {
            settings->addRestoreNote(
                tr("The saved settings file was %1, far too large to be the console's own, so it "
                   "was not read: it was kept as %2 and the console started with its default "
                   "settings.")
                    .arg(size, QFileInfo(setAside).fileName()));
        } else {
            settings->addRestoreNote(
                tr("The saved settings file is %1, far too large to be the console's own, so it "
                   "was not read: this console uses its default settings and saves nothing.")
                    .arg(size));
            settings->m_sessionOnly = true; // never write over a file it has not read
            return settings;
        }
    }
    settings->m_ownedUser = std::make_unique<QSettings>(userFile, format);
    settings->m_user = settings->m_ownedUser.get();
    settings->repairStoredValues();
    return settings;
}

void AppSettings::claimProfile(const QString &lockPath)
{
    QDir().mkpath(QFileInfo(lockPath).absolutePath());
    m_profileLock = std::make_unique<QLockFile>(lockPath);
    // Never stale by age (a console may run for days); a lock whose console has died (SIGKILL,
    // a crash) is recognised by its process id and taken over.
    m_profileLock->setStaleLockTime(0);
    if (m_profileLock->tryLock(0))
        return;
    m_sessionOnly = true;
    addRestoreNote(tr("Another Kraken Agent Console is already open with your profile: this one "
                      "will not save its tabs or settings, so the other one's are kept."));
}

} // namespace kac::models
