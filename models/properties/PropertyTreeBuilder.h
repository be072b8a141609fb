#pragma once

#include "models/properties/PropertyNode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <memory>
#include <vector>

namespace kac::models {

// Turns the AccountProperties operation's `account.properties` into tree rows: meter points
// (MeterPointType: NMI + nmiChecksum, GasMeterPointType: MIRN, its check digit computed here),
// their supply, agreements, meters (ElectricityMeterType with registers, GasMeterType).
// Tolerates missing and null fields (Kraken returns partial data when a field is disabled).
class PropertyTreeBuilder
{
public:
    static std::vector<std::unique_ptr<PropertyNode>> build(const QJsonArray &properties);

    static std::unique_ptr<PropertyNode> property(const QJsonObject &property);
    static std::unique_ptr<PropertyNode> meterPoint(const QJsonObject &meterPoint);
    static std::unique_ptr<PropertyNode> meter(const QJsonObject &meter, const PropertyNode &point);

    // NEW_SOUTH_WALES -> NSW (Kraken's StateChoices enum); unknown values pass through.
    static QString stateAbbreviation(const QString &krakenState);
    // Kraken's read frequencies (electricity A_1 / A_2 / A_3 / D, gas MONTHLY, BI_MONTHLY, ...)
    // as an agent says them: "Quarterly", "Daily or weekly"; unknown values pass through.
    static QString readFrequencyText(const QString &frequency);
    // Kraken's UnitOfMeasure (KWH, KVARH, ...) as written on a bill: "kWh", "kVArh".
    static QString unitText(const QString &unitOfMeasure);
    // "2019-06-03T09:12:44+10:00" or "2019-06-03" -> the console's date; "" for null;
    // "Unavailable" for text that is neither (models/JsonValues decodeDate / decodeDateTime),
    // and then the reason is appended to `reasons` (for the row's tooltip and screen readers).
    static QString shortDate(const QString &isoDateOrDateTime, QStringList *reasons = nullptr);
};

} // namespace kac::models
