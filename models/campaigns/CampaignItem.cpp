#include "models/campaigns/CampaignItem.h"

#include "models/AgentWords.h"

#include <QJsonDocument>
#include <QStringList>

namespace kac::models {

namespace {

// VoiceCampaignItemType.metadata is a JSONString: an object of whatever the upload carried.
QString readable(const QJsonObject &metadata)
{
    QStringList parts;
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (it.key() == QLatin1String("accountNumber"))
            continue;
        const QJsonValue value = it.value();
        const QString text =
            value.isString() ? AgentWords::enumText(value.toString())
            : value.isDouble()
                ? QString::number(value.toDouble())
                : QString::fromUtf8(
                      QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
        // The upload's keys and enum values in the agent's words ("Overdue balance: 982.10").
        parts << QStringLiteral("%1: %2").arg(AgentWords::fieldText(it.key()), text);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

CampaignItem CampaignItem::fromNode(const QJsonObject &node)
{
    CampaignItem item;
    item.id = node.value(QLatin1String("id")).toString();
    item.accountId = node.value(QLatin1String("accountId")).toString();
    item.status = node.value(QLatin1String("status")).toString();
    item.phoneNumber = node.value(QLatin1String("phoneNumber")).toString();
    item.callWindowStart = node.value(QLatin1String("callWindowStart")).toString();
    item.callWindowEnd = node.value(QLatin1String("callWindowEnd")).toString();
    item.metadata = node.value(QLatin1String("metadata")).toString();
    // Metadata that is not a JSON object (or not JSON) is kept as received and shown as is.
    const QJsonDocument doc = QJsonDocument::fromJson(item.metadata.toUtf8());
    if (doc.isObject()) {
        const QJsonObject metadata = doc.object();
        item.accountNumber = metadata.value(QLatin1String("accountNumber")).toString();
        item.details = readable(metadata);
    } else {
        item.details = item.metadata;
    }
    return item;
}

bool CampaignItem::isPending() const
{
    return status == QLatin1String("UNASSIGNED") ||
           status == QLatin1String("SELECTED_FOR_CALLING") || status == QLatin1String("ASSIGNED");
}

} // namespace kac::models
