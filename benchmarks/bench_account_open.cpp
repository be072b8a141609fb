// bench_account_open: the agent's path through the console against the sandbox with a fixed
// network latency (default --latency-ms 150): type a term and see results, press Enter on a
// result and see the account header painted. Prints per-account times and the round trips the
// account's first screen used (from the sandbox's request log), then medians.
//
//   bench_account_open [--latency-ms 150] [--runs 3]
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "BenchSupport.h"
#include "SignedInSandbox.h"
#include "api/Session.h"
#include "api/Transport.h"
#include "models/accounts/AccountSearchService.h"
#include "sandbox-launcher/LocalSandbox.h"
#include "ui/AccountTab.h"
#include "ui/MainWindow.h"
#include "ui/SearchPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

using namespace kac;

using namespace kac::bench;

namespace {

int logLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count('\n'));
}

void pressEnter(QWidget *widget)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &press);
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

    ui::MainWindow window({&transport, &signedIn.session, nullptr, nullptr});
    window.show();
    QLineEdit *field = window.searchPane()->searchField();
    models::AccountSearchService *search = window.searchPane()->service();
    const QStringList accounts{QStringLiteral("A-2B7E41C9"), QStringLiteral("A-5C19D3E8"),
                               QStringLiteral("A-7D20A6F3"), QStringLiteral("A-8E4B92D1"),
                               QStringLiteral("A-9A63F05B")};
    out << "sandbox latency " << latency << " ms; search debounce " << search->debounceInterval()
        << " ms\n";
    out << "account      typed->results  enter->results  enter->header  header round trips\n";
    QList<qint64> typed, entered, header;
    int roundTripsTotal = 0, opens = 0;
    for (int run = 0; run < runs; ++run) {
        for (const QString &number : accounts) {
            // 1. As you type (debounce included): text -> results in the table.
            field->clear();
            QElapsedTimer clock;
            clock.start();
            field->setText(number);
            if (!waitFor(search, &models::AccountSearchService::resultsShown))
                return 2;
            typed << clock.elapsed();

            // 2. Enter before the debounce fires (runs the search at once and opens the hit).
            field->clear();
            field->setText(number.toLower());
            clock.restart();
            pressEnter(field);
            if (!waitFor(search, &models::AccountSearchService::resultsShown))
                return 2;
            entered << clock.elapsed();
            ui::AccountTab *tab = window.accountTab(number);
            if (!tab)
                return 3;
            window.closeAccountTab(window.accountTabs()->indexOf(tab));
            QCoreApplication::processEvents();

            // 3. Enter on a shown result -> the account's header painted.
            const int linesBefore = logLines(log);
            ui::AccountTab *opened = nullptr;
            QObject::connect(
                &window, &ui::MainWindow::accountOpened, &window,
                [&](ui::AccountTab *t) { opened = t; }, Qt::SingleShotConnection);
            clock.restart();
            pressEnter(field);
            if (!opened || !waitFor(opened, &ui::AccountTab::headerPainted))
                return 4;
            header << clock.elapsed();
            QCoreApplication::processEvents();
            const int roundTrips = logLines(log) - linesBefore;
            roundTripsTotal += roundTrips;
            ++opens;
            out << number << "   " << qSetFieldWidth(14) << typed.last() << qSetFieldWidth(0)
                << "  " << qSetFieldWidth(14) << entered.last() << qSetFieldWidth(0) << "  "
                << qSetFieldWidth(13) << header.last() << qSetFieldWidth(0) << "  " << roundTrips
                << "\n";
            window.closeAccountTab(window.accountTabs()->indexOf(opened));
            QCoreApplication::processEvents();
        }
    }
    out << "median ms: typed->results " << median(typed) << ", enter->results " << median(entered)
        << ", enter->header painted " << median(header) << "; round trips per account open "
        << double(roundTripsTotal) / qMax(1, opens) << Qt::endl;
    return 0;
}
