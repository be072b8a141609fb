#pragma once

#include "models/DecodedValue.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace kac::models {

// Plain values the campaigns area shows outside a table, each read from its operation's node.

struct CallTagInfo
{
    QString id;
    QString name;
    bool isActive = false;
    static CallTagInfo fromNode(const QJsonObject &node);
};

// VoiceCampaign.graphql
struct CampaignDetail
{
    QString id;
    QString name;
    QString description;
    QString outboundNumber;
    QString status;
    QString campaignType;
    bool preventDuplicates = false;
    QList<CallTagInfo> tags;
    static CampaignDetail fromNode(const QJsonObject &node);
};

// Call.graphql: Kraken's CallInterface is id, account, metadata and tags; the type says
// which way the call went. Times, queue, agent... are whatever the telephony put in metadata.
struct CallDetail
{
    QString kind; // InboundCallType / OutboundCallType
    QString id;
    QString accountNumber; // empty when the call is not linked to an account
    QString accountName;
    QList<QPair<QString, QString>> metadata;
    QList<CallTagInfo> tags;
    static CallDetail fromNode(const QJsonObject &node);
    // "Inbound", "Outbound", or "Call" for a type this console does not know.
    QString directionLabel() const;
};

// AgentCallCenterStatus.graphql
struct AgentStatus
{
    QString id;
    QString status; // AVAILABLE, ON_CALL ...
    QString updatedAt;
    Decoded<qint64> mostRecentCallId;
    static AgentStatus fromNode(const QJsonObject &node);
};

// InboundCallAverageWaitTime.graphql, in seconds; unavailable (with the reason) when Kraken
// has no figure or sent one that is not a whole number of seconds.
struct WaitTime
{
    Decoded<qint64> yesterday;
    Decoded<qint64> recent;
    static WaitTime fromNode(const QJsonObject &node);
};

} // namespace kac::models

Q_DECLARE_METATYPE(kac::models::CallTagInfo)
Q_DECLARE_METATYPE(kac::models::CallDetail)
Q_DECLARE_METATYPE(kac::models::AgentStatus)
Q_DECLARE_METATYPE(kac::models::WaitTime)
