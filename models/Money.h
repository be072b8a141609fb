#pragma once

#include <QLocale>
#include <QString>

namespace kac::models {

// Kraken sends money as integer cents. This is the one place cents become text.
QString formatCents(qint64 cents,
                    const QLocale &locale = QLocale(QLocale::English, QLocale::Australia));

// Cents from Kraken's JSON are read with decodeCents() (models/JsonValues.h): a value that is
// not a real amount is unavailable, never 0.

} // namespace kac::models
