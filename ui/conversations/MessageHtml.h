#pragma once

#include "models/conversations/MessageContent.h"

#include <QString>

namespace kac::ui {

// The console's own HTML around a message: the email header block and chat-style bubbles for
// SMS, live chat, WhatsApp and the rest. Every piece of message text is escaped here; only an
// email's body is HTML from outside, and that goes through SafeTextBrowser::setSafeHtml.
namespace MessageHtml {

// Subject, from, to, cc, date, channel and delivery as a small table.
QString header(const models::MessageContent &message);
// One bubble: inbound on the left (grey), outbound on the right (blue), sender and time below.
QString bubble(const models::MessageContent &message);
// "bill-A-8E4B92D1.pdf (180 KB, application/pdf)"; empty when there are none.
QString attachments(const models::MessageContent &message);
// Plain text as HTML paragraphs (escaped, line breaks kept).
QString plainTextAsHtml(const QString &text);

} // namespace MessageHtml

} // namespace kac::ui
