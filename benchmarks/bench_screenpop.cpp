// bench_screenpop: a screen pop for a caller whose account is not open yet, against the sandbox
// with a fixed network latency (default --latency-ms 150), the console already running and signed
// in: pop received -> the account header painted, and the round trips it used (the sandbox's
// request log). Then a ringing pop followed by the answered one: answered -> tab in front.
// Target: the search plus one round trip for the account's first screen.
//
//   bench_screenpop [--latency-ms 150] [--runs 3]
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "BenchSupport.h"
#include "SignedInSandbox.h"
#include "api/Session.h"
#include "api/Transport.h"
#include "models/screenpop/PopRequest.h"
#include "sandbox-launcher/LocalSandbox.h"
#include "ui/AccountTab.h"
#include "ui/MainWindow.h"
#include "ui/ScreenPopController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <functional>

using namespace kac;
using namespace kac::bench;

namespace {

int logLines(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
}

models::PopRequest pop(const QString &phone, bool ringing)
{
    models::PopRequest request;
    request.phone = phone;
    request.ringing = ringing;
    // A call of its own each time, so the repeat filter (one minute) never drops it.
    static int calls = 0;
    request.callId = QString::number(++calls);
    return request;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const QString latency = argument(args, QStringLiteral("--latency-ms"), QStringLiteral("150"));
    const int runs = argument(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();

    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("requests.jsonl"));
    SignedInSandbox signedIn;
    if (!signedIn.start(
            {QStringLiteral("--latency-ms"), latency, QStringLiteral("--request-log"), log}, out))
        return 1;
    api::Transport &transport = signedIn.transport;
    const ui::ConsoleContext context{&transport, &signedIn.session, nullptr, nullptr};
    ui::MainWindow window(context);
    window.show();
    // Until `done` or the timeout, with the event loop running; false on timeout.
    const auto waitUntil = [](const std::function<bool()> &done, int timeoutMs = 30000) {
        QElapsedTimer clock;
        clock.start();
        while (!done() && clock.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        return done();
    };

    // The fixed accounts' mobiles (sandbox/README.md).
    const QStringList callers{QStringLiteral("+61491570156"), QStringLiteral("+61491570157"),
                              QStringLiteral("+61491570158"), QStringLiteral("+61491570159"),
                              QStringLiteral("+61491570110")};
    out << "sandbox latency " << latency << " ms\n";
    out << "caller         pop->header  round trips  ringing: answered->in front\n";
    QList<qint64> headers, answered;
    int roundTrips = 0, opens = 0;
    for (int run = 0; run < runs; ++run) {
        for (const QString &caller : callers) {
            // 1. Answered at once, a caller this controller has not seen: pop -> search -> the
            // account's header painted.
            {
                ui::ScreenPopController pops(&window, context);
                ui::AccountTab *opened = nullptr;
                bool painted = false;
                QObject::connect(
                    &window, &ui::MainWindow::accountOpened, &window,
                    [&](ui::AccountTab *tab) {
                        opened = tab;
                        QObject::connect(tab, &ui::AccountTab::headerPainted, tab,
                                         [&] { painted = true; });
                    },
                    Qt::SingleShotConnection);
                const int linesBefore = logLines(log);
                QElapsedTimer clock;
                clock.start();
                pops.pop(pop(caller, false));
                if (!waitUntil([&] { return painted; }))
                    return 2;
                headers << clock.elapsed();
                QCoreApplication::processEvents();
                const int trips = logLines(log) - linesBefore;
                roundTrips += trips;
                ++opens;
                out << caller << "   " << qSetFieldWidth(11) << headers.last() << qSetFieldWidth(0)
                    << "  " << qSetFieldWidth(11) << trips << qSetFieldWidth(0);
                window.closeAccountTab(window.accountTabs()->indexOf(opened));
                QCoreApplication::processEvents();
            }
            // 2. Ringing first (the account loads behind), then answered: the tab comes forward.
            ui::ScreenPopController pops(&window, context);
            int shown = 0;
            QObject::connect(&pops, &ui::ScreenPopController::popShown, &pops, [&] { ++shown; });
            models::PopRequest ringing = pop(caller, true);
            pops.pop(ringing);
            if (!waitUntil([&] { return shown == 1; }))
                return 3;
            models::PopRequest answer = ringing;
            answer.ringing = false;
            QElapsedTimer clock;
            clock.start();
            pops.pop(answer);
            if (!waitUntil([&] { return shown == 2; }))
                return 4;
            answered << clock.elapsed();
            out << "  " << answered.last() << "\n";
            auto *tab = qobject_cast<ui::AccountTab *>(window.accountTabs()->currentWidget());
            window.closeAccountTab(window.accountTabs()->indexOf(tab));
            QCoreApplication::processEvents();
        }
    }
    out << "median ms: pop->header painted " << median(headers) << "; round trips per pop "
        << double(roundTrips) / qMax(1, opens) << "; ringing then answered: answered->in front "
        << median(answered) << Qt::endl;
    return 0;
}
