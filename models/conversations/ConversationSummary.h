#pragma once

#include "models/DecodedValue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace kac::models {

// The header of an account's Ink conversation: status, how to reach the customer, buckets
// (queues) and tags. Parsed from inkConversation (without its events).
struct ConversationSummary
{
    struct ContactChannel
    {
        QString channel; // EMAIL, SMS ...
        QString handle;
        QString displayName;
        bool isDefault = false;
    };

    QString relayId; // Kraken's id (what inkConversation(conversationRelayId:) takes)
    QString accountNumber;
    QString status; // InkConversationStatus: OPEN, CLOSED, SNOOZED, OPEN_NEW ...
    Decoded<QDateTime> lastMessageAt;
    QStringList buckets; // names
    QStringList tags;    // names
    QList<ContactChannel> channels;

    static ConversationSummary fromJson(const QJsonObject &conversation);
    // "Open — customer replied" for OPEN_CUSTOMER_REPLIED ...
    static QString statusLabel(const QString &status);
    QString statusText() const { return statusLabel(status); }
    bool isOpen() const { return status.startsWith(QLatin1String("OPEN")); }
};

} // namespace kac::models

Q_DECLARE_METATYPE(kac::models::ConversationSummary)
