#include "models/Money.h"

namespace kac::models {

QString formatCents(qint64 cents, const QLocale &locale)
{
    // en_AU's currency format writes negatives in accounting brackets, "($99.50)", which agents
    // misread on the phone; a leading minus sign is unambiguous.
    // Whole dollars and cents apart, in integers: through a double, amounts beyond ~2^46 cents
    // would show a neighbouring cent.
    const quint64 magnitude = cents < 0 ? 0 - quint64(cents) : quint64(cents);
    const QString amount = QStringLiteral("$") + locale.toString(qulonglong(magnitude / 100)) +
                           locale.decimalPoint() +
                           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return cents < 0 ? QStringLiteral("-") + amount : amount;
}

} // namespace kac::models
