#include "ui/conversations/MessageHtml.h"

#include "models/AgentWords.h"
#include "models/PiiText.h"
#include "models/conversations/ConversationTimelineModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace kac::ui::MessageHtml {

using models::MessageContent;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageHtml", text);
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral(
               "<tr><td style=\"color:#555555; padding-right:8px\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

// The customer's handles are masked here as on every pane (models/PiiText).
QString masked(const QStringList &handles)
{
    QStringList out;
    for (const QString &handle : handles)
        out << models::maskContactHandle(handle);
    return out.join(QStringLiteral(", "));
}

QString when(const MessageContent &m)
{
    return models::ConversationTimelineModel::formatTime(m.occurredAt);
}

} // namespace

QString plainTextAsHtml(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return escaped;
}

QString header(const MessageContent &m)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    if (m.kind == MessageContent::Kind::Email)
        html +=
            QStringLiteral(
                "<tr><td colspan=\"2\" style=\"font-size:large; font-weight:bold\">%1</td></tr>")
                .arg(m.subject.isEmpty() ? tr("(no subject)") : m.subject.toHtmlEscaped());
    html += row(tr("From"), models::maskContactHandle(m.from));
    html += row(tr("To"), masked(m.toList));
    html += row(tr("Cc"), masked(m.ccList));
    html += row(tr("Date"), when(m));
    const QString channel = MessageContent::kindLabel(m.kind) + QStringLiteral(" · ") +
                            MessageContent::directionLabel(m.direction);
    html += row(tr("Channel"), channel);
    html += row(tr("Delivery"), models::AgentWords::enumText(m.deliveryStatus));
    html += QStringLiteral("</table>");
    return html;
}

QString bubble(const MessageContent &m)
{
    const bool outbound = m.direction == MessageContent::Direction::Outbound;
    const QString text = m.body.isEmpty() ? m.plainText : m.body;
    const QString colour = outbound ? QStringLiteral("#d7e8ff") : QStringLiteral("#ececec");
    const QString align = outbound ? QStringLiteral("right") : QStringLiteral("left");
    const QString footer = QStringList{models::maskContactHandle(m.sender()), when(m),
                                       MessageContent::kindLabel(m.kind)}
                               .join(QStringLiteral(" · "));
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td align=\"%1\">"
               "<table cellspacing=\"0\" cellpadding=\"10\" bgcolor=\"%2\" style=\"max-width:80%\">"
               "<tr><td>%3</td></tr></table>"
               "<p align=\"%1\" style=\"color:#555555; font-size:small; margin-top:4px\">%4</p>"
               "</td></tr></table>")
        .arg(align, colour, plainTextAsHtml(text), footer.toHtmlEscaped());
}

QString attachments(const MessageContent &m)
{
    QStringList items;
    for (const models::MessageAttachment &a : m.attachments) {
        QStringList details;
        if (a.sizeInBytes >= 0)
            details << QLocale().formattedDataSize(a.sizeInBytes, 0);
        items << (details.isEmpty() ? a.fileName
                                    : QStringLiteral("%1 (%2)").arg(
                                          a.fileName, details.join(QStringLiteral(", "))));
    }
    return items.join(QStringLiteral("; "));
}

} // namespace kac::ui::MessageHtml
