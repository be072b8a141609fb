#pragma once

#include <QString>

namespace kac::models {

// How the campaigns area shows Kraken's enum-like strings and durations, in one place.
namespace CampaignText {
// 125 -> "2 min 5 s"; negative -> "—".
QString duration(int seconds);
// ISO 8601 date-time -> "3 Dec 2026, 2:05 pm AEDT" (models/DisplayTime); empty stays empty;
// text that is not a date and time (models/JsonValues decodeDateTime) -> "Unavailable".
QString dateTime(const QString &iso);
// A call window "3 Dec 2026, 2:05 pm AEDT – 2:30 pm AEDT" (the end's date too when it differs); one
// end alone when the other is missing; empty when both are; "Unavailable" when either end was
// sent but is not a date and time.
QString window(const QString &startIso, const QString &endIso);
// Why window() (or dateTime() of either end) says "Unavailable"; empty when it does not.
QString windowProblem(const QString &startIso, const QString &endIso = {});
} // namespace CampaignText

} // namespace kac::models
