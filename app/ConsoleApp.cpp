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
    , m_session(&m_transport, &m_tokenStore)
    , m_learner(&m_transport, &m_capabilities)
{
    m_transport.setAuthenticator(&m_session);
    // Every request is checked against what the signed-in endpoint offers, learned after each
    // sign-in; until then (or if learning fails) everything is sent.
    m_transport.setCapabilities(&m_capabilities);
    connect(&m_session, &api::Session::signedIn, &m_learner, &api::EndpointLearner::learn);
    connect(&m_session, &api::Session::signedOut, &m_learner, &api::EndpointLearner::forget);
    m_transport.setHttp2Allowed(m_settings->value(models::AppSettings::kHttp2).toBool());
    m_transport.setResponseCapBytes(
        qint64(m_settings->value(models::AppSettings::kMaxResponseMegabytes).toInt()) * 1024 * 1024);
    ui::ConsoleContext context;
    context.transport = &m_transport;
    context.session = &m_session;
    context.settings = m_settings.get();
    context.errors = &m_errors;
    m_window = std::make_unique<ui::MainWindow>(context);
    // The keychain entry follows the endpoint, so each endpoint remembers its own sign-in.
    connect(m_window->signIn(), &ui::SignInController::endpointChanged, this,
            [this](const QUrl &endpoint) {
                m_tokenStore.setEndpoint(endpoint);
                m_learner.forget(); // what the last endpoint offered says nothing of this one
            });
    connect(&m_learner, &api::EndpointLearner::failed, m_window.get(), &ui::MainWindow::showNotice);
    // Log-out: the session manager may end the process without a quit, so everything the
    // agent would lose is written now (open tabs are stored as they change).
    connect(qGuiApp, &QGuiApplication::commitDataRequest, this,
            [this](QSessionManager &) { m_settings->sync(); });
}

ConsoleApp::~ConsoleApp()
{
    // The window's services hold requests on the transport: close them first.
    m_window.reset();
}

void ConsoleApp::start()
{
    m_window->show();
    if (m_options.startSandbox) {
        startSandbox();
        return;
    }
    const QUrl endpoint =
        m_options.endpoint.isValid()
            ? m_options.endpoint
            : QUrl(m_settings->value(models::AppSettings::kEndpointUrl).toString());
    m_window->signIn()->resumeOrAsk(endpoint);
}

void ConsoleApp::startSandbox()
{
    m_window->setConnectionState(tr("Starting sandbox…"));
    // Something to look at on a first run: the fixed account with life support, hardship and an
    // overdue balance (sandbox/FIXTURES.md), unless tabs from last time were reopened.
    connect(
        &m_session, &api::Session::signedIn, this,
        [this] {
            if (m_window->openAccountNumbers().isEmpty())
                m_window->openAccount(QString::fromLatin1(kSandboxDemoAccount));
            // The tabs are open now (restored or the demo one): scripts and tests wait for this.
            qCInfo(kacSandbox, "signed in to the sandbox");
        },
        Qt::SingleShotConnection);
    connect(&m_sandbox, &launcher::LocalSandbox::ready, this, [this](const QUrl &url) {
        m_window->signIn()->signInWithApiKey(url, QString::fromLatin1(kSandboxApiKey));
    });
    connect(&m_sandbox, &launcher::LocalSandbox::failed, this, [this](const QString &reason) {
        m_window->setConnectionState(reason);
        m_window->signIn()->showDialog(tr("The sandbox did not start: %1").arg(reason));
    });
    m_sandbox.start();
}

} // namespace kac::app
