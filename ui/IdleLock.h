#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QLabel;
class QWidget;

namespace kac::models {
class AppSettings;
}

namespace kac::ui {

// Hides customer data after the agent has been idle (OWASP ASVS L2 re-authentication):
// watches every input event of the application (an event filter on qApp); after the idle
// timeout (AppSettings session/idleTimeoutMinutes, default 30, lockable by an administrator)
// it hides the covered widget's children behind a lock overlay and emits locked(); the app
// then asks for sign-in again and calls unlock() when the agent has signed in. Nothing is
// destroyed: open tabs and their data survive, they are only hidden (not just painted over, so
// screen readers and screenshots cannot reach them either). Covering a main window hides its
// docks too, floating ones included, and while locked the window's shortcuts are dead, so no
// key can bring a pane back; other windows (the sign-in dialog) keep theirs.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    // `covered` is usually the main window. Starts counting at once.
    explicit IdleLock(QWidget *covered, QObject *parent = nullptr);
    ~IdleLock() override;

    // 0 disables the lock.
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    // Reads session/idleTimeoutMinutes.
    void applySettings(const models::AppSettings &settings);

    bool isLocked() const { return m_locked; }
    QWidget *overlay() const { return m_overlay; }

public slots:
    void lock();
    // The same cover with another reason: the agent signed out (MainWindow).
    void lockWithMessage(const QString &message);
    void unlock(); // after a successful sign-in

signals:
    void locked();
    void unlocked();
    // The agent pressed "Sign in" on the overlay.
    void signInRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();
    void layoutOverlay();
    bool belongsToCoveredWindow(QObject *object) const;

    QPointer<QWidget> m_covered;
    QWidget *m_overlay;
    QLabel *m_message;
    QTimer m_timer;
    int m_timeoutMs = 30 * 60 * 1000;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hidden; // children we hid, to show again on unlock
};

} // namespace kac::ui
