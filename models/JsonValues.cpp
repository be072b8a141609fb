#include "models/JsonValues.h"

#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>
#include <cmath>
#include <limits>

namespace kac::models {

namespace {

constexpr qint64 kLargestExact = qint64(1) << 53; // doubles stop holding every integer here
constexpr double kLargestQuantity = 1e15;         // beyond this "%g"-style display drops digits

QString tr(const char *text)
{
    return QCoreApplication::translate("Decoded", text);
}

QString noValue()
{
    return tr("Kraken sent no value.");
}

// A whole number from a JSON number or from text of digits, exactly; `what` names it.
template <typename Reason> Decoded<qint64> wholeNumber(const QJsonValue &value, Reason reason)
{
    if (value.isNull() || value.isUndefined())
        return Decoded<qint64>::unavailable(noValue());
    qint64 whole = 0;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number))
            return Decoded<qint64>::unavailable(reason.notFinite);
        // toInteger() is exact for the integers Qt keeps as such (up to 2^63) and for doubles
        // holding a whole number; two different defaults tell "not a whole number" apart.
        const qint64 low = value.toInteger(std::numeric_limits<qint64>::min());
        const qint64 high = value.toInteger(std::numeric_limits<qint64>::max());
        if (low != high)
            return Decoded<qint64>::unavailable(
                std::fabs(number) < double(kLargestExact) ? reason.fraction : reason.tooLarge);
        whole = low;
    } else if (value.isString()) {
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,19}$"));
        const QString text = value.toString();
        if (!digits.match(text).hasMatch())
            return Decoded<qint64>::unavailable(reason.notNumber);
        bool ok = false;
        whole = text.toLongLong(&ok);
        if (!ok)
            return Decoded<qint64>::unavailable(reason.tooLarge);
    } else {
        return Decoded<qint64>::unavailable(reason.notNumber);
    }
    if (whole > kLargestExact || whole < -kLargestExact)
        return Decoded<qint64>::unavailable(reason.tooLarge);
    return Decoded<qint64>::of(whole);
}

struct Reasons
{
    QString notNumber;
    QString notFinite;
    QString fraction;
    QString tooLarge;
};

} // namespace

Decoded<qint64> decodeCents(const QJsonValue &value)
{
    static const Reasons reasons{
        tr("Kraken sent something that is not an amount."),
        tr("Kraken sent an amount that is not a number."),
        tr("Kraken sent a fraction of a cent, which is not a real amount."),
        tr("Kraken sent an amount too large to be real."),
    };
    return wholeNumber(value, reasons);
}

Decoded<qint64> decodeInteger(const QJsonValue &value)
{
    static const Reasons reasons{
        tr("Kraken sent something that is not a number."),
        tr("Kraken sent a number that is not finite."),
        tr("Kraken sent a fraction where a whole number belongs."),
        tr("Kraken sent a number too large to be real."),
    };
    return wholeNumber(value, reasons);
}

Decoded<double> decodeNumber(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return Decoded<double>::unavailable(noValue());
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        // Decimal as Kraken writes it: no "NaN", "Infinity", hex or spaces.
        static const QRegularExpression decimal(
            QStringLiteral("^-?[0-9]{1,400}(\\.[0-9]{1,400})?([eE][-+]?[0-9]{1,4})?$"));
        if (!decimal.match(value.toString()).hasMatch())
            return Decoded<double>::unavailable(tr("Kraken sent something that is not a number."));
        bool ok = false;
        number = value.toString().toDouble(&ok);
        if (!ok) // overflow or underflow: not the digits Kraken sent
            return Decoded<double>::unavailable(tr("Kraken sent a number too large to be real."));
    } else {
        return Decoded<double>::unavailable(tr("Kraken sent something that is not a number."));
    }
    if (!std::isfinite(number) || std::fabs(number) >= kLargestQuantity)
        return Decoded<double>::unavailable(tr("Kraken sent a number too large to be real."));
    return Decoded<double>::of(number + 0.0); // -0 shows as 0
}

Decoded<QDate> decodeDate(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return Decoded<QDate>::unavailable(noValue());
    static const QRegularExpression iso(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QRegularExpressionMatch match = iso.match(value.toString());
    const QDate date =
        match.hasMatch()
            ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
            : QDate();
    if (!value.isString() || !date.isValid())
        return Decoded<QDate>::unavailable(tr("Kraken sent something that is not a date."));
    return Decoded<QDate>::of(date);
}

Decoded<QDateTime> decodeDateTime(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return Decoded<QDateTime>::unavailable(noValue());
    // Kraken's DateTime always names its offset: without one the instant would be a guess.
    static const QRegularExpression iso(QStringLiteral(
        "^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]{1,9}))?"
        "(?:(Z)|([-+])([0-9]{2}):([0-9]{2}))$"));
    const QRegularExpressionMatch m = iso.match(value.toString());
    const QString notATime = tr("Kraken sent something that is not a date and time.");
    if (!value.isString() || !m.hasMatch())
        return Decoded<QDateTime>::unavailable(notATime);
    const auto field = [&m](int n) { return m.captured(n).toInt(); };
    const QDate date(field(1), field(2), field(3));
    const QTime time(field(4), field(5), field(6),
                     m.captured(7).leftJustified(3, u'0').left(3).toInt());
    const int offsetHours = m.captured(8).isEmpty() ? field(10) : 0;
    const int offsetMinutes = m.captured(8).isEmpty() ? field(11) : 0;
    if (!date.isValid() || !time.isValid() || offsetHours > 14 || offsetMinutes > 59)
        return Decoded<QDateTime>::unavailable(notATime);
    const int offsetSeconds =
        (m.captured(9) == QLatin1String("-") ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    return Decoded<QDateTime>::of(QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds));
}

} // namespace kac::models
