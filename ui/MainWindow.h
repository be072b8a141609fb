#pragma once

#include "ui/ConsoleContext.h"
#include "ui/KeyboardShortcutsDialog.h"

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QTabWidget;

namespace kac::models {
class AgentIdentity;
}

namespace kac::ui {

class AccountTab;
class NoticeBar;
class IdleLock;
class SearchPane;
class SignInController;

// The agent's main window: the search pane on the left, one tab per open account on the right
// (closable, reorderable, reopened at the next start), and a status bar with the endpoint, the
// signed-in agent, the connection state and the last request's latency.
// Keys: every one is a QAction in a menu (Help ▸ Keyboard shortcuts lists them): Ctrl+K search,
// Enter open, Ctrl+W close tab, the Go menu (ui/NavigationActions), the docks' toggles.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ConsoleContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    SearchPane *searchPane() const { return m_search; }
    QTabWidget *accountTabs() const { return m_tabs; }
    SignInController *signIn() const { return m_signIn; }
    AccountTab *accountTab(const QString &accountNumber) const;
    QStringList openAccountNumbers() const;

    void setEndpoint(const QUrl &endpoint);
    void setConnectionState(const QString &state);
    void showNotice(const QString &message);             // a few seconds in the status bar
    NoticeBar *noticeBar() const { return m_noticeBar; } // stays until dismissed
    IdleLock *idleLock() const { return m_idleLock; }

    // Opens (or switches to) the account's tab and loads it.
    AccountTab *openAccount(const QString &accountNumber);
    // Opens and loads the tab without switching to it (a call still ringing): the agent stays
    // where they are.
    AccountTab *openAccountInBackground(const QString &accountNumber);
    void closeAccountTab(int index);
    // Reopens the tabs of the last session (ui/openTabs) when ui/restoreTabs allows.
    void restoreTabs();

    // What Help ▸ Keyboard shortcuts shows: the menus' actions and the section strip's keys
    // (those actions belong to owner).
    QList<KeyboardShortcutsDialog::Group> shortcutGroups(QObject *owner) const;

signals:
    void accountOpened(kac::ui::AccountTab *tab);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Asks before text the agent typed in these tabs is lost; true: go ahead.
    bool confirmLosingUnsentText(const QList<AccountTab *> &tabs);
    AccountTab *openAccountTab(const QString &accountNumber, bool inFront);
    void buildMenusAndShortcuts();
    void buildTeamDocks();
    void buildHelpMenu();
    void buildIdleLock();
    void rememberTabs();
    void rememberRecent(const QString &accountNumber);
    void updateSessionState();
    void showSettings();

    ConsoleContext m_context;
    SearchPane *m_search;
    QTabWidget *m_tabs;
    SignInController *m_signIn;
    QLabel *m_endpointLabel;
    QLabel *m_userLabel;
    QLabel *m_connectionLabel;
    QLabel *m_latencyLabel;
    NoticeBar *m_noticeBar;
    models::AgentIdentity *m_agent;
    IdleLock *m_idleLock = nullptr; // also covers the window after sign-out
    bool m_lastRequestOk = true;
    bool m_restoring = false;
};

} // namespace kac::ui
