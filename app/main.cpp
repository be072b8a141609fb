#include "app/CommandLine.h"
#include "app/ConsoleApp.h"
#include "app/QuitSignals.h"
#include "kac/BuildInfo.h"
#include "ui/FocusStyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

namespace {

void nameTheApplication()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(kac::kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kac::kApplicationVersion));
    QCoreApplication::setOrganizationName(QString::fromLatin1(kac::kOrganizationName));
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
