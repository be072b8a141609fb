#include "models/Money.h"

#include <cmath>
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

qint64 centsFromJson(const QJsonValue &value)
{
    constexpr double kLargestExact = 9007199254740992.0; // 2^53
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::fabs(number) > kLargestExact)
        return 0;
    return static_cast<qint64>(std::llround(number));
}

} // namespace kac::models
