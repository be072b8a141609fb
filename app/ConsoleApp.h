#pragma once

#include "api/EndpointCapabilities.h"
#include "api/EndpointLearner.h"
#include "api/ErrorCatalog.h"
#include "api/KeychainTokenStore.h"
#include "sandbox-launcher/LocalSandbox.h"
#include "api/Session.h"
#include "api/Transport.h"
#include "app/CommandLine.h"

#include <QObject>
#include <memory>

namespace kac::models {
class AppSettings;
}
namespace kac::ui {
class MainWindow;
}

namespace kac::app {

// Builds the console's object graph (settings, transport, keychain, session, what the endpoint
// offers and who learns it, error catalog, main window) and starts it the way the command line
// asks: the bundled sandbox signed in with its API key (--sandbox), an endpoint given on the
// command line, or the remembered one.
class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kSandboxApiKey = "sk_sandbox_agent_key";
    static constexpr const char *kSandboxDemoAccount = "A-2B7E41C9";

    explicit ConsoleApp(const CommandLineOptions &options, QObject *parent = nullptr);
    ~ConsoleApp() override;

    void start();
    ui::MainWindow *window() const { return m_window.get(); }

private:
    void startSandbox();

    CommandLineOptions m_options;
    std::unique_ptr<models::AppSettings> m_settings;
    api::Transport m_transport;
    api::KeychainTokenStore m_tokenStore;
    api::Session m_session;
    api::EndpointCapabilities m_capabilities;
    api::EndpointLearner m_learner;
    api::ErrorCatalog m_errors;
    launcher::LocalSandbox m_sandbox;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace kac::app
