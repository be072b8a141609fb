#include "app/ConsoleApp.h"

#include "api/Log.h"
#include "models/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/SignInController.h"

#include <QGuiApplication>
#include <QSessionManager>

namespace kac::app {

ConsoleApp::ConsoleApp(const CommandLineOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(models::AppSettings::openStandardScopes())
    , m_tokenStore(QUrl())
    , m_graph(m_settings.get(), &m_tokenStore)
{
    // The keychain entry follows the endpoint, so each endpoint remembers its own sign-in.
    connect(window()->signIn(), &ui::SignInController::endpointChanged, this,
            [this](const QUrl &endpoint) { m_tokenStore.setEndpoint(endpoint); });
    // Log-out: the session manager may end the process without a quit, so everything the
    // agent would lose is written now (open tabs are stored as they change).
    connect(qGuiApp, &QGuiApplication::commitDataRequest, this,
            [this](QSessionManager &) { m_settings->sync(); });
}

ConsoleApp::~ConsoleApp() = default;

void ConsoleApp::start()
{
    window()->show();
    if (m_options.startSandbox) {
        startSandbox();
        return;
    }
    const QUrl endpoint =
        m_options.endpoint.isValid()
            ? m_options.endpoint
            : QUrl(m_settings->value(models::AppSettings::kEndpointUrl).toString());
    window()->signIn()->resumeOrAsk(endpoint);
}

void ConsoleApp::startSandbox()
{
    window()->setConnectionState(tr("Starting sandbox…"));
    // Something to look at on a first run: the fixed account with life support, hardship and an
    // overdue balance (sandbox/FIXTURES.md), unless tabs from last time were reopened.
    connect(
        &m_graph.session(), &api::Session::signedIn, this,
        [this] {
            if (window()->openAccountNumbers().isEmpty())
                window()->openAccount(QString::fromLatin1(kSandboxDemoAccount));
            // The tabs are open now (restored or the demo one): scripts and tests wait for this.
            qCInfo(kacSandbox, "signed in to the sandbox");
        },
        Qt::SingleShotConnection);
    connect(&m_sandbox, &launcher::LocalSandbox::ready, this, [this](const QUrl &url) {
        window()->signIn()->signInWithApiKey(url, QString::fromLatin1(kSandboxApiKey));
    });
    connect(&m_sandbox, &launcher::LocalSandbox::failed, this, [this](const QString &reason) {
        window()->setConnectionState(reason);
        window()->signIn()->showDialog(tr("The sandbox did not start: %1").arg(reason));
    });
    m_sandbox.start();
}

} // namespace kac::app
