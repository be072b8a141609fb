#include "models/campaigns/CampaignItem.h"

#include "models/AgentWords.h"
#include "models/JsonValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace kac::models {

namespace {

// A number from the upload with every digit it holds (982.1, 123456789), or "Unavailable" when a
// double cannot hold them (33 digits): never a rounded "1.23457e+08".
QString number(const QJsonValue &value)
{
    const Decoded<double> decoded = decodeNumber(value);
    return decoded.isAvailable()
               ? QString::number(decoded.value(), 'g', QLocale::FloatingPointShortest)
               : unavailableText();
}

// A DateTime field as text for the window decoders: a wrong JSON type (a number, an object) is
// kept as its JSON text, so it shows as unavailable rather than as a missing time.
QString timeText(const QJsonValue &value)
{
    if (value.isString() || value.isNull() || value.isUndefined())
        return value.toString();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)); // "[1767...]"
}

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
                ? number(value)
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
    item.callWindowStart = timeText(node.value(QLatin1String("callWindowStart")));
    item.callWindowEnd = timeText(node.value(QLatin1String("callWindowEnd")));
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
