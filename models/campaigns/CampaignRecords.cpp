#include "models/campaigns/CampaignRecords.h"

#include "models/JsonValues.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kac::models {

namespace {
// A wait in whole seconds: a negative one, or one past a day, is no wait a queue had.
Decoded<qint64> waitSeconds(const QJsonValue &value)
{
    const Decoded<qint64> seconds = decodeInteger(value);
    if (seconds.isAvailable() && (seconds.value() < 0 || seconds.value() > 86400))
        return Decoded<qint64>::unavailable(QCoreApplication::translate(
            "WaitTime", "Kraken sent a wait time that cannot be real."));
    return seconds;
}

QString text(const QJsonObject &node, const char *key)
{
    return node.value(QLatin1String(key)).toString();
}
} // namespace

CallTagInfo CallTagInfo::fromNode(const QJsonObject &node)
{
    return {text(node, "id"), text(node, "name"), node.value(QLatin1String("isActive")).toBool()};
}

CampaignDetail CampaignDetail::fromNode(const QJsonObject &node)
{
    CampaignDetail detail;
    detail.id = text(node, "id");
    detail.name = text(node, "name");
    detail.description = text(node, "description");
    detail.outboundNumber = text(node, "customOutboundPhoneNumber");
    detail.status = text(node, "status");
    detail.campaignType = text(node, "campaignType");
    detail.preventDuplicates = node.value(QLatin1String("preventDuplicateRecords")).toBool();
    const QJsonArray edges =
        node.value(QLatin1String("tags")).toObject().value(QLatin1String("edges")).toArray();
    for (const QJsonValue &edge : edges)
        detail.tags.append(
            CallTagInfo::fromNode(edge.toObject().value(QLatin1String("node")).toObject()));
    return detail;
}

CallDetail CallDetail::fromNode(const QJsonObject &node)
{
    CallDetail call;
    call.kind = text(node, "__typename");
    call.id = text(node, "id");
    const QJsonObject account = node.value(QLatin1String("account")).toObject();
    call.accountNumber = text(account, "number");
    call.accountName = text(account, "billingName");
    for (const QJsonValue &item : node.value(QLatin1String("metadata")).toArray())
        call.metadata.append({text(item.toObject(), "key"), text(item.toObject(), "value")});
    for (const QJsonValue &tag : node.value(QLatin1String("tags")).toArray()) {
        if (tag.isObject())
            call.tags.append(CallTagInfo::fromNode(tag.toObject()));
    }
    return call;
}

QString CallDetail::directionLabel() const
{
    if (kind == QLatin1String("InboundCallType"))
        return QCoreApplication::translate("CallDetail", "Inbound");
    if (kind == QLatin1String("OutboundCallType"))
        return QCoreApplication::translate("CallDetail", "Outbound");
    return QCoreApplication::translate("CallDetail", "Call");
}

AgentStatus AgentStatus::fromNode(const QJsonObject &node)
{
    return {text(node, "id"), text(node, "status"), text(node, "updatedAt"),
            decodeInteger(node.value(QLatin1String("mostRecentCallId")))};
}

WaitTime WaitTime::fromNode(const QJsonObject &node)
{
    return {waitSeconds(node.value(QLatin1String("yesterday"))),
            waitSeconds(node.value(QLatin1String("recent")))};
}

} // namespace kac::models
