#pragma once

#include <QJsonObject>
#include <QString>

namespace kac::models {

// One meter reading as the console keeps it: small, so two years of half-hourly reads
// (35,040 rows) stay cheap to hold and to chart.
//
// Kraken's ElectricityMeterReadingType is a union: an interval read (startAt / endAt and a
// value per register: the energy of that interval) or an accumulation read (a register's
// index at readAt). An accumulation read says nothing of the use since the read before it:
// MeterReadingModel derives that from consecutive reads.
struct MeterReading
{
    enum class Origin : quint8
    {
        Meter,    // electricityMeterReadings: what the meter (or the market) recorded
        Estimate, // estimateMeterReadings: Kraken's estimate for an interval
    };
    enum class Type : quint8
    {
        Interval,     // ElectricityIntervalMeterReadingType, and Kraken's estimates
        Accumulation, // ElectricityAccumulationMeterReadingType: an index read
    };

    QString id;                 // accumulation reads only (Kraken gives the others no id)
    qint64 readAtMs = 0;        // UTC ms: when an accumulation read was taken, or an interval's end
    qint32 intervalSeconds = 0; // intervals: endAt - startAt
    double value = 0;           // interval: the primary register's energy; accumulation: its index
    double consumption = 0;     // use over the interval, or since the previous accumulation read
    bool hasConsumption = true; // false for the first accumulation read (nothing to subtract)
                                // and for a read whose value is unavailable
    // Why the value Kraken sent cannot be trusted ("NaN", 33 digits, text); empty when it can.
    // Such a read keeps its row (shown "Unavailable") but stays out of every chart total.
    QString unavailableReason;
    QString unit;
    QString qualityFlag; // NEM12: A actual, E estimated, S substituted, F final substitute, N null,
                         // V variable
    QString source;    // accumulation: Kraken's reading source (READING_FROM_NEM13, ...); estimate:
                       // algorithm
    QString registers; // every register, "E1 0.098 · B1 0.000"
    bool quarantined = false;
    bool estimated = false; // the quality flag says estimated or substituted, or a Kraken estimate
    Type type = Type::Interval;
    Origin origin = Origin::Meter;

    // From a member of the ElectricityMeterReadingType union (Origin::Meter) or a
    // MeterReadingEstimationReadingType node (Origin::Estimate). readAtMs is -1 when the node
    // has no usable time (an unknown union member, or garbage).
    static MeterReading fromJson(const QJsonObject &node, Origin origin);

    // "Actual", "Estimated", ... for a NEM12 quality flag; the flag itself when unknown.
    static QString qualityText(const QString &flag);

    // "2023-11-16T00:30:00+10:00" (or ...Z, or a bare date taken as market midnight, +10:00)
    // to UTC ms, without QDateTime's general parser on the hot path. -1 when it is not a real
    // date and time (month 13, day 45, no offset): such a read cannot be placed.
    static qint64 parseTimestampMs(const QString &iso);
};

} // namespace kac::models
