#include "models/campaigns/CampaignText.h"

#include "models/DecodedValue.h"
#include "models/DisplayTime.h"
#include "models/JsonValues.h"

#include <QDateTime>

namespace kac::models::CampaignText {

QString duration(int seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    return QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

namespace {

// Unavailable only for text that was sent and is not a time: an absent end is just absent.
bool isBad(const QString &iso, const Decoded<QDateTime> &decoded)
{
    return !iso.isEmpty() && !decoded.isAvailable();
}

} // namespace

QString dateTime(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    const Decoded<QDateTime> when = decodeDateTime(iso);
    return when.isAvailable() ? DisplayTime::dateTime(when.value()) : unavailableText();
}

QString windowProblem(const QString &startIso, const QString &endIso)
{
    for (const QString &iso : {startIso, endIso}) {
        const Decoded<QDateTime> decoded = decodeDateTime(iso);
        if (isBad(iso, decoded))
            return decoded.reason();
    }
    return {};
}

QString window(const QString &startIso, const QString &endIso)
{
    const Decoded<QDateTime> start = decodeDateTime(startIso);
    const Decoded<QDateTime> end = decodeDateTime(endIso);
    if (isBad(startIso, start) || isBad(endIso, end))
        return unavailableText();
    if (!start.isAvailable() || !end.isAvailable())
        return start.isAvailable() ? dateTime(startIso) : dateTime(endIso);
    const QTimeZone zone = DisplayTime::agentZone();
    const QString endText =
        end.value().toTimeZone(zone).date() == start.value().toTimeZone(zone).date()
            ? DisplayTime::time(end.value(), zone)
            : DisplayTime::dateTime(end.value(), zone);
    return QStringLiteral("%1 – %2").arg(dateTime(startIso), endText);
}

} // namespace kac::models::CampaignText
