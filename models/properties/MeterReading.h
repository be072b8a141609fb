#pragma once

#include <QJsonObject>
#include <QString>

namespace kac::models {

// One meter reading as the console keeps it: small, so two years of half-hourly reads
// (35,040 rows) stay cheap to hold and to chart.
struct MeterReading
{
    enum class Origin : quint8 {
        Meter,    // electricityMeterReadings: what the meter (or the market) recorded
        Estimate, // estimateMeterReadings: Kraken's estimate for a period
    };

    QString id;
    qint64 readAtMs = 0; // UTC milliseconds since the epoch
    double value = 0;       // primary register's value (interval kWh, or cumulative index)
    double consumption = 0; // primary register's consumption over the period
    QString unit;
    QString quality; // ACTUAL / ESTIMATED / QUARANTINED / ...
    QString source;  // SMART_METER / METER_READER / CUSTOMER / ESTIMATE ...
    QString registers; // every register, "E1 0.098 · B1 0.000"
    bool quarantined = false;
    bool estimated = false;
    Origin origin = Origin::Meter;

    // From an ElectricityMeterReadingType or MeterReadingEstimationReading node.
    static MeterReading fromJson(const QJsonObject &node, Origin origin);

    // "2023-11-16T00:30:00+10:00" (or ...Z, or a bare date taken as market midnight, +10:00)
    // to UTC ms, without QDateTime's general parser on the hot path. -1 when unparseable.
    static qint64 parseTimestampMs(const QString &iso);
};

} // namespace kac::models
