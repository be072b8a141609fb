// IdleLock (ui/IdleLock): locks after the idle timeout, input postpones it, customer data is
// hidden (not destroyed) while locked, unlock() shows it again, and the timeout comes from
// AppSettings (session/idleTimeoutMinutes, default 30).
#include "models/AppSettings.h"
#include "support/WindowActivation.h"
#include "ui/IdleLock.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
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
    void coversDocksAndSilencesTheWindowsShortcuts();

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

// Docks hold customer data too (a campaign's customers, the live-chat queue), floating or not,
// and a shortcut must not bring one back while locked; a dialog's own shortcuts still work, so
// the agent can sign in with the keyboard.
void IdleLockTest::coversDocksAndSilencesTheWindowsShortcuts()
{
    QMainWindow window;
    auto *central = new QLabel(QStringLiteral("bronwyn.tregellas@bigpond.com"));
    window.setCentralWidget(central);
    auto *docked = new QDockWidget(QStringLiteral("Campaigns"), &window);
    docked->setWidget(new QLabel(QStringLiteral("Customer 0412 345 678")));
    window.addDockWidget(Qt::RightDockWidgetArea, docked);
    auto *floating = new QDockWidget(QStringLiteral("Live chats"), &window);
    floating->setWidget(new QLabel(QStringLiteral("Chat with Anh Nguyen")));
    window.addDockWidget(Qt::RightDockWidgetArea, floating);
    floating->setFloating(true);
    QAction *toggle = docked->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    window.menuBar()->addMenu(QStringLiteral("&View"))->addAction(toggle);
    window.resize(600, 400);
    QVERIFY(kac::test::showActive(&window)); // no window manager needed
    // Shortcuts work here: the dock's toggles it off and on.
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!docked->isVisible());
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(docked->isVisible());

    IdleLock lock(&window);
    lock.lock();
    QVERIFY(lock.overlay()->isVisible());
    QCOMPARE(lock.overlay()->geometry(), window.rect());
    QVERIFY(!central->isVisible());
    QVERIFY(!docked->isVisible());
    QVERIFY2(!floating->isVisible(), "a floating dock stayed on screen");

    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(!docked->isVisible(), "the dock's shortcut showed it while locked");
    toggle->trigger(); // (the shortcut is what is silenced; prove the action itself would show it)
    QVERIFY(docked->isVisible());
    docked->hide();

    QDialog dialog(&window); // like the sign-in dialog: a window of its own
    auto *password = new QLineEdit(&dialog);
    auto *submit = new QAction(&dialog);
    submit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    dialog.addAction(submit);
    QSignalSpy submitted(submit, &QAction::triggered);
    QVERIFY(kac::test::showActive(&dialog));
    password->setFocus();
    QTest::keyClicks(password, QStringLiteral("pw"));
    QCOMPARE(password->text(), QStringLiteral("pw"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(submitted.count(), 1);
    dialog.hide();

    lock.unlock();
    QVERIFY(central->isVisible());
    QVERIFY(floating->isVisible());
    QVERIFY(floating->isFloating());
}

QTEST_MAIN(IdleLockTest)
#include "tst_idlelock.moc"
