// bench_campaign_export: exports the sandbox's 20,000-item campaign (VC-1001) to CSV through the
// real transport and CampaignExporter, and prints the time to export, the process's peak memory
// (getrusage ru_maxrss, before and after) and the longest stall of the UI thread's event loop
// (the largest gap between ticks of a 1 ms timer) while the export runs.
//
//   bench_campaign_export [--runs N] [--campaign VC-1001] [--page-size 99]
#include "BenchSupport.h"
#include "api/Authenticator.h"
#include "api/GraphQLRequest.h"
#include "api/Transport.h"
#include "models/campaigns/CampaignExporter.h"
#include "sandbox-launcher/LocalSandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <sys/resource.h>

using namespace kac;

using namespace kac::bench;

namespace {

class TokenHolder : public api::Authenticator
{
public:
    QByteArray token;
    QByteArray accessToken() const override { return token; }
    void renewAccessToken(QObject *, std::function<void(bool)> done) override { done(false); }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int runs = argument(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    const QString campaign =
        argument(args, QStringLiteral("--campaign"), QStringLiteral("VC-1001"));
    const int pageSize =
        argument(args, QStringLiteral("--page-size"), QStringLiteral("99")).toInt(); // < 100

    launcher::LocalSandbox sandbox;
    QEventLoop wait;
    QObject::connect(&sandbox, &launcher::LocalSandbox::ready, &wait, &QEventLoop::quit);
    QObject::connect(&sandbox, &launcher::LocalSandbox::failed, &wait, [&](const QString &reason) {
        out << "sandbox failed: " << reason << Qt::endl;
        wait.exit(1);
    });
    sandbox.start();
    if (wait.exec() != 0)
        return 1;

    api::Transport transport;
    transport.setEndpoint(sandbox.url());
    TokenHolder auth;
    api::RequestOptions signInOptions;
    signInOptions.authenticated = false;
    std::unique_ptr<api::GraphQLRequest> signIn(transport.send(
        api::Operation::load(QStringLiteral("ObtainKrakenToken")),
        {{QStringLiteral("input"),
          QJsonObject{{QStringLiteral("APIKey"), QStringLiteral("sk_sandbox_agent_key")}}}},
        signInOptions));
    QObject::connect(signIn.get(), &api::GraphQLRequest::finished, &wait, [&] { wait.quit(); });
    wait.exec();
    auth.token = signIn->result()
                     .data[QLatin1String("obtainKrakenToken")][QLatin1String("token")]
                     .toString()
                     .toUtf8();
    if (auth.token.isEmpty()) {
        out << "sign-in failed: " << signIn->result().error.summary() << Qt::endl;
        return 1;
    }
    transport.setAuthenticator(&auth);

    out << "campaign " << campaign << ", page size " << pageSize << ", " << runs << " run(s)\n";
    out << "run  rows    ms      rows/s   longest-stall-ms  peak-rss-kb(before->after)  "
           "file-bytes\n";
    QTemporaryDir dir;
    int failures = 0;
    for (int run = 1; run <= runs; ++run) {
        models::CampaignExporter exporter(&transport);
        exporter.setPageSize(pageSize);
        const QString path = dir.filePath(QStringLiteral("export-%1.csv").arg(run));
        qint64 longestGap = 0;
        QElapsedTimer sinceTick;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout,
                         [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
        QObject::connect(&exporter, &models::CampaignExporter::stateChanged, &wait,
                         [&](models::CampaignExporter::State state) {
                             if (state != models::CampaignExporter::State::Running)
                                 wait.quit();
                         });
        const long rssBefore = peakRssKb();
        QElapsedTimer clock;
        clock.start();
        sinceTick.start();
        ticker.start();
        if (!exporter.start(campaign, path)) {
            out << "cannot start: " << exporter.errorMessage() << Qt::endl;
            return 1;
        }
        wait.exec();
        ticker.stop();
        const qint64 ms = clock.elapsed();
        if (exporter.state() != models::CampaignExporter::State::Finished) {
            out << "run " << run << " failed: " << exporter.errorMessage() << Qt::endl;
            ++failures;
            continue;
        }
        out << qSetFieldWidth(4) << run << qSetFieldWidth(0) << ' ' << qSetFieldWidth(7)
            << exporter.written() << qSetFieldWidth(0) << ' ' << qSetFieldWidth(7) << ms
            << qSetFieldWidth(0) << ' ' << qSetFieldWidth(8)
            << qint64(exporter.written() * 1000.0 / std::max<qint64>(ms, 1)) << qSetFieldWidth(0)
            << ' ' << qSetFieldWidth(17) << longestGap << qSetFieldWidth(0) << "  " << rssBefore
            << " -> " << peakRssKb() << "    " << QFile(path).size() << Qt::endl;
    }
    return failures ? 1 : 0;
}
