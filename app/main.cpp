#include "api/Endpoint.h"
#include "api/LocalSandbox.h"
#include "app/CommandLine.h"
#include "kac/BuildInfo.h"
#include "ui/MainWindow.h"

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

    kac::ui::MainWindow window;
    kac::api::LocalSandbox sandbox;
    if (options.startSandbox) {
        window.setConnectionState(QObject::tr("Starting sandbox…"));
        QObject::connect(&sandbox, &kac::api::LocalSandbox::ready, &window, [&window](const QUrl &url) {
            window.setEndpoint(url);
            window.setConnectionState(QObject::tr("Sandbox ready"));
        });
        QObject::connect(&sandbox, &kac::api::LocalSandbox::failed, &window,
                         [&window](const QString &reason) { window.setConnectionState(reason); });
        sandbox.start();
    } else if (options.endpoint.isValid()) {
        window.setEndpoint(options.endpoint);
    }
    window.show();
    if (options.quitAfterStart)
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
