#pragma once

#include "models/properties/MeterReading.h"

#include <QList>
#include <QPointF>
#include <QVector>

namespace kac::ui {

// What one chart point stands for. A long range of interval reads (two years of half-hourly
// reads is 35,040) drawn one point per reading is a solid block a few hundred pixels wide, so
// long ranges are charted as daily or weekly totals; the table still lists every reading.
enum class ReadingBucket
{
    Reading, // one point per reading
    Day,     // the day's total, market time (AEST, UTC+10:00, as NEM data is stamped)
    Week,    // Monday to Sunday, market time
};

struct ChartPoint
{
    QPointF point;             // x: UTC ms (a bucket's start), y: consumption in the readings' unit
    bool quarantined = false;  // a quarantined read is in it
    bool estimated = false;    // a market-estimated read is in it (and none quarantined)
    bool accumulation = false; // an accumulation read is in it
};

// Readings up to a month apart, or few enough to draw, are one point each; longer ranges are
// daily totals up to ~a year, weekly beyond.
ReadingBucket bucketFor(qint64 spanMs, qsizetype points);

// Readings with a consumption (a first accumulation read has none) as chart points, oldest
// first: one per reading, or one per bucket holding the total of its readings. An interval read
// counts in the bucket its interval starts in.
QList<ChartPoint> chartPoints(const QVector<models::MeterReading> &readings, ReadingBucket bucket);

} // namespace kac::ui
