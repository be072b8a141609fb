#include "models/Money.h"

#include <cstdlib>

namespace kac::models {

QString formatCents(qint64 cents, const QLocale &locale)
{
    // en_AU's currency format writes negatives in accounting brackets, "($99.50)", which agents
    // misread on the phone; a leading minus sign is unambiguous.
    const qint64 magnitude = std::llabs(cents);
    const QString amount = locale.toCurrencyString(static_cast<double>(magnitude) / 100.0,
                                                   QStringLiteral("$"), 2);
    return cents < 0 ? QStringLiteral("-") + amount : amount;
}

} // namespace kac::models
