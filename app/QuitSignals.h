#pragma once

#include <QObject>

class QSocketNotifier;

namespace kac::app {

// Turns SIGTERM (log-out, shutdown, `kill`), SIGINT (Ctrl+C in a terminal) and SIGHUP (the
// terminal closed) into quitRequested() on the UI thread, so the console closes through its
// normal path: tabs and settings saved, keychain jobs settled, sandbox stopped.
//
// A signal handler may only do async-signal-safe work, so it writes one byte into a socket
// pair and a QSocketNotifier reads it in the event loop (the self-pipe pattern Qt documents
// in "Calling Qt Functions From Unix Signal Handlers"). One instance per process; elsewhere
// than Unix it does nothing (Windows sends WM_QUERYENDSESSION, handled by Qt's session
// manager).
class QuitSignals : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

signals:
    void quitRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace kac::app
