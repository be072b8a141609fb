// bench_conversations: the Conversations pane on the account with 5,000 Ink events
// (A-8E4B92D1) against the sandbox with a fixed network latency. Prints, per run:
//   first screen  start() -> the timeline's first rows painted (header + first page)
//   load all      "Load all" -> every event in the model (100 pages of 50, each event with its
//                 whole message)
//   longest stall the longest gap between ticks of a 1 ms UI-thread timer while paging to the
//                 end with the view following the newest rows (what the agent would feel)
// then medians.
//
//   bench_conversations [--latency-ms 150] [--runs 3]
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "BenchSupport.h"
#include "SignedInSandbox.h"
#include "api/Session.h"
#include "api/Transport.h"
#include "models/conversations/ConversationService.h"
#include "models/conversations/ConversationTimelineModel.h"
#include "sandbox-launcher/LocalSandbox.h"
#include "ui/PaneStateWidget.h"
#include "ui/conversations/ConversationsPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <algorithm>

using namespace kac;

using namespace kac::bench;

namespace {

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// Tells when the view's viewport has painted with rows in it.
class PaintWatcher : public QObject
{
public:
    QTreeView *view = nullptr;
    bool painted = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && view && view->model()->rowCount() > 0)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

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
    const QString account = QStringLiteral("A-8E4B92D1");

    SignedInSandbox signedIn;
    if (!signedIn.start({QStringLiteral("--latency-ms"), latency}, out))
        return 1;
    api::Transport &transport = signedIn.transport;

    out << "account " << account << " (5,000 events), sandbox latency " << latency
        << " ms, page size " << models::ConversationService::PageSize << "\n";
    out << "run  first-screen-ms  load-all-ms  pages  longest-stall-ms  stalls>50ms\n";
    QList<qint64> firstScreens, loadAlls, stalls;
    for (int run = 1; run <= runs; ++run) {
        ui::ConversationsPane pane(&transport, account);
        pane.resize(1280, 800);
        pane.show();
        PaintWatcher watcher;
        watcher.view = pane.timelineView();
        pane.timelineView()->viewport()->installEventFilter(&watcher);
        QCoreApplication::processEvents();

        QElapsedTimer clock;
        clock.start();
        pane.start();
        if (!waitUntil([&] {
                return pane.paneState()->state() == ui::PaneStateWidget::State::Content &&
                       watcher.painted;
            }))
            return 2;
        const qint64 firstScreen = clock.elapsed();

        // Page to the end the way "Load all" does, the view following the newest rows; a 1 ms
        // timer measures how long the UI thread is ever unavailable.
        models::ConversationService *service = pane.service();
        QTreeView *view = pane.timelineView();
        qint64 lastTick = -1, longest = 0;
        int over50 = 0;
        QElapsedTimer ticks;
        ticks.start();
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(1);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = ticks.elapsed();
            if (lastTick >= 0) {
                longest = std::max(longest, now - lastTick);
                over50 += now - lastTick > 50;
            }
            lastTick = now;
        });
        QObject::connect(service->timelineLoader(), &models::PagedLoader::pageLoaded, view,
                         [view] { view->scrollToBottom(); });
        int pages = 1;
        QObject::connect(service->timelineLoader(), &models::PagedLoader::pageLoaded,
                         [&] { ++pages; });
        probe.start();
        clock.restart();
        service->fetchAllEvents();
        if (!waitUntil([&] {
                return service->timeline()->rowCount() == 5000 && !service->timeline()->isLoading();
            }))
            return 3;
        const qint64 loadAll = clock.elapsed();
        QCoreApplication::processEvents(); // the last page's paint
        probe.stop();

        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(run, 3)
                   .arg(firstScreen, 15)
                   .arg(loadAll, 11)
                   .arg(pages, 5)
                   .arg(longest, 16)
                   .arg(over50, 11);
        out.flush();
        firstScreens << firstScreen;
        loadAlls << loadAll;
        stalls << longest;
    }
    out << QStringLiteral("median first screen %1 ms, load all %2 ms, longest stall %3 ms\n")
               .arg(median(firstScreens))
               .arg(median(loadAlls))
               .arg(median(stalls));
    return 0;
}
