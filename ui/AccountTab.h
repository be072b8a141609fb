#pragma once

#include "ui/ConsoleContext.h"

#include <QWidget>

class QTabWidget;

namespace kac::models {
class AccountService;
class ActivityLog;
struct AccountOverview;
} // namespace kac::models

namespace kac::ui {

class AccountHeaderWidget;
class AccountNoteEditor;
class ContactDetailsPane;
class PaneStateWidget;
class SectionPane;

// One open account: the header (always visible once loaded) above the sections, each a tab
// loaded the first time it is shown. The first section (account users and contact details)
// arrives with the header in one request. Closing the tab cancels everything in flight; so does
// hiding it (another account tab, or another section, in front): what is out of sight never
// holds a connection the visible pane needs, and it loads again when shown.
class AccountTab : public QWidget
{
    Q_OBJECT
public:
    AccountTab(const ConsoleContext &context, const QString &accountNumber,
               QWidget *parent = nullptr);

    QString accountNumber() const;
    models::AccountService *service() const { return m_service; }
    AccountHeaderWidget *header() const { return m_header; }
    PaneStateWidget *paneState() const { return m_state; }
    QTabWidget *sections() const { return m_sections; }
    SectionPane *sectionPane(const QString &sectionId) const;
    AccountNoteEditor *noteEditor() const { return m_noteEditor; }
    // What the agent did in this tab this session (every action's sends, with their results).
    models::ActivityLog *activity() const { return m_activity; }
    // A note typed and not added: closing the tab asks first.
    bool hasUnsentText() const;
    // Short label for the tab: "A-2B7E41C9 Tregellas".
    QString tabTitle() const;

    void start(); // sends the overview request now (it is also sent when the tab is shown)

signals:
    void titleChanged(const QString &title);
    // The header has been painted with the account's data (once per load).
    void headerPainted();
    void copied(const QString &what);
    // A section (e.g. an NMI lookup) found another account the agent may open.
    void openAccountRequested(const QString &accountNumber);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // Shows the section at `index` (none: -1) and hides the others, by the LazyPane rule.
    void showSection(int index);
    void onOverviewLoaded(const models::AccountOverview &overview);
    void onSectionChanged(int index);

    ConsoleContext m_context;
    models::AccountService *m_service;
    PaneStateWidget *m_state;
    AccountHeaderWidget *m_header;
    ContactDetailsPane *m_contacts;
    QTabWidget *m_sections;
    AccountNoteEditor *m_noteEditor = nullptr;
    models::ActivityLog *m_activity;
    bool m_waitingForPaint = false;
};

} // namespace kac::ui
