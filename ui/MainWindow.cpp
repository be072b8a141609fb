#include "ui/MainWindow.h"

#include "api/Session.h"
#include "api/Transport.h"
#include "models/AgentIdentity.h"
#include "models/AppSettings.h"
#include "ui/AccessibleNames.h"
#include "ui/AccountTab.h"
#include "ui/IdleLock.h"
#include "ui/KeyboardShortcutsDialog.h"
#include "ui/NavigationActions.h"
#include "ui/NoticeBar.h"
#include "ui/PiiConcealer.h"
#include "ui/SearchPane.h"
#include "ui/SettingsDialog.h"
#include "ui/SignInController.h"
#include "ui/TabStripKeys.h"
#include "ui/WindowFit.h"
#include "ui/campaigns/CampaignsPane.h"
#include "ui/conversations/LiveChatQueuePane.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSizeGrip>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace kac::ui {

namespace {
QLabel *statusLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    return label;
}
// The first control a Tab press would reach inside the pane.
void focusFirstControl(QWidget *pane)
{
    for (QWidget *w = pane->nextInFocusChain(); w != pane && pane->isAncestorOf(w);
         w = w->nextInFocusChain()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    pane->setFocus(Qt::ShortcutFocusReason);
}
} // namespace

MainWindow::MainWindow(const ConsoleContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_search(new SearchPane(context.transport, context.errors))
    , m_tabs(new QTabWidget)
    , m_signIn(new SignInController(context, this, this))
    , m_endpointLabel(statusLabel(QStringLiteral("endpointLabel"), tr("Endpoint"), this))
    , m_userLabel(statusLabel(QStringLiteral("userLabel"), tr("Signed-in agent"), this))
    , m_connectionLabel(statusLabel(QStringLiteral("connectionLabel"), tr("Connection"), this))
    , m_latencyLabel(statusLabel(QStringLiteral("latencyLabel"), tr("Last request latency"), this))
    , m_noticeBar(new NoticeBar(this))
    , m_agent(new models::AgentIdentity(context.transport, this))
{
    setWindowTitle(tr("Kraken Agent Console"));
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    m_tabs->setAccessibleName(tr("Open accounts"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setAccessibleName(m_tabs->accessibleName());
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_search);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({460, 740});
    AccessibleNames::nameSplitterHandles(splitter, tr("Resize search and accounts"));
    AccessibleNames::installComboBoxNaming();
    setCentralWidget(splitter);

    setConnectionState(tr("Not connected"));
    statusBar()->addWidget(m_endpointLabel);
    statusBar()->addPermanentWidget(m_noticeBar, 1); // a permanent widget: showMessage keeps it
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_latencyLabel);
    for (QSizeGrip *grip : statusBar()->findChildren<QSizeGrip *>())
        grip->setAccessibleName(tr("Resize window"));

    connect(m_search, &SearchPane::openAccountRequested, this, &MainWindow::openAccount);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeAccountTab);
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &MainWindow::rememberTabs);
    connect(m_signIn, &SignInController::endpointChanged, this, &MainWindow::setEndpoint);
    // What the session could not do with the keychain must not vanish after a few seconds.
    connect(m_signIn, &SignInController::notice, m_noticeBar, &NoticeBar::showNotice);
    if (context.transport) {
        connect(context.transport, &api::Transport::requestCompleted, this,
                [this](qint64 latencyMs, bool ok) {
                    m_lastRequestOk = ok;
                    AccessibleNames::setLabelledValue(m_latencyLabel, tr("Last request latency"),
                                                      tr("%1 ms").arg(latencyMs));
                    updateSessionState();
                });
    }
    if (context.session) {
        connect(context.session, &api::Session::stateChanged, this,
                &MainWindow::updateSessionState);
        connect(context.session, &api::Session::signedIn, this, &MainWindow::restoreTabs);
        connect(context.session, &api::Session::signedIn, m_agent, &models::AgentIdentity::load);
        connect(m_agent, &models::AgentIdentity::changed, this, &MainWindow::updateSessionState);
    }
    if (context.settings) {
        m_search->setRecentAccounts(
            context.settings->value(models::AppSettings::kRecentAccounts).toStringList());
        // What the stored settings could not give back, and whether this console saves at all.
        if (!context.settings->restoreNote().isEmpty())
            showNotice(context.settings->restoreNote());
        if (context.settings->isSessionOnly()) {
            QLabel *profile = statusLabel(QStringLiteral("profileLabel"), tr("Profile"), this);
            profile->setText(tr("Not saving: another console has this profile"));
            statusBar()->addPermanentWidget(profile);
        }
    }
    buildMenusAndShortcuts();
    buildTeamDocks();
    buildHelpMenu();
    buildIdleLock();
    updateSessionState();
    fitWindowToScreen(this, openingSize(this));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenusAndShortcuts()
{
    QMenu *console = menuBar()->addMenu(tr("&Console"));
    QAction *find = console->addAction(tr("&Find account"), QKeySequence(Qt::CTRL | Qt::Key_K));
    find->setObjectName(QStringLiteral("findAccountAction"));
    connect(find, &QAction::triggered, m_search, &SearchPane::focusSearch);
    QAction *close = console->addAction(tr("&Close account tab"));
    close->setObjectName(QStringLiteral("closeAccountTabAction"));
    // Ctrl+W and Ctrl+F4 spelled out: QKeySequence::Close is one of them per platform, and
    // giving a key twice makes it ambiguous, so it never fires (X11: Ctrl+W did nothing).
    close->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4)});
    connect(close, &QAction::triggered, this, [this] { closeAccountTab(m_tabs->currentIndex()); });
    // The tabs' close buttons take no focus: Ctrl+W, or the tab's context menu (menu key).
    m_tabs->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tabs->tabBar(), &QWidget::customContextMenuRequested, this,
            [this, close](const QPoint &at) {
                const int index = m_tabs->tabBar()->tabAt(at);
                if (index >= 0)
                    m_tabs->setCurrentIndex(index);
                if (m_tabs->count() > 0)
                    QMenu::exec({close}, m_tabs->tabBar()->mapToGlobal(at), nullptr, this);
            });
    console->addSeparator();
    QAction *settings = console->addAction(tr("&Settings…"), QKeySequence::Preferences);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setEnabled(m_context.settings != nullptr);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    QAction *signOut = console->addAction(tr("Sign &out"));
    connect(signOut, &QAction::triggered, this, [this] {
        if (m_context.session)
            m_context.session->signOut();
        // Nothing of the customer stays on screen behind the sign-in dialog: the idle lock's
        // cover hides the tabs (kept, so the agent is back where they were after signing in)
        // and the docks, and every revealed value is masked again.
        m_idleLock->lockWithMessage(tr("You signed out. Sign in to see customer details."));
        m_signIn->showDialog(tr("You signed out."));
    });
    console->addSeparator();
    QAction *quit = console->addAction(tr("&Quit"), QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);
    new NavigationActions(m_tabs, menuBar()->addMenu(tr("&Go")), this);
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(keys, &QAction::triggered, this, [this] {
        QObject owner;
        KeyboardShortcutsDialog dialog(shortcutGroups(&owner), this);
        dialog.exec();
    });
}

QList<KeyboardShortcutsDialog::Group> MainWindow::shortcutGroups(QObject *owner) const
{
    QList<KeyboardShortcutsDialog::Group> groups =
        KeyboardShortcutsDialog::groupsFromMenus(menuBar());
    // The section strip's own keys, from a strip built the way every account tab builds its own.
    QTabWidget strip;
    QList<QAction *> stripKeys = addTabStripKeys(&strip);
    for (QAction *action : stripKeys)
        action->setParent(owner); // outlive the throwaway strip
    groups << KeyboardShortcutsDialog::Group{tr("On an account's section strip"), stripKeys};
    return groups;
}

void MainWindow::buildTeamDocks()
{
    // Campaigns (team leads) and the live-chat queue live in docks, hidden until asked for, so
    // an agent's screen stays on the customer. Both open accounts as tabs; neither sends a
    // request before it is first shown, and hiding one drops what it has in flight (LazyPane).
    auto *campaigns = new CampaignsPane(m_context);
    connect(campaigns, &CampaignsPane::openAccountRequested, this, &MainWindow::openAccount);
    auto *liveChats = new LiveChatQueuePane(m_context.transport, m_context.errors);
    connect(liveChats, &LiveChatQueuePane::openAccountRequested, this, &MainWindow::openAccount);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const auto addDock = [this, view](QWidget *pane, const QString &title, const QString &name,
                                      const QKeySequence &shortcut) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        setFittingDockWidget(this, dock, pane);
        addDockWidget(Qt::RightDockWidgetArea, dock);
        dock->hide();
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(name + QStringLiteral("Toggle"));
        toggle->setShortcut(shortcut);
        // Showing a dock by key takes the keyboard into it.
        connect(toggle, &QAction::triggered, pane, [dock, pane](bool shown) {
            if (shown) {
                dock->raise();
                focusFirstControl(pane);
            }
        });
        view->addAction(toggle);
        return dock;
    };
    QDockWidget *campaignsDock =
        addDock(campaigns, tr("Campaigns"), QStringLiteral("campaignsDock"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(campaignsDock, &QDockWidget::visibilityChanged, campaigns, &CampaignsPane::setShown);
    QDockWidget *chatDock = addDock(liveChats, tr("Live chats"), QStringLiteral("liveChatsDock"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(chatDock, &QDockWidget::visibilityChanged, liveChats, &LiveChatQueuePane::setShown);
}

void MainWindow::buildIdleLock()
{
    // Customer data (tabs and docks) hides behind a lock after the configured idle time; tabs
    // survive it.
    auto *idleLock = new IdleLock(this, this);
    m_idleLock = idleLock;
    // Revealed PII does not come back by itself after a lock or a sign-out.
    connect(idleLock, &IdleLock::locked, this, [this] { PiiConcealer::concealAll(this); });
    if (m_context.settings)
        idleLock->applySettings(*m_context.settings);
    connect(idleLock, &IdleLock::signInRequested, m_signIn,
            [this] { m_signIn->showDialog(tr("Sign in again to unlock the console.")); });
    if (m_context.session)
        connect(m_context.session, &api::Session::signedIn, idleLock, &IdleLock::unlock);
}

AccountTab *MainWindow::accountTab(const QString &accountNumber) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<AccountTab *>(m_tabs->widget(i));
        if (tab && tab->accountNumber() == accountNumber)
            return tab;
    }
    return nullptr;
}

QStringList MainWindow::openAccountNumbers() const
{
    QStringList numbers;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<AccountTab *>(m_tabs->widget(i)))
            numbers << tab->accountNumber();
    }
    return numbers;
}

AccountTab *MainWindow::openAccount(const QString &accountNumber)
{
    return openAccountTab(accountNumber, true);
}

AccountTab *MainWindow::openAccountInBackground(const QString &accountNumber)
{
    return openAccountTab(accountNumber, false);
}

AccountTab *MainWindow::openAccountTab(const QString &accountNumber, bool inFront)
{
    if (AccountTab *existing = accountTab(accountNumber)) {
        if (inFront)
            m_tabs->setCurrentWidget(existing);
        return existing;
    }
    auto *tab = new AccountTab(m_context, accountNumber);
    const int index = m_tabs->addTab(tab, accountNumber);
    m_tabs->setTabToolTip(index, accountNumber);
    if (QWidget *closeButton = m_tabs->tabBar()->tabButton(index, QTabBar::RightSide))
        closeButton->setAccessibleName(tr("Close account %1").arg(accountNumber));
    connect(tab, &AccountTab::titleChanged, this, [this, tab](const QString &title) {
        const int at = m_tabs->indexOf(tab);
        if (at >= 0)
            m_tabs->setTabText(at, title);
    });
    connect(tab, &AccountTab::copied, this, &MainWindow::showNotice);
    connect(tab, &AccountTab::openAccountRequested, this, &MainWindow::openAccount);
    // Restored tabs load when first shown (AccountTab::showEvent): a long restored list costs
    // nothing until the agent looks at it.
    if (!m_restoring) {
        if (inFront)
            m_tabs->setCurrentIndex(index);
        tab->start(); // the header and its banners load now, in front or not
    }
    rememberRecent(accountNumber);
    rememberTabs();
    emit accountOpened(tab);
    return tab;
}

void MainWindow::closeAccountTab(int index)
{
    QWidget *tab = m_tabs->widget(index);
    if (!tab)
        return;
    auto *account = qobject_cast<AccountTab *>(tab);
    if (account && !confirmLosingUnsentText({account}))
        return;
    m_tabs->removeTab(index);
    tab->deleteLater(); // its AccountService cancels whatever is in flight
    rememberTabs();
}

bool MainWindow::confirmLosingUnsentText(const QList<AccountTab *> &tabs)
{
    QStringList accounts;
    for (AccountTab *tab : tabs) {
        if (tab->hasUnsentText())
            accounts << tab->accountNumber();
    }
    if (accounts.isEmpty())
        return true;
    QMessageBox ask(QMessageBox::Warning, tr("Note not added"),
                    tr("You typed a note on %1 and have not added it. Close and lose the note?")
                        .arg(accounts.join(QStringLiteral(", "))),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("unsentTextQuestion"));
    ask.setDefaultButton(QMessageBox::Cancel);
    return ask.exec() == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QList<AccountTab *> tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<AccountTab *>(m_tabs->widget(i)))
            tabs << tab;
    }
    if (!confirmLosingUnsentText(tabs)) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreTabs()
{
    if (!m_context.settings || m_tabs->count() > 0 ||
        !m_context.settings->value(models::AppSettings::kRestoreTabs).toBool())
        return;
    m_restoring = true;
    const QStringList numbers =
        m_context.settings->value(models::AppSettings::kOpenTabs).toStringList();
    for (const QString &number : numbers)
        openAccount(number);
    m_restoring = false;
    if (m_tabs->count() > 0)
        m_tabs->setCurrentIndex(0);
}

void MainWindow::rememberTabs()
{
    if (m_context.settings && !m_restoring)
        m_context.settings->setValue(models::AppSettings::kOpenTabs, openAccountNumbers());
}

void MainWindow::rememberRecent(const QString &accountNumber)
{
    if (!m_context.settings || m_restoring)
        return;
    QStringList recent =
        m_context.settings->value(models::AppSettings::kRecentAccounts).toStringList();
    recent.removeAll(accountNumber);
    recent.prepend(accountNumber);
    while (recent.size() > models::AppSettings::kMaxRecentAccounts)
        recent.removeLast();
    m_context.settings->setValue(models::AppSettings::kRecentAccounts, recent);
    m_search->setRecentAccounts(recent);
}

void MainWindow::setEndpoint(const QUrl &endpoint)
{
    AccessibleNames::setLabelledValue(m_endpointLabel, tr("Endpoint"),
                                      endpoint.toString(QUrl::RemoveUserInfo));
}

void MainWindow::setConnectionState(const QString &state)
{
    AccessibleNames::setLabelledValue(m_connectionLabel, tr("Connection"), state);
}

void MainWindow::showNotice(const QString &message)
{
    statusBar()->showMessage(message, 5000);
}

void MainWindow::updateSessionState()
{
    if (!m_context.session)
        return;
    using State = api::Session::State;
    const State state = m_context.session->state();
    if (state == State::SignedOut)
        m_agent->clear();
    // The agent's name once Kraken has said it; until then what the session knows.
    const QString agent =
        m_agent->displayName().isEmpty() ? m_context.session->user() : m_agent->displayName();
    AccessibleNames::setLabelledValue(m_userLabel, tr("Signed-in agent"),
                                      state == State::SignedIn ? agent : QString());
    switch (state) {
    case State::SignedOut:
        setConnectionState(tr("Signed out"));
        break;
    case State::SigningIn:
        setConnectionState(tr("Signing in…"));
        break;
    case State::SignInRequired:
        setConnectionState(tr("Sign-in required"));
        break;
    case State::SignedIn:
        setConnectionState(m_lastRequestOk ? tr("Connected") : tr("Connection problem"));
        break;
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_context.settings, this);
    dialog.exec();
}

} // namespace kac::ui
