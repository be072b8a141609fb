#pragma once

#include "api/ApiError.h"
#include "models/conversations/MessageContent.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kac::api {
class ErrorCatalog;
}

namespace kac::ui {

class PaneStateWidget;
class SafeTextBrowser;

// One opened message, shown the way its channel reads: an email with its header (subject,
// from, to, cc, date), its attachments listed and its HTML body rendered safely (sanitised,
// nothing remote fetched, "N remote images blocked" said out loud); SMS, live chat and the
// rest as a bubble. "Copy message" copies the plain text with the clipboard's concealed hints.
// The message comes whole with its timeline event, so there is nothing to load: a prompt when
// nothing is open, else the message.
class MessageView : public QWidget
{
    Q_OBJECT
public:
    explicit MessageView(const api::ErrorCatalog *errors = nullptr, QWidget *parent = nullptr);

    void showPrompt(const QString &text);
    void showMessage(const models::MessageContent &message);

    bool hasMessage() const { return m_hasMessage; }
    const models::MessageContent &message() const { return m_message; }
    void copyMessage();

    PaneStateWidget *state() const { return m_state; }
    SafeTextBrowser *body() const { return m_body; }
    QLabel *headerLabel() const { return m_header; }
    QLabel *attachmentsLabel() const { return m_attachments; }
    QLabel *blockedLabel() const { return m_blocked; }
    QPushButton *copyButton() const { return m_copy; }

signals:
    void copied(const QString &what);

private:
    void updateBlocked(int count);

    PaneStateWidget *m_state;
    QLabel *m_header;
    QLabel *m_attachments;
    QLabel *m_blocked;
    SafeTextBrowser *m_body;
    QPushButton *m_copy;
    models::MessageContent m_message;
    bool m_hasMessage = false;
};

} // namespace kac::ui
