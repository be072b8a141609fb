#include "models/properties/MeterReading.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace kac::models {

namespace {

// Shared copies of the few distinct short strings (units, qualities, sources), so 35,000 rows
// hold references rather than 35,000 copies. Only touched on the UI thread.
QString intern(const QString &text)
{
    static QHash<QString, QString> pool;
    if (text.isEmpty())
        return {};
    auto it = pool.constFind(text);
    if (it != pool.constEnd())
        return *it;
    if (pool.size() > 256)
        return text; // not a small vocabulary after all
    pool.insert(text, text);
    return text;
}

int digits(const QChar *p, int count, bool *ok)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const int d = p[i].unicode() - '0';
        if (d < 0 || d > 9) {
            *ok = false;
            return 0;
        }
        value = value * 10 + d;
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

QString number(const QJsonValue &value)
{
    return value.isString() ? value.toString() : value.isDouble() ? QString::number(value.toDouble()) : QString();
}

} // namespace

qint64 MeterReading::parseTimestampMs(const QString &iso)
{
    constexpr qint64 marketOffsetMs = 10 * 3600 * 1000; // AEST, how bare dates are meant
    const QChar *p = iso.constData();
    bool ok = true;
    if (iso.size() == 10 && p[4] == u'-' && p[7] == u'-') {
        const qint64 days = daysFromCivil(digits(p, 4, &ok), digits(p + 5, 2, &ok), digits(p + 8, 2, &ok));
        return ok ? days * 86400000 - marketOffsetMs : -1;
    }
    // YYYY-MM-DDTHH:MM:SS followed by Z or +HH:MM / -HH:MM, no fractions: Kraken's form.
    if ((iso.size() == 25 || iso.size() == 20) && p[4] == u'-' && p[7] == u'-' && p[10] == u'T'
        && p[13] == u':' && p[16] == u':') {
        const qint64 days = daysFromCivil(digits(p, 4, &ok), digits(p + 5, 2, &ok), digits(p + 8, 2, &ok));
        qint64 seconds = days * 86400 + digits(p + 11, 2, &ok) * 3600 + digits(p + 14, 2, &ok) * 60
                         + digits(p + 17, 2, &ok);
        if (iso.size() == 25 && (p[19] == u'+' || p[19] == u'-') && p[22] == u':') {
            const int offset = digits(p + 20, 2, &ok) * 3600 + digits(p + 23, 2, &ok) * 60;
            seconds -= p[19] == u'+' ? offset : -offset;
        } else if (!(iso.size() == 20 && p[19] == u'Z')) {
            ok = false;
        }
        if (ok)
            return seconds * 1000;
    }
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toMSecsSinceEpoch() : -1;
}

MeterReading MeterReading::fromJson(const QJsonObject &node, Origin origin)
{
    MeterReading r;
    r.origin = origin;
    r.id = node.value(QLatin1String("id")).toString();
    QString readAt = node.value(QLatin1String("readAt")).toString();
    if (readAt.isEmpty())
        readAt = node.value(QLatin1String("readingDate")).toString();
    r.readAtMs = parseTimestampMs(readAt);
    r.value = number(node.value(QLatin1String("value"))).toDouble();
    r.consumption = number(node.value(QLatin1String("consumption"))).toDouble();
    r.unit = intern(node.value(QLatin1String("unit")).toString());
    r.quarantined = node.value(QLatin1String("isQuarantined")).toBool();
    r.estimated = origin == Origin::Estimate || node.value(QLatin1String("isEstimated")).toBool();
    if (origin == Origin::Estimate) {
        r.quality = intern(QStringLiteral("ESTIMATE"));
        r.source = intern(QStringLiteral("KRAKEN_ESTIMATE"));
        r.registers = node.value(QLatin1String("registerId")).toString();
    } else {
        r.quality = intern(node.value(QLatin1String("quality")).toString());
        r.source = intern(node.value(QLatin1String("source")).toString());
        const QJsonArray registers = node.value(QLatin1String("registers")).toArray();
        QStringList parts;
        parts.reserve(registers.size());
        for (const QJsonValue &value : registers) {
            const QJsonObject g = value.toObject();
            parts << g.value(QLatin1String("identifier")).toString() + QLatin1Char(' ')
                         + number(g.value(QLatin1String("value")));
        }
        r.registers = parts.join(QStringLiteral(" · "));
    }
    return r;
}

} // namespace kac::models
