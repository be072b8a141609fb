#include "models/AppSettings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
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
        QVERIFY(
            settings.setValue(AppSettings::kOpenTabs, QStringList{QStringLiteral("A-2B7E41C9")}));
        QVERIFY(settings.setValue(
            AppSettings::kRecentAccounts,
            QStringList{QStringLiteral("A-2B7E41C9"), QStringLiteral("A-5C19D3E8")}));
        m_user->sync();
        QSettings reread(m_user->fileName(), QSettings::IniFormat);
        AppSettings again(&reread, m_system.get());
        QCOMPARE(again.value(AppSettings::kOpenTabs),
                 QVariant(QStringList{QStringLiteral("A-2B7E41C9")}));
        QCOMPARE(again.value(AppSettings::kRecentAccounts).toStringList().size(), 2);
    }

    // Issue 14.3: a settings file written by something else (3,003 tabs, a 5 MB entry, junk
    // account numbers, a 5 MB endpoint) opens at once and gives back only what is usable.
    void storedValuesAreCheckedCappedAndRepaired()
    {
        const QString path = freshPath(QStringLiteral("hostile"));
        QStringList tabs{QStringLiteral("not-an-account"), QStringLiteral("A-2B7E41C9"),
                         QStringLiteral("'; DROP TABLE"), QStringLiteral("a-5c19d3e8"),
                         QStringLiteral("A-2B7E41C9")};
        for (int i = 0; i < 3000; ++i)
            tabs << QStringLiteral("A-%1").arg(i, 8, 16, QLatin1Char('0')).toUpper();
        const QString huge(5 * 1024 * 1024, u'7');
        {
            QSettings writer(path, QSettings::IniFormat);
            writer.setValue(AppSettings::kOpenTabs, tabs);
            writer.setValue(AppSettings::kRecentAccounts,
                            QStringList{huge, QStringLiteral("A-7D20A6F3"), QStringLiteral("x")});
            writer.setValue(AppSettings::kEndpointUrl,
                            QStringLiteral("https://a.example/") + QString(64 * 1024, u'x'));
        }
        QVERIFY(QFileInfo(path).size() < AppSettings::kMaxFileBytes); // read, not set aside

        QElapsedTimer clock;
        clock.start();
        const auto settings = AppSettings::openProfile(path, QSettings::IniFormat, nullptr);
        const QStringList restored = settings->value(AppSettings::kOpenTabs).toStringList();
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(restored.size(), AppSettings::kMaxOpenTabs);
        QCOMPARE(restored.mid(0, 3),
                 (QStringList{QStringLiteral("A-2B7E41C9"), QStringLiteral("A-5C19D3E8"),
                              QStringLiteral("A-00000000")}));
        QCOMPARE(settings->value(AppSettings::kRecentAccounts).toStringList(),
                 QStringList{QStringLiteral("A-7D20A6F3")});
        QCOMPARE(settings->value(AppSettings::kEndpointUrl).toString(), QString());

        // The agent is told what was left out, in words, without echoing the stored values.
        const QString note = settings->restoreNote();
        const QString tabsNote = QStringLiteral("open tabs (2 not an account number, %1 beyond the "
                                                "limit of 20, 1 repeated)")
                                     .arg(QLocale().toString(2982));
        QVERIFY2(note.contains(tabsNote), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("recent accounts (2 not an account number)")),
                 qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("endpoint (not a usable value)")), qPrintable(note));
        QVERIFY(!note.contains(QStringLiteral("DROP")));
        QVERIFY(note.size() < 400);
        QVERIFY(!settings->isSessionOnly());

        // The file is repaired, so the next start has nothing to drop and nothing to wade through.
        settings->sync();
        QVERIFY2(QFileInfo(path).size() < 4096,
                 qPrintable(QString::number(QFileInfo(path).size())));
    }

    void aSetValueIsCappedToo()
    {
        AppSettings settings(m_user.get(), m_system.get());
        QStringList many;
        for (int i = 0; i < 30; ++i)
            many << QStringLiteral("A-%1").arg(i, 8, 10, QLatin1Char('0'));
        QVERIFY(settings.setValue(AppSettings::kOpenTabs, many));
        QCOMPARE(settings.value(AppSettings::kOpenTabs).toStringList(), many.mid(0, 20));
        QVERIFY(!settings.setValue(AppSettings::kEndpointUrl,
                                   QString(QStringLiteral("https://a.example/") +
                                           QString(AppSettings::kMaxTextLength, u'a'))));
    }

    // Issue 14.3: a 55 MB settings file is not read (5 s of black window before); it is kept
    // under another name, and the console starts with defaults and says so.
    void anOversizeFileIsSetAsideUnread()
    {
        const QString path = freshPath(QStringLiteral("oversize"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[ui]\nrestoreTabs=false\nopenTabs=A-2B7E41C9\nrecentAccounts=");
            const QByteArray chunk(1024 * 1024, 'A');
            for (int i = 0; i < 55; ++i)
                file.write(chunk);
            file.write("\n");
        }
        const qint64 size = QFileInfo(path).size();
        QElapsedTimer clock;
        clock.start();
        const auto settings = AppSettings::openProfile(path, QSettings::IniFormat, nullptr);
        QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(settings->value(AppSettings::kRestoreTabs), QVariant(true)); // the default
        QVERIFY(settings->value(AppSettings::kOpenTabs).toStringList().isEmpty());
        const QString note = settings->restoreNote();
        QVERIFY2(note.contains(QStringLiteral("too large")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("default settings")), qPrintable(note));
        // Nothing lost: the file is still there, under the name the notice gives.
        const QStringList aside = QFileInfo(path).dir().entryList(
            {QFileInfo(path).fileName() + QStringLiteral(".too-large-*")});
        QCOMPARE(aside.size(), 1);
        QVERIFY2(note.contains(aside.first()), qPrintable(note));
        QCOMPARE(QFileInfo(QFileInfo(path).dir().filePath(aside.first())).size(), size);
        // Changes are saved to a fresh file.
        QVERIFY(settings->setValue(AppSettings::kRestoreTabs, false));
        settings->sync();
        QVERIFY(QFileInfo(path).size() < 4096);
    }

    // Issue 14.7: a second console on the same profile reads it but never writes it.
    void aSecondConsoleOnTheProfileSavesNothing()
    {
        const QString path = freshPath(QStringLiteral("shared"));
        const QStringList firstTabs{QStringLiteral("A-2B7E41C9"), QStringLiteral("A-5C19D3E8")};
        auto first = AppSettings::openProfile(path, QSettings::IniFormat, nullptr);
        QVERIFY(!first->isSessionOnly());
        QVERIFY(first->restoreNote().isEmpty());
        QVERIFY(first->setValue(AppSettings::kOpenTabs, firstTabs));
        QVERIFY(first->setValue(AppSettings::kEndpointUrl,
                                QStringLiteral("https://api.first.example/v1/graphql/")));
        first->sync();

        auto second = AppSettings::openProfile(path, QSettings::IniFormat, nullptr);
        QVERIFY(second->isSessionOnly());
        QVERIFY2(second->restoreNote().contains(QStringLiteral("Another Kraken Agent Console")),
                 qPrintable(second->restoreNote()));
        QCOMPARE(second->value(AppSettings::kOpenTabs).toStringList(), firstTabs); // it reads
        // Its own changes hold for its session...
        QVERIFY(
            second->setValue(AppSettings::kOpenTabs, QStringList{QStringLiteral("A-7D20A6F3")}));
        QVERIFY(second->setValue(AppSettings::kEndpointUrl,
                                 QStringLiteral("https://api.second.example/v1/graphql/")));
        QVERIFY(second->resetValue(AppSettings::kRestoreTabs));
        QCOMPARE(second->value(AppSettings::kOpenTabs).toStringList(),
                 QStringList{QStringLiteral("A-7D20A6F3")});
        second->sync();
        second.reset();

        // ...and never reach the file the first one owns.
        {
            QSettings onDisk(path, QSettings::IniFormat);
            QCOMPARE(onDisk.value(AppSettings::kOpenTabs).toStringList(), firstTabs);
            QCOMPARE(onDisk.value(AppSettings::kEndpointUrl).toString(),
                     QStringLiteral("https://api.first.example/v1/graphql/"));
        }
        QCOMPARE(first->value(AppSettings::kOpenTabs).toStringList(), firstTabs);

        // Once the first closes, the next console owns the profile again.
        first.reset();
        auto next = AppSettings::openProfile(path, QSettings::IniFormat, nullptr);
        QVERIFY(!next->isSessionOnly());
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
