#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace kac::models {

// The one way the console writes dates and times for agents, on every pane:
//   dates       "3 Dec 2026"
//   date-times  "3 Dec 2026, 2:05 pm AEDT"  (in an Australian zone, named, daylight saving
//                                            included; never a bare UTC offset)
// Times are shown in the zone of the customer's state when known (a Perth customer's call at
// 9 am AWST), otherwise in the agent's zone: the system zone when it is Australian, else
// Sydney (where Kraken's Australian market time is quoted).
namespace DisplayTime {
QTimeZone agentZone();
// "NSW" -> Australia/Sydney, "WA" -> Australia/Perth ...; unknown -> agentZone().
QTimeZone zoneForState(const QString &state);

QString date(const QDate &date);
QString dateTime(const QDateTime &when, const QTimeZone &zone = agentZone());
// "2:05 pm AEDT"
QString time(const QDateTime &when, const QTimeZone &zone = agentZone());

// From Kraken's ISO 8601 strings: a date ("2026-12-03") or a date-time (with offset). A value
// that is neither is returned as it came (never an empty cell hiding what Kraken said).
QString isoDate(const QString &iso);
QString isoDateTime(const QString &iso, const QTimeZone &zone = agentZone());
} // namespace DisplayTime

} // namespace kac::models
