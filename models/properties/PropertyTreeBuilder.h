#pragma once

#include "models/properties/PropertyNode.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace kac::models {

// Turns the AccountProperties operation's `account.properties` into tree rows. Tolerates
// missing and null fields (Kraken returns partial data when a field is disabled).
class PropertyTreeBuilder
{
public:
    static std::vector<std::unique_ptr<PropertyNode>> build(const QJsonArray &properties);

    static std::unique_ptr<PropertyNode> property(const QJsonObject &property);
    static std::unique_ptr<PropertyNode> meterPoint(const QJsonObject &meterPoint);
    static std::unique_ptr<PropertyNode> meter(const QJsonObject &meter, const PropertyNode &point);

    // NEW_SOUTH_WALES -> NSW (Kraken's AustralianState enum); unknown values pass through.
    static QString stateAbbreviation(const QString &krakenState);
    // "2019-06-03T09:12:44+10:00" or "2019-06-03" -> the locale's short date; "" for null.
    static QString shortDate(const QString &isoDateOrDateTime);
};

} // namespace kac::models
