#include "models/conversations/MessageContent.h"

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
    c.relayId = m.value(QLatin1String("relayId")).toString();
    c.createdAt =
        QDateTime::fromString(m.value(QLatin1String("createdAt")).toString(), Qt::ISODate);
    c.from = m.value(QLatin1String("fromHandle")).toString();
    c.to = m.value(QLatin1String("toHandle")).toString();
    c.toList = stringList(m.value(QLatin1String("toHandles")));
    if (c.toList.isEmpty() && !c.to.isEmpty())
        c.toList << c.to;
    c.ccList = stringList(m.value(QLatin1String("ccHandles")));
    c.subject = m.value(QLatin1String("subject")).toString();
    c.body = m.value(QLatin1String("displayContent")).toString();
    c.html = m.value(QLatin1String("htmlContent")).toString();
    c.plainText = m.value(QLatin1String("plainTextContent")).toString();
    if (c.kind == Kind::Email && c.html.isEmpty() && c.body.contains(QLatin1Char('<')))
        c.html = c.body; // Kraken's displayContent of an email is its HTML
    c.deliveryStatus =
        m.value(QLatin1String("delivery")).toObject().value(QLatin1String("status")).toString();
    c.hasRemoteImages = m.value(QLatin1String("hasRemoteImages")).toBool();
    c.hasScript = m.value(QLatin1String("hasScript")).toBool();
    const QJsonArray attachments = m.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &value : attachments) {
        const QJsonObject a = value.toObject();
        MessageAttachment attachment;
        attachment.id = a.value(QLatin1String("id")).toString();
        attachment.fileName = a.value(QLatin1String("fileName")).toString();
        if (attachment.fileName.isEmpty())
            attachment.fileName = a.value(QLatin1String("filename")).toString();
        attachment.contentType = a.value(QLatin1String("contentType")).toString();
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
    lines << tr("Date: %1").arg(createdAt.toString(Qt::ISODate)) << tr("Subject: %1").arg(subject)
          << QString() << text;
    return lines.join(QLatin1Char('\n'));
}

QString MessageContent::effectiveRelayId() const
{
    if (!relayId.isEmpty())
        return relayId;
    return QString::fromLatin1((typenameFor(kind) + QLatin1Char(':') + id).toUtf8().toBase64());
}

} // namespace kac::models
