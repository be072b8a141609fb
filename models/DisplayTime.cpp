#include "models/DisplayTime.h"

#include <QHash>
#include <QLocale>

namespace kac::models::DisplayTime {

namespace {

const QLocale &australian()
{
    static const QLocale locale(QLocale::English, QLocale::Australia);
    return locale;
}

QString zoneName(const QDateTime &local, const QTimeZone &zone)
{
    const QString abbreviation = zone.abbreviation(local);
    // Without tzdata abbreviations Qt answers "UTC+10:00"; agents know "AEST".
    if (!abbreviation.isEmpty() && !abbreviation.startsWith(QLatin1String("UTC")) &&
        !abbreviation.startsWith(QLatin1Char('+')) && !abbreviation.startsWith(QLatin1Char('-')))
        return abbreviation;
    switch (zone.offsetFromUtc(local) / 60) {
    case 600:
        return QStringLiteral("AEST");
    case 660:
        return QStringLiteral("AEDT");
    case 570:
        return QStringLiteral("ACST");
    case 630:
        return QStringLiteral("ACDT");
    case 480:
        return QStringLiteral("AWST");
    default:
        return abbreviation;
    }
}

} // namespace

QTimeZone agentZone()
{
    const QTimeZone system = QTimeZone::systemTimeZone();
    if (system.isValid() && system.id().startsWith("Australia/"))
        return system;
    return QTimeZone("Australia/Sydney");
}

QTimeZone zoneForState(const QString &state)
{
    static const QHash<QString, QByteArray> zones = {
        {QStringLiteral("NSW"), "Australia/Sydney"},
        {QStringLiteral("ACT"), "Australia/Sydney"},
        {QStringLiteral("VIC"), "Australia/Melbourne"},
        {QStringLiteral("TAS"), "Australia/Hobart"},
        {QStringLiteral("QLD"), "Australia/Brisbane"},
        {QStringLiteral("SA"), "Australia/Adelaide"},
        {QStringLiteral("NT"), "Australia/Darwin"},
        {QStringLiteral("WA"), "Australia/Perth"},
    };
    const auto found = zones.constFind(state.trimmed().toUpper());
    return found == zones.constEnd() ? agentZone() : QTimeZone(found.value());
}

QString date(const QDate &date)
{
    return date.isValid() ? australian().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString time(const QDateTime &when, const QTimeZone &zone)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toTimeZone(zone);
    return QStringLiteral("%1 %2").arg(
        australian().toString(local.time(), QStringLiteral("h:mm ap")).toLower(),
        zoneName(local, zone));
}

QString dateTime(const QDateTime &when, const QTimeZone &zone)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toTimeZone(zone);
    return QStringLiteral("%1, %2").arg(date(local.date()), time(when, zone));
}

QString isoDate(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    if (iso.size() > 10) {
        // A date-time: the day it is in the agent's zone, not in UTC.
        const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (at.isValid())
            return date(at.toTimeZone(agentZone()).date());
    }
    const QDate parsed = QDate::fromString(iso.left(10), Qt::ISODate);
    return parsed.isValid() ? date(parsed) : iso;
}

QString isoDateTime(const QString &iso, const QTimeZone &zone)
{
    if (iso.isEmpty())
        return {};
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return parsed.isValid() ? dateTime(parsed, zone) : iso;
}

} // namespace kac::models::DisplayTime
