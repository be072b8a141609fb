#include "models/properties/MeterReading.h"

#include "models/JsonValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <climits>

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

bool isRealDate(int y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= QDate(y, m, 1).daysInMonth();
}

// A register's value as Kraken sent it, or "Unavailable" when it is not a number to trust.
QString number(const QJsonValue &value)
{
    const Decoded<double> decoded = decodeNumber(value);
    if (!decoded.isAvailable())
        return unavailableText();
    return value.isString() ? value.toString()
                            : QString::number(decoded.value(), 'g', QLocale::FloatingPointShortest);
}

} // namespace

qint64 MeterReading::parseTimestampMs(const QString &iso)
{
    constexpr qint64 marketOffsetMs = 10 * 3600 * 1000; // AEST, how bare dates are meant
    const QChar *p = iso.constData();
    bool ok = true;
    if (iso.size() == 10 && p[4] == u'-' && p[7] == u'-') {
        const int y = digits(p, 4, &ok), m = digits(p + 5, 2, &ok), d = digits(p + 8, 2, &ok);
        return ok && isRealDate(y, m, d) ? daysFromCivil(y, m, d) * 86400000 - marketOffsetMs : -1;
    }
    // YYYY-MM-DDTHH:MM:SS followed by Z or +HH:MM / -HH:MM, no fractions: Kraken's form.
    if ((iso.size() == 25 || iso.size() == 20) && p[4] == u'-' && p[7] == u'-' && p[10] == u'T' &&
        p[13] == u':' && p[16] == u':') {
        const int y = digits(p, 4, &ok), m = digits(p + 5, 2, &ok), d = digits(p + 8, 2, &ok);
        const int hh = digits(p + 11, 2, &ok), mm = digits(p + 14, 2, &ok),
                  ss = digits(p + 17, 2, &ok);
        ok = ok && isRealDate(y, m, d) && hh < 24 && mm < 60 && ss < 60;
        qint64 seconds = daysFromCivil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss;
        if (iso.size() == 25 && (p[19] == u'+' || p[19] == u'-') && p[22] == u':') {
            const int offsetHours = digits(p + 20, 2, &ok), offsetMinutes = digits(p + 23, 2, &ok);
            ok = ok && offsetHours <= 14 && offsetMinutes < 60;
            const int offset = offsetHours * 3600 + offsetMinutes * 60;
            seconds -= p[19] == u'+' ? offset : -offset;
        } else if (!(iso.size() == 20 && p[19] == u'Z')) {
            ok = false;
        }
        if (ok)
            return seconds * 1000;
    }
    // Anything else (milliseconds, a hostile string) through the one DateTime decoder.
    const Decoded<QDateTime> at = decodeDateTime(iso);
    return at.isAvailable() ? at.value().toMSecsSinceEpoch() : -1;
}

QString MeterReading::qualityText(const QString &flag)
{
    switch (flag.isEmpty() ? u'\0' : flag.at(0).unicode()) {
    case u'A':
        return QCoreApplication::translate("MeterReading", "Actual");
    case u'E':
        return QCoreApplication::translate("MeterReading", "Estimated");
    case u'S':
        return QCoreApplication::translate("MeterReading", "Substituted");
    case u'F':
        return QCoreApplication::translate("MeterReading", "Final substitute");
    case u'N':
        return QCoreApplication::translate("MeterReading", "Null");
    case u'V':
        return QCoreApplication::translate("MeterReading", "Variable");
    }
    return flag;
}

namespace {

bool flagIsEstimate(const QString &flag)
{
    // NEM12: E is a forward estimate; S and F are substitutes the market made for missing data.
    return flag == QLatin1String("E") || flag == QLatin1String("S") || flag == QLatin1String("F");
}

// Interval reads carry every register (NEM suffixes: E* import, B* export); the chart and
// the value column follow the first import register.
QJsonObject primaryRegister(const QJsonArray &registers)
{
    for (const QJsonValue &value : registers) {
        const QJsonObject g = value.toObject();
        if (!g.value(QLatin1String("identifier")).toString().startsWith(QLatin1Char('B')))
            return g;
    }
    return registers.isEmpty() ? QJsonObject() : registers.first().toObject();
}

QString registerSummary(const QJsonArray &registers)
{
    QStringList parts;
    parts.reserve(registers.size());
    for (const QJsonValue &value : registers) {
        const QJsonObject g = value.toObject();
        parts << g.value(QLatin1String("identifier")).toString() + QLatin1Char(' ') +
                     number(g.value(QLatin1String("value")));
    }
    return parts.join(QStringLiteral(" · "));
}

// The read's value through the one number decoder: a value that is not a number the console
// can trust is unavailable (with the reason), never 0 in a total.
void setValue(MeterReading &r, const QJsonValue &value)
{
    const Decoded<double> decoded = decodeNumber(value);
    r.value = r.consumption = decoded.isAvailable() ? decoded.value() : 0;
    r.unavailableReason = decoded.reason();
    if (!decoded.isAvailable())
        r.hasConsumption = false;
}

qint32 secondsBetween(qint64 startMs, qint64 endMs)
{
    return startMs >= 0 && endMs > startMs ? qint32(qMin<qint64>((endMs - startMs) / 1000, INT_MAX))
                                           : 0;
}

} // namespace

MeterReading MeterReading::fromJson(const QJsonObject &node, Origin origin)
{
    MeterReading r;
    r.origin = origin;
    const auto text = [&node](const char *key) {
        return node.value(QLatin1String(key)).toString();
    };
    if (origin == Origin::Estimate) {
        const qint64 start = parseTimestampMs(text("intervalStart"));
        r.readAtMs = parseTimestampMs(text("intervalEnd"));
        r.intervalSeconds = secondsBetween(start, r.readAtMs);
        setValue(r, node.value(QLatin1String("value")));
        r.estimated = true;
        r.source = intern(text("estimatedByAlgorithm"));
        return r;
    }
    const QJsonArray registers = node.value(QLatin1String("registers")).toArray();
    r.registers = registerSummary(registers);
    if (node.contains(QLatin1String("endAt"))) {
        r.type = Type::Interval;
        const qint64 start = parseTimestampMs(text("startAt"));
        r.readAtMs = parseTimestampMs(text("endAt"));
        r.intervalSeconds = secondsBetween(start, r.readAtMs);
        const QJsonObject primary = primaryRegister(registers);
        setValue(r, primary.value(QLatin1String("value")));
        r.qualityFlag = intern(primary.value(QLatin1String("qualityFlag")).toString());
        for (const QJsonValue &value : registers)
            r.quarantined |= value.toObject().value(QLatin1String("isQuarantined")).toBool();
    } else if (node.contains(QLatin1String("readAt"))) {
        r.type = Type::Accumulation;
        r.id = text("id");
        r.readAtMs = parseTimestampMs(text("readAt"));
        setValue(r, node.value(QLatin1String("value")));
        r.hasConsumption = false; // MeterReadingModel subtracts the previous read
        r.unit = intern(text("units"));
        r.qualityFlag = intern(text("qualityFlag"));
        r.source = intern(text("source"));
        r.quarantined = node.value(QLatin1String("isQuarantined")).toBool();
    } else {
        r.readAtMs = -1; // another member of the union: nothing the console can place
    }
    r.estimated = flagIsEstimate(r.qualityFlag) || r.source == QLatin1String("KRAKEN_ESTIMATE");
    return r;
}

} // namespace kac::models
