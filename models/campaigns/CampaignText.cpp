#include "models/campaigns/CampaignText.h"

#include "models/AgentWords.h"
#include "models/DisplayTime.h"

#include <QDateTime>

namespace kac::models::CampaignText {

QString humanise(const QString &enumValue)
{
    return AgentWords::enumText(enumValue);
}

QString duration(int seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    return QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString dateTime(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? DisplayTime::dateTime(when) : QString();
}

QString window(const QString &startIso, const QString &endIso)
{
    const QDateTime start = QDateTime::fromString(startIso, Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(endIso, Qt::ISODateWithMs);
    if (!start.isValid() || !end.isValid())
        return start.isValid() ? dateTime(startIso) : dateTime(endIso);
    const QTimeZone zone = DisplayTime::agentZone();
    const QString endText = end.toTimeZone(zone).date() == start.toTimeZone(zone).date()
                                ? DisplayTime::time(end, zone)
                                : DisplayTime::dateTime(end, zone);
    return QStringLiteral("%1 – %2").arg(dateTime(startIso), endText);
}

} // namespace kac::models::CampaignText
