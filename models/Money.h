#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QString>

namespace kac::models {

// Kraken sends money as integer cents. This is the one place cents become text.
QString formatCents(qint64 cents, const QLocale &locale = QLocale(QLocale::English,
                                                                   QLocale::Australia));

// Cents from a JSON number as Kraken sends it. A value that is not a whole number of cents
// within ±2^53 (where doubles stop being exact) is not a real amount: it becomes 0 rather than
// undefined behaviour in the conversion.
qint64 centsFromJson(const QJsonValue &value);

} // namespace kac::models
