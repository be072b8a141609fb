// bench_readings: loads two years of half-hourly readings for one meter (the sandbox's
// EM3061857, meter 800004: 35,040 interval reads in 354 pages of 99) through the real transport and
// PropertyService, with the table and chart shown offscreen as an agent would see them, and
// prints: time to load and chart everything, the final chart rebuild and repaint, peak memory
// (getrusage ru_maxrss, before and after) and the longest UI-thread stall (the largest gap
// between ticks of a 1 ms timer) while it runs.
//
//   QT_QPA_PLATFORM=offscreen bench_readings [--runs N] [--latency-ms MS]
#include "BenchSupport.h"
#include "api/Session.h"
#include "api/Transport.h"
#include "models/PagedLoader.h"
#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyService.h"
#include "sandbox-launcher/LocalSandbox.h"
#include "ui/properties/ReadingsChart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <sys/resource.h>

using namespace kac;

using namespace kac::bench;

namespace {

// The longest gap between ticks of a 1 ms timer: how long the UI thread could not react.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestNs = std::max(m_longestNs, now - m_lastNs);
            m_lastNs = now;
        });
    }
    void start()
    {
        m_longestNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return m_longestNs / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int runs = argument(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    const QString latency = argument(args, QStringLiteral("--latency-ms"), QStringLiteral("0"));

    launcher::LocalSandbox sandbox;
    QEventLoop wait;
    QObject::connect(&sandbox, &launcher::LocalSandbox::ready, &wait, &QEventLoop::quit);
    QObject::connect(&sandbox, &launcher::LocalSandbox::failed, &wait, [&](const QString &reason) {
        out << "sandbox failed: " << reason << Qt::endl;
        wait.exit(1);
    });
    sandbox.start({QStringLiteral("--latency-ms"), latency});
    if (wait.exec() != 0)
        return 1;

    api::Transport transport;
    transport.setEndpoint(sandbox.url());
    api::Session session(&transport, nullptr);
    transport.setAuthenticator(&session);
    QObject::connect(&session, &api::Session::signedIn, &wait, &QEventLoop::quit);
    QObject::connect(&session, &api::Session::signInFailed, &wait, [&] { wait.exit(1); });
    session.signInWithApiKey(QStringLiteral("sk_sandbox_agent_key"), false);
    if (wait.exec() != 0) {
        out << "sign-in failed" << Qt::endl;
        return 1;
    }

    out << "bench_readings: meter 800004, two years of half-hourly reads, page size "
        << models::PropertyService::MaxPageSize << ", latency " << latency << " ms, " << runs
        << " run(s)" << Qt::endl;
    out << "peak RSS before: " << peakRssKb() / 1024.0 << " MiB" << Qt::endl;

    for (int run = 1; run <= runs; ++run) {
        models::PropertyService service(&transport);
        QSplitter window;
        auto *chart = new ui::ReadingsChart;
        auto *table = new QTableView;
        table->setModel(service.readings());
        chart->setSources(service.readingsLoader(), service.estimatesLoader());
        window.addWidget(chart);
        window.addWidget(table);
        window.resize(1400, 800);
        window.show();
        app.processEvents();

        StallMeter stalls;
        QElapsedTimer clock;
        stalls.start();
        clock.start();
        models::PropertyService::ReadingQuery query;
        query.meterId = QStringLiteral("800004");
        query.includeQuarantined = true;
        query.fetchAll = true;
        service.loadReadings(query);
        models::MeterReadingModel *model = service.readings();
        models::PagedLoader *loader = service.readingsLoader();
        QObject::connect(loader, &models::PagedLoader::pageAppended, &wait,
                         [&](int, int, bool complete) {
                             if (complete)
                                 QTimer::singleShot(0, &wait, &QEventLoop::quit);
                         });
        QObject::connect(loader, &models::PagedLoader::stateChanged, &wait,
                         [&](models::LoadState state) {
                             if (state == models::LoadState::Failed)
                                 wait.exit(1);
                         });
        QObject::connect(loader, &models::PagedLoader::pageFailed, &wait, [&] { wait.exit(1); });
        if (wait.exec() != 0) {
            out << "run " << run << ": failed: "
                << (loader->error().isNone() ? loader->pageError() : loader->error()).summary()
                << Qt::endl;
            return 1;
        }
        const qint64 loadedMs = clock.elapsed();
        app.processEvents(); // let the last paint happen inside the measured window
        const double stallMs = stalls.stopMs();

        QElapsedTimer rebuild;
        rebuild.start();
        chart->rebuildNow();
        const qint64 rebuildMs = rebuild.elapsed();
        QElapsedTimer paint;
        paint.start();
        const QPixmap frame = chart->grab();
        const qint64 paintMs = paint.elapsed();

        out << "run " << run << ": " << model->rowCount() << " readings, "
            << chart->readingSeries()->count() << " chart points, loaded and charted in "
            << loadedMs << " ms; longest UI stall " << QString::number(stallMs, 'f', 1)
            << " ms; final rebuild " << rebuildMs << " ms, repaint " << paintMs << " ms ("
            << frame.width() << "x" << frame.height() << "); peak RSS " << peakRssKb() / 1024.0
            << " MiB" << Qt::endl;
    }
    return 0;
}
