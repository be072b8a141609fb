#include "app/ConsoleApp.h"

#include "api/Log.h"
#include "models/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/ScreenPopController.h"
#include "ui/SignInController.h"

#include <QFileOpenEvent>
#include <QGuiApplication>
#include <QSessionManager>

namespace kac::app {

ConsoleApp::ConsoleApp(const CommandLineOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(models::AppSettings::openStandardScopes())
    , m_tokenStore(QUrl())
    , m_graph(m_settings.get(), &m_tokenStore)
    , m_instance(SingleInstance::standardProfileKey())
{
    // Consoles started while this one runs hand their pops here (main.cpp forwards first).
    m_instance.setHandler([this](const QString &message) { return takeOver(message); });
    QString problem;
    if (!m_instance.listen(&problem))
        qCWarning(kacUi, "screen pops from other programs will not reach this console: %s",
                  qPrintable(problem));
    qApp->installEventFilter(this);
    startPopListener();
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
    if (m_options.pop)
        m_graph.screenPop()->pop(*m_options.pop); // shown once signed in
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

QString ConsoleApp::takeOver(const QString &message)
{
    if (message == QLatin1String(SingleInstance::kActivate)) {
        bringToFront();
        return {};
    }
    const models::PopParse parsed = models::ScreenPop::parseUrl(message);
    if (!parsed.request)
        return parsed.error;
    showPop(*parsed.request);
    return {};
}

void ConsoleApp::showPop(const models::PopRequest &pop)
{
    if (!pop.ringing)
        bringToFront();
    m_graph.screenPop()->pop(pop);
}

void ConsoleApp::startPopListener()
{
    const int port = m_settings->value(models::AppSettings::kPopListenerPort).toInt();
    if (port <= 0)
        return; // off unless an administrator set a port
    m_popListener = std::make_unique<PopListener>(
        m_settings->value(models::AppSettings::kPopListenerToken).toString(),
        [this](const models::PopRequest &pop) { showPop(pop); });
    QString problem;
    if (!m_popListener->listen(quint16(port), &problem)) {
        qCWarning(kacUi, "the screen-pop listener on 127.0.0.1:%d is off: %s", port,
                  qPrintable(problem));
        m_popListener.reset();
    }
}

void ConsoleApp::bringToFront()
{
    if (window()->isMinimized())
        window()->showNormal();
    window()->show();
    window()->raise();
    window()->activateWindow();
}

bool ConsoleApp::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        if (url.scheme() == QLatin1String(models::ScreenPop::kScheme)) {
            const QString refused = takeOver(url.toString(QUrl::FullyEncoded));
            if (!refused.isEmpty())
                qCWarning(kacUi, "screen pop refused: %s", qPrintable(refused));
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kac::app
