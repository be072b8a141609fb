#pragma once

#include "models/actions/ExactlyOnceAction.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

namespace kac::api {
class ErrorCatalog;
}

namespace kac::ui {

// What an action's words are on screen ("the note", "the reply" ...); the rest of each message
// is the same for every action, so an agent reads one language for "sent", "not sent" and "we
// don't know".
struct ActionWords
{
    QString sending;  // "Adding the note…"
    QString done;     // "Note added."
    QString notDone;  // "The note was not added"
    QString question; // "whether it was saved"
    QString checking; // "Checking the account's notes…"
    QString notThere; // "Checked: the note is not on the account."
    QString refused;  // "You cannot add notes here"
    QString send;     // "Add note": the send button's own text
};

// Under an action's editor: a status line that says what happened to the last send in the
// action's words, and the "Check again" button a lost answer needs. The editor keeps the
// agent's text; this only reports.
class ActionFeedback : public QWidget
{
    Q_OBJECT
public:
    ActionFeedback(models::ExactlyOnceAction *action, ActionWords words,
                   const api::ErrorCatalog *errors, QWidget *parent = nullptr);

    QLabel *statusLabel() const { return m_status; }
    QPushButton *checkAgainButton() const { return m_checkAgain; }
    // The send button's text for the action's state: Retry after a failure, Send again after a
    // check found nothing, else the action's own (each with its shortcut).
    QString sendButtonText() const;

    // Ctrl+Enter (either Enter key) anywhere in `editor` calls `send`; a held key sends once.
    static void addSendShortcut(QWidget *editor, const std::function<void()> &send);

private:
    void show(models::ExactlyOnceAction::State state);

    models::ExactlyOnceAction *m_action;
    ActionWords m_words;
    const api::ErrorCatalog *m_errors;
    QLabel *m_status;
    QPushButton *m_checkAgain;
};

} // namespace kac::ui
