#pragma once

#include "models/actions/AccountNoteSender.h"

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kac::api {
class ErrorCatalog;
class Transport;
} // namespace kac::api

namespace kac::ui {

class ActionFeedback;

// Above an account's notes: write a note, pin it (optionally until a time) and add it with
// Ctrl+Enter. Internal to the retailer, so no confirmation. The draft lives in this widget only
// (never on disk); it stays after a failure with the reason and a Retry, and after a lost answer
// the editor says "we don't know whether it was saved" while it checks, and offers to send
// again only once the check found the note is not there.
class AccountNoteEditor : public QWidget
{
    Q_OBJECT
public:
    AccountNoteEditor(api::Transport *transport, const QString &accountNumber,
                      const api::ErrorCatalog *errors, QWidget *parent = nullptr);

    models::AccountNoteSender *sender() const { return m_sender; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *addButton() const { return m_add; }
    QLabel *statusLabel() const;
    QCheckBox *pinBox() const { return m_pin; }
    // Text typed and not (yet) on the account: closing the tab or the window asks first.
    bool hasUnsentText() const;

    // Ctrl+Enter and the Add button: sends unless a send is on its way or its outcome unknown.
    void submit();

signals:
    // A note is on the account: the notes list should show it.
    void noteSaved();

private:
    void onStateChanged(models::ExactlyOnceAction::State state);
    void updateControls();

    models::AccountNoteSender *m_sender;
    QPlainTextEdit *m_text;
    QCheckBox *m_pin;
    QCheckBox *m_unpin;
    QDateTimeEdit *m_unpinAt;
    QPushButton *m_add;
    ActionFeedback *m_feedback;
};

} // namespace kac::ui
