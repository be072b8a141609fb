#include "ui/conversations/MessageView.h"

#include "ui/PaneStateWidget.h"
#include "ui/SecureClipboard.h"
#include "ui/conversations/MessageHtml.h"
#include "ui/conversations/SafeTextBrowser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kac::ui {

using models::MessageContent;

MessageView::MessageView(const api::ErrorCatalog *errors, QWidget *parent)
    : QWidget(parent)
    , m_state(new PaneStateWidget(this))
    , m_header(new QLabel)
    , m_attachments(new QLabel)
    , m_blocked(new QLabel)
    , m_body(new SafeTextBrowser)
    , m_copy(new QPushButton(tr("&Copy message")))
{
    setObjectName(QStringLiteral("messageView"));
    m_header->setObjectName(QStringLiteral("messageHeader"));
    m_header->setTextFormat(Qt::RichText); // built by MessageHtml: every value escaped
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_header->setOpenExternalLinks(false);
    m_header->setWordWrap(true);
    m_attachments->setObjectName(QStringLiteral("messageAttachments"));
    m_attachments->setTextFormat(Qt::PlainText);
    m_attachments->setWordWrap(true);
    m_attachments->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blocked->setObjectName(QStringLiteral("remoteContentBlocked"));
    m_blocked->setTextFormat(Qt::PlainText);
    m_blocked->setStyleSheet(
        QStringLiteral("background:#fff4ce; color:#5c4400; padding:4px; border-radius:3px;"));
    m_blocked->setWordWrap(true);
    m_blocked->hide();
    m_body->setObjectName(QStringLiteral("messageBody"));
    m_body->setAccessibleName(tr("Message text"));
    m_copy->setObjectName(QStringLiteral("copyMessage"));
    m_copy->setAccessibleName(tr("Copy message"));
    m_copy->setToolTip(tr("Copy the message as plain text (Ctrl+Shift+C)"));

    auto *page = new QWidget;
    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_copy, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_attachments);
    layout->addWidget(m_blocked);
    layout->addWidget(m_body, 1);
    m_state->setErrorCatalog(errors);
    m_state->setContent(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_state);

    connect(m_copy, &QPushButton::clicked, this, &MessageView::copyMessage);
    connect(m_body, &SafeTextBrowser::blockedCountChanged, this, &MessageView::updateBlocked);
    showPrompt(tr("Select a message to read it."));
}

void MessageView::showPrompt(const QString &text)
{
    m_hasMessage = false;
    m_state->showEmpty(text);
}

void MessageView::showMessage(const MessageContent &message)
{
    m_message = message;
    m_hasMessage = true;
    m_header->setText(MessageHtml::header(message));
    const QString attachments = MessageHtml::attachments(message);
    m_attachments->setText(tr("Attachments: %1").arg(attachments));
    m_attachments->setVisible(!attachments.isEmpty());
    if (message.kind == MessageContent::Kind::Email) {
        if (!message.html.isEmpty())
            m_body->setSafeHtml(message.html);
        else
            m_body->setTrustedHtml(MessageHtml::plainTextAsHtml(message.plainText));
    } else {
        m_body->setTrustedHtml(MessageHtml::bubble(message));
    }
    updateBlocked(m_body->blockedCount());
    m_state->showContent();
}

void MessageView::updateBlocked(int count)
{
    m_blocked->setText(count == 1 ? tr("1 remote image blocked: not loaded, so the sender cannot "
                                       "tell this email was opened.")
                                  : tr("%1 remote images blocked: not loaded, so the sender cannot "
                                       "tell this email was opened.")
                                        .arg(count));
    m_blocked->setToolTip(m_body->blockedUrls().join(QLatin1Char('\n')));
    m_blocked->setVisible(count > 0);
}

void MessageView::copyMessage()
{
    if (!m_hasMessage)
        return;
    // Customers' messages are personal information: keep them out of clipboard history.
    copyToClipboard(m_message.copyText(), true);
    emit copied(tr("Message"));
}

} // namespace kac::ui
