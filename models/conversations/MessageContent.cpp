#include "models/conversations/MessageContent.h"

#include "models/JsonValues.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kac::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageContent", text);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.toString().isEmpty())
            out << item.toString();
    }
    return out;
}

QString folded(const QString &text, int maxLength)
{
    QString line = text.simplified();
    if (line.size() > maxLength)
        line = line.left(maxLength - 1) + QChar(0x2026);
    return line;
}

} // namespace

MessageContent::Kind MessageContent::kindFromTypename(const QString &typeName)
{
    if (typeName == QLatin1String("InkEmail"))
        return Kind::Email;
    if (typeName == QLatin1String("InkSMS"))
        return Kind::Sms;
    if (typeName == QLatin1String("InkLiveChatMessage"))
        return Kind::LiveChat;
    if (typeName == QLatin1String("InkWhatsApp") || typeName == QLatin1String("InkTwilioWhatsApp"))
        return Kind::WhatsApp;
    if (typeName == QLatin1String("InkLine"))
        return Kind::Line;
    if (typeName == QLatin1String("InkPost"))
        return Kind::Post;
    return Kind::Generic;
}

QString MessageContent::typenameFor(Kind kind)
{
    switch (kind) {
    case Kind::Email:
        return QStringLiteral("InkEmail");
    case Kind::Sms:
        return QStringLiteral("InkSMS");
    case Kind::LiveChat:
        return QStringLiteral("InkLiveChatMessage");
    case Kind::WhatsApp:
        return QStringLiteral("InkWhatsApp");
    case Kind::Line:
        return QStringLiteral("InkLine");
    case Kind::Post:
        return QStringLiteral("InkPost");
    case Kind::Generic:
        break;
    }
    return QStringLiteral("InkGenericMessage");
}

QString MessageContent::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Email:
        return tr("Email");
    case Kind::Sms:
        return tr("SMS");
    case Kind::LiveChat:
        return tr("Live chat");
    case Kind::WhatsApp:
        return tr("WhatsApp");
    case Kind::Line:
        return tr("LINE");
    case Kind::Post:
        return tr("Post");
    case Kind::Generic:
        break;
    }
    return tr("Other");
}

QString MessageContent::directionLabel(Direction direction)
{
    switch (direction) {
    case Direction::Inbound:
        return tr("Received");
    case Direction::Outbound:
        return tr("Sent");
    case Direction::Unknown:
        break;
    }
    return {};
}

QList<MessageContent::Kind> MessageContent::allKinds()
{
    return {Kind::Email, Kind::Sms,  Kind::LiveChat, Kind::WhatsApp,
            Kind::Line,  Kind::Post, Kind::Generic};
}

MessageContent MessageContent::fromJson(const QJsonObject &m)
{
    MessageContent c;
    c.kind = kindFromTypename(m.value(QLatin1String("__typename")).toString());
    const QString direction = m.value(QLatin1String("direction")).toString();
    c.direction = direction == QLatin1String("INBOUND")    ? Direction::Inbound
                  : direction == QLatin1String("OUTBOUND") ? Direction::Outbound
                                                           : Direction::Unknown;
    c.id = m.value(QLatin1String("id")).toString();
    // Invalid when Kraken sent no usable time (a post has none of its own).
    c.occurredAt = decodeDateTime(m.value(QLatin1String("occurredAt"))).value();
    c.from = m.value(QLatin1String("fromHandle")).toString();
    c.to = m.value(QLatin1String("toHandle")).toString();
    c.toList = stringList(m.value(QLatin1String("toHandles")));
    if (c.toList.isEmpty() && !c.to.isEmpty())
        c.toList << c.to;
    if (c.to.isEmpty() && !c.toList.isEmpty())
        c.to = c.toList.constFirst();
    c.ccList = stringList(m.value(QLatin1String("cc")));
    c.subject = m.value(QLatin1String("subject")).toString();
    c.html = m.value(QLatin1String("fullContentHtml")).toString();
    c.plainText = m.value(QLatin1String("fullContentPlainText")).toString();
    // The text lives under a different name per channel.
    c.body = m.value(QLatin1String("displayContent")).toString();
    if (c.body.isEmpty())
        c.body = m.value(QLatin1String("whatsappContent"))
                     .toObject()
                     .value(QLatin1String("body"))
                     .toString();
    if (c.body.isEmpty()) {
        const QJsonObject line = m.value(QLatin1String("lineMessage")).toObject();
        c.body = line.value(QLatin1String("displayContent")).toString();
        if (c.body.isEmpty())
            c.body = line.value(QLatin1String("text")).toString(); // a sticker's text
    }
    c.deliveryStatus =
        m.value(QLatin1String("delivery")).toObject().value(QLatin1String("status")).toString();
    const QJsonArray attachments = m.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &value : attachments) {
        const QJsonObject a = value.toObject();
        MessageAttachment attachment;
        attachment.fileName = a.value(QLatin1String("filename")).toString();
        attachment.sizeInBytes = a.value(QLatin1String("sizeInBytes")).toInteger(-1);
        c.attachments << attachment;
    }
    return c;
}

QString MessageContent::preview(int maxLength) const
{
    if (kind == Kind::Email)
        return folded(subject.isEmpty() ? plainText : subject, maxLength);
    return folded(body.isEmpty() ? plainText : body, maxLength);
}

QString MessageContent::sender() const
{
    if (!from.isEmpty())
        return from;
    return direction == Direction::Outbound ? tr("Us") : tr("Customer");
}

QString MessageContent::copyText() const
{
    const QString text = !plainText.isEmpty() ? plainText : body;
    if (kind != Kind::Email)
        return text;
    QStringList lines;
    lines << tr("From: %1").arg(from) << tr("To: %1").arg(toList.join(QStringLiteral(", ")));
    if (!ccList.isEmpty())
        lines << tr("Cc: %1").arg(ccList.join(QStringLiteral(", ")));
    lines << tr("Date: %1").arg(occurredAt.toString(Qt::ISODate)) << tr("Subject: %1").arg(subject)
          << QString() << text;
    return lines.join(QLatin1Char('\n'));
}

QString MessageContent::identity() const
{
    if (!id.isEmpty())
        return id;
    return QStringList{typenameFor(kind), occurredAt.toString(Qt::ISODateWithMs), from}.join(
        QLatin1Char('|'));
}

} // namespace kac::models
