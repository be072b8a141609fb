#pragma once

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

// Call.graphql
struct CallDetail
{
    QString kind; // InboundCallType / OutboundCallType
    QString id;
    QString uuid;
    QString direction;
    QString status;
    QString startedAt;
    QString endedAt;
    int durationSeconds = -1;
    QString callerNumber;
    QString calledNumber;
    QString agentUsername;
    int waitTimeSeconds = -1;
    QString accountNumber; // empty when the call is not linked to an account
    QString accountName;
    QList<QPair<QString, QString>> metadata;
    static CallDetail fromNode(const QJsonObject &node);
};

// AgentCallCenterStatus.graphql
struct AgentStatus
{
    QString id;
    QString status; // AVAILABLE, ON_CALL ...
    QString updatedAt;
    int mostRecentCallId = -1;
    static AgentStatus fromNode(const QJsonObject &node);
};

// InboundCallAverageWaitTime.graphql, in seconds; -1 when Kraken has no figure.
struct WaitTime
{
    int yesterday = -1;
    int recent = -1;
    static WaitTime fromNode(const QJsonObject &node);
};

} // namespace kac::models

Q_DECLARE_METATYPE(kac::models::CallTagInfo)
Q_DECLARE_METATYPE(kac::models::CallDetail)
Q_DECLARE_METATYPE(kac::models::AgentStatus)
Q_DECLARE_METATYPE(kac::models::WaitTime)
