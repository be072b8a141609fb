#include "app/CommandLine.h"
#include "app/ConsoleApp.h"
#include "app/QuitSignals.h"
#include "app/SingleInstance.h"
#include "kac/BuildInfo.h"
#include "ui/FocusStyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QTextStream>
#include <QTimer>
#include <optional>

namespace {

void nameTheApplication()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(kac::kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kac::kApplicationVersion));
    QCoreApplication::setOrganizationName(QString::fromLatin1(kac::kOrganizationName));
}

// The exit code when a running console took over, or nothing when none runs.
std::optional<int> handToRunningConsole(const kac::app::CommandLineOptions &options)
{
    using kac::app::SingleInstance;
    const QString message = options.pop ? options.pop->toUrl().toString(QUrl::FullyEncoded)
                                        : QString::fromLatin1(SingleInstance::kActivate);
    QString reply;
    switch (SingleInstance::forward(SingleInstance::standardProfileKey(), message, 3000, &reply)) {
    case SingleInstance::Forwarded::NoneRunning:
        return std::nullopt;
    case SingleInstance::Forwarded::Accepted:
        QTextStream(stdout) << QCoreApplication::translate(
                                   "main", "Handed over to the console that is already running.")
                            << Qt::endl;
        return 0;
    case SingleInstance::Forwarded::Refused:
        QTextStream(stderr) << reply << Qt::endl;
        return 2;
    case SingleInstance::Forwarded::NoAnswer:
        break;
    }
    QTextStream(stderr) << QCoreApplication::translate(
                               "main", "A console is running on this profile but did not answer.")
                        << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    kac::app::CommandLineOptions options;
    {
        // The command line first, without a GUI: --help, --version and a wrong option must work
        // over SSH on a support desk with no display.
        QCoreApplication commandLine(argc, argv);
        nameTheApplication();
        options = kac::app::parseCommandLine(commandLine); // --help/--version print and exit
        if (!options.error.isEmpty()) {
            QTextStream(stderr) << options.error << Qt::endl;
            return 2;
        }
        // One console per profile: one already running takes the pop (or comes to the front),
        // and this process ends before it opens a window or the settings.
        if (const std::optional<int> handedOver = handToRunningConsole(options))
            return *handedOver;
    }

    QApplication app(argc, argv);
    nameTheApplication();
    // Ties windows to the installed .desktop file and hicolor icon (packaging/linux/).
    QGuiApplication::setDesktopFileName(QStringLiteral(KAC_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(KAC_APP_ID)));
    // Before any widget exists: every control's focus ring is the console's own (>= 3:1).
    QApplication::setStyle(new kac::ui::FocusStyle);

    // SIGTERM (log-out, shutdown, kill) and SIGINT quit through the event loop, so the console
    // below is destroyed normally: tabs and settings saved, sandbox stopped.
    kac::app::QuitSignals quitSignals;
    QObject::connect(&quitSignals, &kac::app::QuitSignals::quitRequested, &app,
                     &QCoreApplication::quit);
    kac::app::ConsoleApp console(options);
    console.start();
    if (options.quitAfterStart)
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
