#include "app/ConsoleGraph.h"

#include "models/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/ScreenPopController.h"
#include "ui/SignInController.h"

namespace kac::app {

ConsoleGraph::ConsoleGraph(models::AppSettings *settings, api::TokenStore *tokenStore,
                           QNetworkAccessManager *network, const QString &schemaCacheDirectory,
                           QObject *parent)
    : QObject(parent)
    , m_readOnlyTokens(settings->isSessionOnly() && tokenStore != nullptr
                           ? std::make_unique<api::ReadOnlyTokenStore>(tokenStore)
                           : nullptr)
    , m_transport(network)
    , m_session(&m_transport, m_readOnlyTokens ? m_readOnlyTokens.get() : tokenStore)
    , m_learner(&m_transport, &m_capabilities, schemaCacheDirectory)
{
    m_transport.setAuthenticator(&m_session);
    // Every request is checked against what the signed-in endpoint offers, learned after each
    // sign-in; until then (or if learning fails) everything is sent.
    m_transport.setCapabilities(&m_capabilities);
    connect(&m_session, &api::Session::signedIn, &m_learner, &api::EndpointLearner::learn);
    connect(&m_session, &api::Session::signedOut, &m_learner, &api::EndpointLearner::forget);
    m_transport.setHttp2Allowed(settings->value(models::AppSettings::kHttp2).toBool());
    m_transport.setResponseCapBytes(
        qint64(settings->value(models::AppSettings::kMaxResponseMegabytes).toInt()) * 1024 * 1024);
    ui::ConsoleContext context;
    context.transport = &m_transport;
    context.session = &m_session;
    context.settings = settings;
    context.errors = &m_errors;
    m_window = std::make_unique<ui::MainWindow>(context);
    m_screenPop = std::make_unique<ui::ScreenPopController>(m_window.get(), context);
    // What the last endpoint offered says nothing of the next one.
    connect(m_window->signIn(), &ui::SignInController::endpointChanged, &m_learner,
            &api::EndpointLearner::forget);
    connect(&m_learner, &api::EndpointLearner::failed, m_window.get(), &ui::MainWindow::showNotice);
}

ConsoleGraph::~ConsoleGraph()
{
    // The window's services hold requests on the transport: close them first.
    m_screenPop.reset();
    m_window.reset();
    m_transport.setAuthenticator(nullptr);
}

} // namespace kac::app
