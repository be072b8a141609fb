#pragma once

#include "api/KeychainTokenStore.h"
#include "app/CommandLine.h"
#include "app/ConsoleGraph.h"
#include "app/PopListener.h"
#include "app/SingleInstance.h"
#include "sandbox-launcher/LocalSandbox.h"

#include <QObject>
#include <memory>

namespace kac::models {
class AppSettings;
}
namespace kac::app {

// Builds the console (settings, keychain, the object graph of ConsoleGraph) and starts it the way
// the command line asks: the bundled sandbox signed in with its API key (--sandbox), an endpoint
// given on the command line, or the remembered one.
class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kSandboxApiKey = "sk_sandbox_agent_key";
    static constexpr const char *kSandboxDemoAccount = "A-2B7E41C9";

    explicit ConsoleApp(const CommandLineOptions &options, QObject *parent = nullptr);
    ~ConsoleApp() override;

    void start();
    ui::MainWindow *window() const { return m_graph.window(); }

protected:
    // macOS hands a kraken-agent-console:// URL to the running bundle as a QFileOpenEvent.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startSandbox();
    // What a second console (or the OS) handed over: "activate" or a pop URL. Empty: accepted.
    QString takeOver(const QString &message);
    void showPop(const models::PopRequest &pop);
    void startPopListener();
    void bringToFront();

    CommandLineOptions m_options;
    std::unique_ptr<models::AppSettings> m_settings;
    api::KeychainTokenStore m_tokenStore;
    launcher::LocalSandbox m_sandbox;
    ConsoleGraph m_graph; // destroyed first: the window's services hold requests on it
    SingleInstance m_instance;
    std::unique_ptr<PopListener> m_popListener; // only when an administrator configured it
};

} // namespace kac::app
