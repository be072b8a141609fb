#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace kac::models {

// InkMessageAttachment: a name and, when Kraken knows it, a size (the file itself is behind a
// signed fetchUrl the console does not follow).
struct MessageAttachment
{
    QString fileName;
    qint64 sizeInBytes = -1;
};

// One Ink message (any member of Kraken's InkMessage union) as the console shows it: what a
// timeline row needs (kind, direction, time, sender, preview) and the body the message view
// shows. Each timeline event carries its whole message, so this is parsed once from the event
// and opening a message sends nothing. Parsed once from JSON so views only read fields.
struct MessageContent
{
    enum class Kind
    {
        Email,
        Sms,
        LiveChat,
        WhatsApp,
        Line,
        Post,
        Generic
    };
    enum class Direction
    {
        Unknown,
        Inbound,
        Outbound
    };

    Kind kind = Kind::Generic;
    Direction direction = Direction::Unknown;
    // Kraken's relay id: only live-chat and generic messages are Nodes and have one; an email,
    // SMS, WhatsApp, LINE or post message has none (identity() covers those).
    QString id;
    QDateTime occurredAt; // posts have none of their own: the event's time is used
    QString from;
    QString to;
    QStringList toList;
    QStringList ccList;
    QString subject;   // email only
    QString body;      // SMS, chat, WhatsApp, LINE, post...: the text
    QString html;      // email only: fullContentHtml exactly as received (sanitise before display!)
    QString plainText; // email only: Kraken's plain-text rendering (fullContentPlainText)
    QString deliveryStatus; // InkMessageDeliveryStatus: SENT, DELIVERED, FAILED, READ ...
    QList<MessageAttachment> attachments;

    // `message` is an InkMessage union member with its __typename.
    static MessageContent fromJson(const QJsonObject &message);
    static Kind kindFromTypename(const QString &typeName);
    static QString typenameFor(Kind kind);
    static QString kindLabel(Kind kind); // "Email", "SMS", "Live chat"...
    static QString directionLabel(Direction direction);
    static QList<Kind> allKinds();

    // One line for a list: the subject for an email, else the text, whitespace folded.
    QString preview(int maxLength = 160) const;
    // Who wrote it; the customer's handle for inbound messages.
    QString sender() const;
    // What "Copy message" puts on the clipboard.
    QString copyText() const;
    // What tells this message from the others in its conversation: Kraken's id where the
    // message has one, else its type, time and sender (Kraken gives nothing more for those).
    QString identity() const;
    bool isInbound() const { return direction == Direction::Inbound; }
};

} // namespace kac::models

Q_DECLARE_METATYPE(kac::models::MessageContent)
