#include "models/campaigns/CampaignItem.h"

namespace kac::models {

CampaignItem CampaignItem::fromNode(const QJsonObject &node)
{
    CampaignItem item;
    item.id = node.value(QLatin1String("id")).toString();
    item.status = node.value(QLatin1String("status")).toString();
    item.phoneNumber = node.value(QLatin1String("phoneNumber")).toString();
    item.attempts = node.value(QLatin1String("attempts")).toInt();
    item.lastAttemptedAt = node.value(QLatin1String("lastAttemptedAt")).toString();
    item.outcome = node.value(QLatin1String("outcome")).toString();
    const QJsonObject account = node.value(QLatin1String("account")).toObject();
    item.accountNumber = account.value(QLatin1String("number")).toString();
    item.customer = account.value(QLatin1String("billingName")).toString();
    return item;
}

} // namespace kac::models
