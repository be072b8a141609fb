#pragma once

#include <QString>
#include <QUrl>

class QCoreApplication;

namespace kac::app {

struct CommandLineOptions
{
    QUrl endpoint;          // --endpoint URL; empty means "from settings"
    bool startSandbox = false; // --sandbox: start the bundled sandbox and sign in to it
    bool quitAfterStart = false; // --quit-after-start (hidden): packaging smoke test
    QString error;          // set when the command line is unusable
};

// Parses the application's arguments. Handles --help and --version itself (prints and exits),
// as QCommandLineParser does.
CommandLineOptions parseCommandLine(const QCoreApplication &app);

} // namespace kac::app
