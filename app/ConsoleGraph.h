#pragma once

#include "api/EndpointCapabilities.h"
#include "api/EndpointLearner.h"
#include "api/ErrorCatalog.h"
#include "api/ReadOnlyTokenStore.h"
#include "api/SchemaCache.h"
#include "api/Session.h"
#include "api/Transport.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace kac::api {
class TokenStore;
}
namespace kac::models {
class AppSettings;
}
namespace kac::ui {
class MainWindow;
class ScreenPopController;
} // namespace kac::ui

namespace kac::app {

// The console's object graph and how it is wired: transport, session, what the endpoint offers
// and who learns it after each sign-in, error catalog, main window. The executable (ConsoleApp)
// and the console tests both build it here, so a test cannot drift from the product. Where the
// settings, tokens and network come from is the caller's choice (the tests' keychain-free
// session, a fault-injecting network, a temporary schema cache).
class ConsoleGraph : public QObject
{
    Q_OBJECT
public:
    // None is owned; all must outlive the graph. `network` null: the transport's own. When the
    // settings are session-only (another console owns the profile), the session only reads
    // `tokenStore`: it never overwrites or deletes the other console's remembered sign-in.
    ConsoleGraph(models::AppSettings *settings, api::TokenStore *tokenStore,
                 QNetworkAccessManager *network = nullptr,
                 const QString &schemaCacheDirectory = api::SchemaCache::defaultDirectory(),
                 QObject *parent = nullptr);
    ~ConsoleGraph() override;

    api::Transport &transport() { return m_transport; }
    api::Session &session() { return m_session; }
    api::EndpointCapabilities &capabilities() { return m_capabilities; }
    api::EndpointLearner &learner() { return m_learner; }
    const api::ErrorCatalog &errors() const { return m_errors; }
    ui::MainWindow *window() const { return m_window.get(); }
    // Every way a screen pop comes in (URL, command line, a second console) ends here.
    ui::ScreenPopController *screenPop() const { return m_screenPop.get(); }

private:
    // Set only when another console owns the profile; declared before the session that uses it.
    std::unique_ptr<api::ReadOnlyTokenStore> m_readOnlyTokens;
    api::Transport m_transport;
    api::Session m_session;
    api::EndpointCapabilities m_capabilities;
    api::EndpointLearner m_learner;
    api::ErrorCatalog m_errors;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::ScreenPopController> m_screenPop;
};

} // namespace kac::app
