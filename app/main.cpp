#include "app/CommandLine.h"
#include "app/ConsoleApp.h"
#include "kac/BuildInfo.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(kac::kApplicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(kac::kApplicationVersion));
    QApplication::setOrganizationName(QString::fromLatin1(kac::kOrganizationName));
    // Ties windows to the installed .desktop file and hicolor icon (packaging/linux/).
    QGuiApplication::setDesktopFileName(QStringLiteral(KAC_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(KAC_APP_ID)));

    const kac::app::CommandLineOptions options = kac::app::parseCommandLine(app);
    if (!options.error.isEmpty()) {
        QTextStream(stderr) << options.error << Qt::endl;
        return 2;
    }

    kac::app::ConsoleApp console(options);
    console.start();
    if (options.quitAfterStart)
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
