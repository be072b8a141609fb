#pragma once
// What fuzz_decode and PaneChecks hold a decoded value against: the true value of a JSON value,
// worked out here without the console's decoders (models/JsonValues), and the abort that makes
// libFuzzer keep an input whose decoded value is neither that nor marked unavailable.
#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QVariant>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace kac {

// A decoded value that is neither the true value nor marked unavailable: the bug this target
// exists to find. Aborting makes libFuzzer keep the input.
#define KAC_FUZZ_EXPECT(condition, what)                                                           \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz_decode: %s (%s)\n", what, #condition);                      \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

// A Float or Decimal as the C library reads it: finite and below 1e15, or nothing.
inline std::optional<double> trueNumber(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        const QByteArray text = value.toString().toLatin1();
        if (text.isEmpty() || value.toString().size() != text.size())
            return std::nullopt;
        for (char c : text) // digits, sign, point and exponent only: no "NaN", hex or spaces
            if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' ||
                  c == 'E'))
                return std::nullopt;
        char *end = nullptr;
        number = std::strtod(text.constData(), &end);
        if (end != text.constData() + text.size())
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(number) || std::fabs(number) >= 1e15)
        return std::nullopt;
    return number + 0.0;
}

constexpr qint64 kLargestExactCents = qint64(1) << 53;

// The true cents of a JSON value, worked out without the decoder: a JSON integer (or integral
// double) or a string of digits, within ±2^53; nothing otherwise.
inline std::optional<qint64> trueCents(const QJsonValue &value)
{
    if (value.isDouble()) {
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong) {
            const qint64 whole = variant.toLongLong();
            if (whole >= -kLargestExactCents && whole <= kLargestExactCents)
                return whole;
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number &&
            std::fabs(number) <= double(kLargestExactCents))
            return qint64(number);
        return std::nullopt;
    }
    if (!value.isString())
        return std::nullopt;
    const QByteArray text = value.toString().toLatin1();
    if (value.toString().size() != text.size())
        return std::nullopt;
    qsizetype i = text.startsWith('-') ? 1 : 0;
    if (text.size() == i || text.size() - i > 19)
        return std::nullopt;
    quint64 magnitude = 0;
    for (; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        magnitude = magnitude * 10 + quint64(text[i] - '0');
    }
    if (magnitude > quint64(kLargestExactCents))
        return std::nullopt;
    return text.startsWith('-') ? -qint64(magnitude) : qint64(magnitude);
}

// Days since 1970-01-01 of a proleptic Gregorian date, or nothing for a date that does not
// exist; counted by months, not by the decoder's QDate.
inline std::optional<qint64> trueDays(int year, int month, int day)
{
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1 || month < 1 || month > 12 || day < 1 ||
        day > lengths[month - 1] + (month == 2 && leap ? 1 : 0))
        return std::nullopt;
    qint64 days = 0;
    for (int y = 1970; y < year; ++y)
        days += ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 366 : 365;
    for (int y = year; y < 1970; ++y)
        days -= ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 366 : 365;
    for (int m = 1; m < month; ++m)
        days += lengths[m - 1] + (m == 2 && leap ? 1 : 0);
    return days + day - 1;
}

inline int digitsAt(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        if (i >= text.size() || !text.at(i).isDigit() || text.at(i).unicode() > '9')
            return -1;
        value = value * 10 + (text.at(i).unicode() - '0');
    }
    return value;
}

// Days since 1970 of "yyyy-MM-dd" at `from`.
inline std::optional<qint64> trueDate(const QString &text, int from = 0)
{
    const int year = digitsAt(text, from, 4), month = digitsAt(text, from + 5, 2),
              day = digitsAt(text, from + 8, 2);
    if (year < 0 || month < 0 || day < 0 || text.size() < from + 10 || text.at(from + 4) != u'-' ||
        text.at(from + 7) != u'-')
        return std::nullopt;
    return trueDays(year, month, day);
}

// Milliseconds since the epoch of "yyyy-MM-ddTHH:mm:ss[.fff...](Z|±HH:mm)".
inline std::optional<qint64> trueInstantMs(const QString &text)
{
    const std::optional<qint64> days = trueDate(text);
    const int hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2),
              second = digitsAt(text, 17, 2);
    if (!days || text.size() < 20 || text.at(10) != u'T' || text.at(13) != u':' ||
        text.at(16) != u':' || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 ||
        second > 59)
        return std::nullopt;
    int i = 19;
    qint64 ms = 0;
    if (text.at(i) == u'.') {
        int places = 0;
        for (++i; i < text.size() && text.at(i).unicode() >= '0' && text.at(i).unicode() <= '9';
             ++i, ++places) {
            if (places < 3)
                ms = ms * 10 + (text.at(i).unicode() - '0');
        }
        if (places == 0 || places > 9)
            return std::nullopt;
        for (; places < 3; ++places)
            ms *= 10;
    }
    qint64 offsetSeconds = 0;
    if (i == text.size() - 1 && text.at(i) == u'Z') {
    } else if (i == text.size() - 6 && (text.at(i) == u'+' || text.at(i) == u'-') &&
               text.at(i + 3) == u':') {
        const int hours = digitsAt(text, i + 1, 2), minutes = digitsAt(text, i + 4, 2);
        if (hours < 0 || hours > 14 || minutes < 0 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (text.at(i) == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    } else {
        return std::nullopt;
    }
    return ((*days * 86400 + hour * 3600 + minute * 60 + second) - offsetSeconds) * 1000 + ms;
}

} // namespace kac
