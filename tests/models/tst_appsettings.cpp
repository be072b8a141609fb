#include "models/AppSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using kac::models::AppSettings;

// Each test writes a system-scope file as an administrator would (plain text, the format of
// /etc/xdg/KrakenAgentConsole/Kraken Agent Console.conf) and a user-scope file through QSettings.
class TestAppSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_system;
    int m_fileCount = 0;

    // A fresh name every time: QSettings caches parsed files by name within a process.
    QString freshPath(const QString &stem)
    {
        return m_dir.filePath(QStringLiteral("%1-%2.conf").arg(stem).arg(++m_fileCount));
    }

    void writeSystemFile(const QByteArray &contents)
    {
        const QString path = freshPath(QStringLiteral("system"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(contents);
        file.close();
        m_system = std::make_unique<QSettings>(path, QSettings::IniFormat);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_user =
            std::make_unique<QSettings>(freshPath(QStringLiteral("user")), QSettings::IniFormat);
        writeSystemFile({});
    }

    void defaultsWithoutAnyConfiguration()
    {
        AppSettings settings(m_user.get(), m_system.get());
        QCOMPARE(settings.value(AppSettings::kIdleTimeoutMinutes), QVariant(30));
        QCOMPARE(settings.value(AppSettings::kRestoreTabs), QVariant(true));
        QCOMPARE(settings.value(AppSettings::kEndpointUrl).toString(), QString());
        QVERIFY(settings.lockedKeys().isEmpty());
        QVERIFY(settings.managedNote().isEmpty());
        QVERIFY(settings.isEndpointAllowed(QUrl(QStringLiteral("https://anything.example/"))));
    }

    void lockedEndpointWinsOverUserAndRefusesChanges()
    {
        // The agent chose an endpoint before the administrator locked one.
        m_user->setValue(AppSettings::kEndpointUrl, QStringLiteral("https://old.example/graphql/"));
        writeSystemFile("locked=endpoint/url, session/idleTimeoutMinutes\n"
                        "[endpoint]\nurl=https://api.redenergy-kraken.energy/v1/graphql/\n"
                        "[session]\nidleTimeoutMinutes=15\n");
        AppSettings settings(m_user.get(), m_system.get());

        QVERIFY(settings.isLocked(AppSettings::kEndpointUrl));
        QVERIFY(settings.isLocked(AppSettings::kIdleTimeoutMinutes));
        QVERIFY(!settings.isLocked(AppSettings::kRestoreTabs));
        QCOMPARE(settings.value(AppSettings::kEndpointUrl).toString(),
                 QStringLiteral("https://api.redenergy-kraken.energy/v1/graphql/"));
        QCOMPARE(settings.value(AppSettings::kIdleTimeoutMinutes), QVariant(15));

        QSignalSpy changed(&settings, &AppSettings::valueChanged);
        QVERIFY(!settings.setValue(AppSettings::kEndpointUrl,
                                   QUrl(QStringLiteral("https://new.example/graphql/"))));
        QVERIFY(!settings.setValue(AppSettings::kIdleTimeoutMinutes, 120));
        QVERIFY(!settings.resetValue(AppSettings::kEndpointUrl));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(settings.value(AppSettings::kEndpointUrl).toString(),
                 QStringLiteral("https://api.redenergy-kraken.energy/v1/graphql/"));
        // Nothing was written on the agent's behalf either.
        QCOMPARE(m_user->value(AppSettings::kEndpointUrl).toString(),
                 QStringLiteral("https://old.example/graphql/"));
        QVERIFY(!m_user->contains(AppSettings::kIdleTimeoutMinutes));

        const QString note = settings.managedNote();
        QVERIFY2(note.contains(QStringLiteral("endpoint")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("idle sign-out time")), qPrintable(note));
        QCOMPARE(settings.managedSource(), m_system->fileName());
    }

    void lockWithoutValueKeepsTheBuiltInDefault()
    {
        m_user->setValue(AppSettings::kIdleTimeoutMinutes, 240);
        writeSystemFile("locked=session/idleTimeoutMinutes\n");
        AppSettings settings(m_user.get(), m_system.get());
        QCOMPARE(settings.value(AppSettings::kIdleTimeoutMinutes), QVariant(30));
        QVERIFY(!settings.setValue(AppSettings::kIdleTimeoutMinutes, 60));
    }

    void unlockedPresetIsOnlyADefault()
    {
        writeSystemFile("[session]\nidleTimeoutMinutes=10\n[network]\nhttp2=false\n");
        AppSettings settings(m_user.get(), m_system.get());
        QVERIFY(!settings.isLocked(AppSettings::kIdleTimeoutMinutes));
        QVERIFY(settings.managedNote().isEmpty());
        QCOMPARE(settings.value(AppSettings::kIdleTimeoutMinutes), QVariant(10));
        QCOMPARE(settings.value(AppSettings::kHttp2), QVariant(false));

        QSignalSpy changed(&settings, &AppSettings::valueChanged);
        QVERIFY(settings.setValue(AppSettings::kIdleTimeoutMinutes, 45));
        QCOMPARE(settings.value(AppSettings::kIdleTimeoutMinutes), QVariant(45));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1), QVariant(45));

        QVERIFY(settings.resetValue(AppSettings::kIdleTimeoutMinutes));
        QCOMPARE(settings.value(AppSettings::kIdleTimeoutMinutes), QVariant(10));
        QCOMPARE(changed.count(), 2);
    }

    void allowedEndpointsAreRespected()
    {
        writeSystemFile("[endpoint]\n"
                        "allowed=https://api.redenergy-kraken.energy/v1/graphql/, "
                        "http://127.0.0.1\n");
        AppSettings settings(m_user.get(), m_system.get());
        QCOMPARE(settings.allowedEndpoints().size(), 2);
        QVERIFY(settings.isLocked(AppSettings::kAllowedEndpoints));
        QVERIFY(settings.isEndpointAllowed(
            QUrl(QStringLiteral("https://api.redenergy-kraken.energy/v1/graphql"))));
        QVERIFY(
            settings.isEndpointAllowed(QUrl(QStringLiteral("http://127.0.0.1:41234/v1/graphql/"))));
        QVERIFY(
            !settings.isEndpointAllowed(QUrl(QStringLiteral("https://evil.example/v1/graphql/"))));
        QVERIFY(!settings.isEndpointAllowed(
            QUrl(QStringLiteral("https://api.redenergy-kraken.energy/other/"))));

        QVERIFY(!settings.setValue(AppSettings::kEndpointUrl,
                                   QStringLiteral("https://evil.example/v1/graphql/")));
        QVERIFY(
            settings.setValue(AppSettings::kEndpointUrl,
                              QStringLiteral("https://api.redenergy-kraken.energy/v1/graphql/")));
        // The agent can never widen the list.
        QVERIFY(!settings.setValue(AppSettings::kAllowedEndpoints,
                                   QStringList{QStringLiteral("https://evil.example/")}));
        QCOMPARE(settings.allowedEndpoints().size(), 2);
    }

    void userEndpointOutsideTheAllowedListIsIgnored()
    {
        m_user->setValue(AppSettings::kEndpointUrl,
                         QStringLiteral("https://evil.example/graphql/"));
        m_user->setValue(AppSettings::kAllowedEndpoints, QStringLiteral("https://evil.example/"));
        writeSystemFile("[endpoint]\nallowed=https://api.redenergy-kraken.energy/v1/graphql/\n"
                        "url=https://api.redenergy-kraken.energy/v1/graphql/\n");
        AppSettings settings(m_user.get(), m_system.get());
        QCOMPARE(settings.value(AppSettings::kEndpointUrl).toString(),
                 QStringLiteral("https://api.redenergy-kraken.energy/v1/graphql/"));
        QCOMPARE(settings.allowedEndpoints(),
                 QStringList{QStringLiteral("https://api.redenergy-kraken.energy/v1/graphql/")});
    }

    void rejectsUnusableValues()
    {
        AppSettings settings(m_user.get(), m_system.get());
        QVERIFY(!settings.setValue(AppSettings::kIdleTimeoutMinutes, 0));
        QVERIFY(!settings.setValue(AppSettings::kIdleTimeoutMinutes, QStringLiteral("soon")));
        QVERIFY(!settings.setValue(AppSettings::kEndpointUrl,
                                   QStringLiteral("http://api.redenergy-kraken.energy/")));
        QCOMPARE(settings.value(AppSettings::kIdleTimeoutMinutes), QVariant(30));
        // A garbled administrator value falls back to the built-in default.
        writeSystemFile("[session]\nidleTimeoutMinutes=never\n");
        AppSettings garbled(m_user.get(), m_system.get());
        QCOMPARE(garbled.value(AppSettings::kIdleTimeoutMinutes), QVariant(30));
    }

    void listsRoundTripThroughTheUserScope()
    {
        AppSettings settings(m_user.get(), m_system.get());
        QVERIFY(settings.setValue(AppSettings::kOpenTabs, QStringList{QStringLiteral("A-1")}));
        QVERIFY(settings.setValue(AppSettings::kRecentAccounts,
                                  QStringList{QStringLiteral("A-1"), QStringLiteral("A-2")}));
        m_user->sync();
        QSettings reread(m_user->fileName(), QSettings::IniFormat);
        AppSettings again(&reread, m_system.get());
        QCOMPARE(again.value(AppSettings::kOpenTabs), QVariant(QStringList{QStringLiteral("A-1")}));
        QCOMPARE(again.value(AppSettings::kRecentAccounts).toStringList().size(), 2);
    }

    void standardScopesUseTheDocumentedLocations()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KrakenAgentConsole"));
        QCoreApplication::setApplicationName(QStringLiteral("Kraken Agent Console"));
        const auto settings = AppSettings::openStandardScopes();
#if defined(Q_OS_LINUX)
        if (qEnvironmentVariableIsEmpty("XDG_CONFIG_DIRS")) {
            QCOMPARE(settings->managedSource(),
                     QStringLiteral("/etc/xdg/KrakenAgentConsole/Kraken Agent Console.conf"));
        }
#endif
        QVERIFY(!settings->managedSource().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
