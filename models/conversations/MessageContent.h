#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace kac::models {

struct MessageAttachment
{
    QString id;
    QString fileName;
    QString contentType;
    qint64 sizeInBytes = -1;
};

// One Ink message (any member of Kraken's InkMessage union) as the console shows it: what a
// timeline row needs (kind, direction, time, sender, preview) and, once opened, the body.
// Parsed once from JSON so views only read fields.
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
    QString id;      // Kraken's message id
    QString relayId; // what inkMessage(messageRelayId:) takes
    QDateTime createdAt;
    QString from;
    QString to;
    QStringList toList;
    QStringList ccList;
    QString subject;   // email only
    QString body;      // SMS, chat, WhatsApp, post...: the text (displayContent)
    QString html;      // email only: the HTML exactly as received (sanitise before display!)
    QString plainText; // Kraken's plain-text rendering (inkMessageTextContent / plainTextContent)
    QString deliveryStatus;
    bool hasRemoteImages = false;
    bool hasScript = false;
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
    // Relay id for inkMessage(); built as base64("Type:id") when Kraken gave none.
    QString effectiveRelayId() const;
    bool isInbound() const { return direction == Direction::Inbound; }
};

} // namespace kac::models

Q_DECLARE_METATYPE(kac::models::MessageContent)
