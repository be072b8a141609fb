#pragma once

#include "models/screenpop/PopRequest.h"

#include <QString>
#include <QUrl>
#include <optional>

class QCoreApplication;

namespace kac::app {

struct CommandLineOptions
{
    QUrl endpoint;               // --endpoint URL; empty means "from settings"
    bool startSandbox = false;   // --sandbox: start the bundled sandbox and sign in to it
    bool quitAfterStart = false; // --quit-after-start (hidden): packaging smoke test
    // A screen pop: a kraken-agent-console:// URL as the argument, or the --pop-* options.
    std::optional<models::PopRequest> pop;
    QString error; // set when the command line is unusable
};

// Parses the application's arguments. Handles --help and --version itself (prints and exits),
// as QCommandLineParser does.
CommandLineOptions parseCommandLine(const QCoreApplication &app);

} // namespace kac::app
