#include "app/CommandLine.h"

#include "api/Endpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrlQuery>

namespace kac::app {

namespace {

// --pop-phone and friends: each one the URL's query field of the same name.
constexpr const char *kPopFields[] = {"phone", "account", "nmi", "mirn", "call", "contact"};

QString popOptionName(const char *field)
{
    return QStringLiteral("pop-") + QLatin1String(field);
}

// The pop the command line asks for, if any: the URL, or the options (not both).
void readPop(const QCommandLineParser &parser, CommandLineOptions &options)
{
    QUrlQuery query;
    for (const char *field : kPopFields)
        if (parser.isSet(popOptionName(field)))
            query.addQueryItem(QLatin1String(field), parser.value(popOptionName(field)));
    if (parser.isSet(QStringLiteral("pop-ringing")))
        query.addQueryItem(QStringLiteral("ringing"), QStringLiteral("1"));
    const QStringList urls = parser.positionalArguments();
    if (urls.size() > 1 || (!urls.isEmpty() && !query.isEmpty())) {
        options.error =
            QCoreApplication::translate("main", "Give one pop URL or the --pop options, not both.");
        return;
    }
    if (urls.isEmpty() && query.isEmpty())
        return;
    const models::PopParse parsed = urls.isEmpty() ? models::ScreenPop::parseQuery(query)
                                                   : models::ScreenPop::parseUrl(urls.first());
    if (!parsed.request)
        options.error =
            QCoreApplication::translate("main", "Screen pop refused: %1.").arg(parsed.error);
    options.pop = parsed.request;
}

} // namespace

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
    // Screen pops from a telephony system (README "Screen pop"): handed to the running console.
    const char *popHelp[] = {
        QT_TRANSLATE_NOOP("main", "Screen pop: the caller's phone number."),
        QT_TRANSLATE_NOOP("main", "Screen pop: the account number."),
        QT_TRANSLATE_NOOP("main", "Screen pop: the NMI."),
        QT_TRANSLATE_NOOP("main", "Screen pop: the MIRN."),
        QT_TRANSLATE_NOOP("main", "Screen pop: Kraken's call id."),
        QT_TRANSLATE_NOOP("main", "Screen pop: the telephony system's contact id (shown only)."),
    };
    for (int i = 0; i < int(std::size(kPopFields)); ++i)
        parser.addOption({popOptionName(kPopFields[i]),
                          QCoreApplication::translate("main", popHelp[i]),
                          QStringLiteral("value")});
    parser.addOption({QStringLiteral("pop-ringing"),
                      QCoreApplication::translate(
                          "main", "Screen pop: the call is still ringing (load, keep focus).")});
    parser.addPositionalArgument(
        QStringLiteral("url"),
        QCoreApplication::translate("main", "A screen pop: kraken-agent-console://pop?phone=..."),
        QStringLiteral("[url]"));
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
    if (options.error.isEmpty())
        readPop(parser, options);
    if (options.startSandbox && parser.isSet(endpointOption))
        options.error =
            QCoreApplication::translate("main", "--sandbox and --endpoint cannot be combined.");
    return options;
}

} // namespace kac::app
