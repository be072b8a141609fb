#pragma once

#include "app/ConsoleGraph.h"
#include "models/AppSettings.h"
#include "support/FaultInjectingNetwork.h"
#include "support/SignedInTransport.h"
#include "support/WindowActivation.h"
#include "ui/MainWindow.h"
#include "ui/SignInController.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace kac::test {

// A console window on a session, built by app::ConsoleGraph exactly as the executable builds it
// (transport, session, endpoint learning, error catalog, main window), with settings and the
// schema cache in a temporary directory of its own and a network that injects faults on demand.
// No keychain unless the test passes a token store; a schema cache of the test's to share one
// between consoles; settings of the test's (e.g. AppSettings::openProfile on a profile two
// consoles share) instead of its own. signIn() goes the way `--sandbox` does.
class ConsoleFixture
{
public:
    explicit ConsoleFixture(api::TokenStore *tokenStore = nullptr,
                            const QString &schemaCacheDirectory = {},
                            models::AppSettings *settings = nullptr)
        : m_userSettings(m_dir.filePath(QStringLiteral("user.ini")), QSettings::IniFormat)
        , m_settings(&m_userSettings, nullptr)
        , m_usedSettings(settings != nullptr ? settings : &m_settings)
        , graph(m_usedSettings, tokenStore, &network,
                schemaCacheDirectory.isEmpty() ? m_dir.filePath(QStringLiteral("schemas"))
                                               : schemaCacheDirectory)
    {}

    ui::MainWindow *window() const { return graph.window(); }
    api::Transport &transport() { return graph.transport(); }
    api::Session &session() { return graph.session(); }
    models::AppSettings *settings() { return m_usedSettings; }

    // Shows the window (default: the most common agent screen size) and waits until it is.
    bool show(QSize size = {1366, 740})
    {
        window()->resize(size);
        window()->show();
        return QTest::qWaitForWindowExposed(window());
    }

    // Shows the window at the size it opens at on the screen it runs on (ui/WindowFit, what the
    // window-fit test checks) and makes it the active window (window shortcuts fire only there,
    // what the keyboard test presses); false if it did not become active.
    bool showActive() { return kac::test::showActive(window()); }

    // Signs in to `endpoint` with the sandbox API key through the sign-in controller and waits
    // for the session (learning what the endpoint offers goes on after; a test about it waits
    // for EndpointLearner::learned itself). False if the sign-in failed or took too long.
    bool signIn(const QUrl &endpoint, int timeoutMs = 15000)
    {
        QSignalSpy signedIn(&session(), &api::Session::signedIn);
        QSignalSpy failed(&session(), &api::Session::signInFailed);
        window()->signIn()->signInWithApiKey(endpoint, sandboxApiKey());
        (void)QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); },
                              timeoutMs); // the answer is read below
        return !signedIn.isEmpty();
    }

private:
    QTemporaryDir m_dir;
    QSettings m_userSettings;
    models::AppSettings m_settings;
    models::AppSettings *m_usedSettings;

public:
    FaultInjectingNetwork network; // faults for single requests
    app::ConsoleGraph graph;
};

} // namespace kac::test
