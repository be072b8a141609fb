#include "app/QuitSignals.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <array>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace kac::app {

#ifdef Q_OS_UNIX
namespace {
// [0] is read by the notifier, [1] written by the handler. File-scope because a signal
// handler cannot reach an object.
int g_signalSockets[2] = {-1, -1};
constexpr std::array kQuitSignals{SIGTERM, SIGINT, SIGHUP};

void onQuitSignal(int signalNumber)
{
    const int savedErrno = errno;
    const auto byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_signalSockets[1], &byte, 1);
    errno = savedErrno;
}
} // namespace
#endif

QuitSignals::QuitSignals(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalSockets) != 0)
        return; // the default action (exit without saving) stays: no worse than before
    // A full buffer must never block the handler: a dropped byte still leaves one to read.
    ::fcntl(g_signalSockets[1], F_SETFL, O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_signalSockets[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitSignals::readSignal);
    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : kQuitSignals)
        ::sigaction(signalNumber, &action, nullptr);
#endif
}

QuitSignals::~QuitSignals()
{
#ifdef Q_OS_UNIX
    if (m_notifier == nullptr)
        return;
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int signalNumber : kQuitSignals)
        ::sigaction(signalNumber, &action, nullptr);
    ::close(g_signalSockets[0]);
    ::close(g_signalSockets[1]);
    g_signalSockets[0] = g_signalSockets[1] = -1;
#endif
}

void QuitSignals::readSignal()
{
#ifdef Q_OS_UNIX
    unsigned char byte = 0;
    if (::read(g_signalSockets[0], &byte, 1) == 1)
        emit quitRequested(byte);
#endif
}

} // namespace kac::app
