#include "app/CommandLine.h"

#include "api/Endpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace kac::app {

CommandLineOptions parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Console for energy retail call-centre agents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption endpointOption(
        QStringLiteral("endpoint"),
        QCoreApplication::translate("main", "Kraken GraphQL endpoint to use (https:// only)."),
        QStringLiteral("url"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main",
                                    "Start the bundled sandbox on a free port and sign in to it."));
    // Lets scripts/check-package.sh prove an installed package starts: show the main window,
    // then quit as soon as the event loop runs. Not for agents, so not in --help.
    QCommandLineOption quitAfterStartOption(QStringLiteral("quit-after-start"),
                                            QStringLiteral("Quit once the main window is shown."));
    quitAfterStartOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(endpointOption);
    parser.addOption(sandboxOption);
    parser.addOption(quitAfterStartOption);
    parser.process(app);

    CommandLineOptions options;
    options.startSandbox = parser.isSet(sandboxOption);
    options.quitAfterStart = parser.isSet(quitAfterStartOption);
    if (parser.isSet(endpointOption)) {
        options.endpoint = QUrl::fromUserInput(parser.value(endpointOption));
        const QString problem = api::endpointProblem(options.endpoint);
        if (!problem.isEmpty())
            options.error = problem;
    }
    if (options.startSandbox && parser.isSet(endpointOption))
        options.error = QCoreApplication::translate("main",
                                                    "--sandbox and --endpoint cannot be combined.");
    return options;
}

} // namespace kac::app
