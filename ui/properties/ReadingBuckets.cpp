#include "ui/properties/ReadingBuckets.h"

#include <algorithm>

namespace kac::ui {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kMarketOffsetMs = 10LL * 3600 * 1000; // AEST, no daylight saving in the NEM
constexpr qint64 kReadingSpanMs = 31 * kDayMs;
constexpr qsizetype kMostPoints = 400; // a few pixels each on a 1366 px screen's chart
constexpr qint64 kDailySpanMs = 400 * kDayMs;

// The start (UTC ms) of the bucket holding `ms`.
qint64 bucketStart(qint64 ms, ReadingBucket bucket)
{
    const qint64 local = ms + kMarketOffsetMs;
    qint64 day = local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs;
    if (bucket == ReadingBucket::Week) {
        // 1 January 1970 was a Thursday: day 4 is the first Monday.
        const qint64 sinceMonday = ((day - 4) % 7 + 7) % 7;
        day -= sinceMonday;
    }
    return day * kDayMs - kMarketOffsetMs;
}

} // namespace

ReadingBucket bucketFor(qint64 spanMs, qsizetype points)
{
    if (points <= kMostPoints || spanMs <= kReadingSpanMs)
        return ReadingBucket::Reading;
    return spanMs <= kDailySpanMs ? ReadingBucket::Day : ReadingBucket::Week;
}

QList<ChartPoint> chartPoints(const QVector<models::MeterReading> &readings, ReadingBucket bucket)
{
    QList<ChartPoint> points;
    points.reserve(bucket == ReadingBucket::Reading ? readings.size() : 128);
    for (const models::MeterReading &r : readings) {
        if (!r.hasConsumption)
            continue;
        const bool accumulation = r.type == models::MeterReading::Type::Accumulation;
        if (bucket == ReadingBucket::Reading) {
            points.append({QPointF(qreal(r.readAtMs), r.consumption), r.quarantined,
                           !r.quarantined && r.estimated, accumulation});
            continue;
        }
        const qint64 start = r.readAtMs - qint64(r.intervalSeconds) * 1000;
        const qreal x = qreal(bucketStart(start, bucket));
        // Readings arrive oldest first; a stray older one joins its bucket wherever it is.
        auto it = !points.isEmpty() && points.last().point.x() == x
                      ? points.end() - 1
                      : std::find_if(points.begin(), points.end(),
                                     [x](const ChartPoint &p) { return p.point.x() == x; });
        if (it == points.end()) {
            points.append({QPointF(x, 0), false, false, false});
            it = points.end() - 1;
        }
        it->point.ry() += r.consumption;
        it->quarantined = it->quarantined || r.quarantined;
        it->accumulation = it->accumulation || accumulation;
        it->estimated = !it->quarantined && (it->estimated || r.estimated);
    }
    if (bucket != ReadingBucket::Reading)
        std::sort(points.begin(), points.end(), [](const ChartPoint &a, const ChartPoint &b) {
            return a.point.x() < b.point.x();
        });
    return points;
}

} // namespace kac::ui
