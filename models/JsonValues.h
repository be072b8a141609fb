#pragma once

#include "models/DecodedValue.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>

namespace kac::models {

// The one place numbers, amounts and dates are read out of Kraken's JSON. Each decoder gives
// the exact value the JSON holds or an unavailable value with the reason; none guesses (no
// rounding of a fraction of a cent, no 0 for text, no clamping of a number too big to be exact).
// A JSON null or a missing field is unavailable too ("Kraken sent no value"); callers for
// which an absent field means "nothing to show" (an empty cell) check isNull() first.

// Money in whole cents (Kraken's Int and BigInt amounts). A JSON integer, or a string holding
// a whole number of cents (BigInt sent as text), within ±2^53: beyond that a double no longer
// holds every cent, so the digits shown would not be the ones sent.
Decoded<qint64> decodeCents(const QJsonValue &value);

// A count or identifier-like number (Int): a JSON integer within ±2^53.
Decoded<qint64> decodeInteger(const QJsonValue &value);

// A measured quantity (Float, or Decimal which Kraken sends as a string such as "12.345"):
// finite and with magnitude below 1e15, where a double still holds the digits shown.
Decoded<double> decodeNumber(const QJsonValue &value);

// A calendar date, "yyyy-MM-dd" (Kraken's Date).
Decoded<QDate> decodeDate(const QJsonValue &value);

// An instant, ISO 8601 with an offset or Z, optional milliseconds (Kraken's DateTime).
Decoded<QDateTime> decodeDateTime(const QJsonValue &value);

} // namespace kac::models
