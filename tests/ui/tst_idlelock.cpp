// IdleLock (ui/IdleLock): locks after the idle timeout, input postpones it, customer data is
// hidden (not destroyed) while locked, unlock() shows it again, and the timeout comes from
// AppSettings (session/idleTimeoutMinutes, default 30).
#include "models/AppSettings.h"
#include "ui/IdleLock.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using kac::ui::IdleLock;

class IdleLockTest : public QObject
{
    Q_OBJECT

private slots:
    void locksAfterIdleAndHidesCustomerData();
    void inputPostponesTheLock();
    void inputWhileLockedDoesNotUnlock();
    void timeoutComesFromSettings();
    void zeroDisables();

private:
    struct Window
    {
        QWidget host;
        QTabWidget *tabs = new QTabWidget(&host);
        QLabel *pii = new QLabel(QStringLiteral("bronwyn.tregellas@bigpond.com"));
        Window()
        {
            tabs->addTab(pii, QStringLiteral("A-2B7E41C9"));
            tabs->setGeometry(0, 0, 400, 300);
            host.resize(400, 300);
            host.show();
        }
    };
};

void IdleLockTest::locksAfterIdleAndHidesCustomerData()
{
    Window window;
    IdleLock lock(&window.host);
    QSignalSpy locked(&lock, &IdleLock::locked);
    lock.setTimeoutMs(150);
    QVERIFY(locked.wait(2000));
    QVERIFY(lock.isLocked());
    QVERIFY(lock.overlay()->isVisible());
    QCOMPARE(lock.overlay()->geometry(), window.host.rect());
    QVERIFY(!window.pii->isVisible());
    QVERIFY(!window.tabs->isVisible());

    QSignalSpy signInRequested(&lock, &IdleLock::signInRequested);
    auto *signIn = lock.overlay()->findChild<QWidget *>(QStringLiteral("idleLockSignIn"));
    QVERIFY(signIn);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QCOMPARE(signInRequested.count(), 1);

    lock.unlock(); // the agent signed in again
    QVERIFY(!lock.isLocked());
    QVERIFY(!lock.overlay()->isVisible());
    QVERIFY(window.pii->isVisible()); // the open tab survived
    QCOMPARE(window.tabs->count(), 1);
}

void IdleLockTest::inputPostponesTheLock()
{
    Window window;
    IdleLock lock(&window.host);
    lock.setTimeoutMs(400);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 1000) {
        QTest::keyClick(window.tabs, Qt::Key_Shift);
        QTest::qWait(100);
        QVERIFY2(!lock.isLocked(), "locked while the agent was typing");
    }
    QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 2000);
}

void IdleLockTest::inputWhileLockedDoesNotUnlock()
{
    Window window;
    IdleLock lock(&window.host);
    lock.setTimeoutMs(100);
    QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 2000);
    QTest::keyClick(lock.overlay(), Qt::Key_Space);
    QTest::mouseMove(lock.overlay());
    QTest::qWait(50);
    QVERIFY(lock.isLocked());
    QVERIFY(!window.pii->isVisible());
}

void IdleLockTest::timeoutComesFromSettings()
{
    QTemporaryDir dir;
    QSettings user(dir.filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
    QSettings system(dir.filePath(QStringLiteral("system.conf")), QSettings::IniFormat);
    kac::models::AppSettings settings(&user, &system);
    Window window;
    IdleLock lock(&window.host);
    lock.applySettings(settings);
    QCOMPARE(lock.timeoutMs(), 30 * 60 * 1000); // the default
    QVERIFY(settings.setValue(kac::models::AppSettings::kIdleTimeoutMinutes, 5));
    lock.applySettings(settings);
    QCOMPARE(lock.timeoutMs(), 5 * 60 * 1000);
}

void IdleLockTest::zeroDisables()
{
    Window window;
    IdleLock lock(&window.host);
    lock.setTimeoutMs(0);
    QTest::qWait(200);
    QVERIFY(!lock.isLocked());
}

QTEST_MAIN(IdleLockTest)
#include "tst_idlelock.moc"
