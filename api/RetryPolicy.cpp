#include "api/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace kac::api {

int RetryPolicy::delayMs(int retry, int retryAfterMs, double random01) const
{
    if (retryAfterMs >= 0)
        return std::min(retryAfterMs, maxRetryAfterMs);
    const double exponential = baseDelayMs * std::pow(2.0, std::max(0, retry - 1));
    const double capped = std::min<double>(exponential, maxDelayMs);
    return static_cast<int>(capped / 2 + capped / 2 * std::clamp(random01, 0.0, 1.0));
}

int RetryPolicy::delayMs(int retry, int retryAfterMs) const
{
    return delayMs(retry, retryAfterMs, QRandomGenerator::global()->generateDouble());
}

int RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : static_cast<int>(std::min<qlonglong>(seconds, 24 * 3600) * 1000);

    // HTTP-date: IMF-fixdate, RFC 850 and asctime (RFC 9110 section 5.6.7), always GMT. The
    // weekday is dropped before parsing: it is redundant, and Qt would check it against the
    // two-digit RFC 850 year read as 19xx.
    QString string = QString::fromLatin1(text).simplified();
    const qsizetype firstSpace = string.indexOf(QLatin1Char(' '));
    if (firstSpace < 0)
        return -1;
    string = string.mid(firstSpace + 1);
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // Sun, 06 Nov 1994 08:49:37 GMT
        "dd-MMM-yy HH:mm:ss 'GMT'",   // Sunday, 06-Nov-94 08:49:37 GMT
        "MMM d HH:mm:ss yyyy",        // Sun Nov  6 08:49:37 1994
    };
    const QLocale c = QLocale::c();
    for (const char *format : formats) {
        QDateTime when = c.toDateTime(string, QString::fromLatin1(format));
        if (!when.isValid())
            continue;
        if (when.date().year() < 1970) // two-digit RFC 850 years
            when = when.addYears(100);
        when.setTimeZone(QTimeZone::utc());
        const qint64 ms = now.msecsTo(when);
        return static_cast<int>(std::clamp<qint64>(ms, 0, qint64(24) * 3600 * 1000));
    }
    return -1;
}

} // namespace kac::api
