#pragma once

#include "ui/properties/ReadingBuckets.h"

#include <QChartView>
#include <QPointer>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QTimer;
class QXYSeries;
class QValueAxis;

namespace kac::models {
class MeterReadingModel;
class PagedLoader;
} // namespace kac::models

namespace kac::ui {

// Consumption over time for the readings shown in the table: one point per reading on the
// line (an interval read's energy, or an accumulation read's use since the read before it:
// the first accumulation read has nothing to subtract and no point), or daily / weekly totals
// when the range is long (ReadingBuckets), accumulation reads marked as such (interval reads
// are the bare line), quarantined and market-estimated reads marked on top, Kraken's estimates
// (estimateMeterReadings) as their own dashed line. The value axis names the unit and what a
// point is ("kWh per day"); the date axis labels never repeat.
// Rebuilt with one QXYSeries::replace() per series, throttled while pages stream in.
class ReadingsChart : public QChartView
{
    Q_OBJECT
public:
    explicit ReadingsChart(QWidget *parent = nullptr);

    // Charts the rows of these loaders' MeterReadingModels (either may be null): it redraws as
    // rows arrive (throttled) and at once on each loader's last page (pageAppended).
    void setSources(models::PagedLoader *readings, models::PagedLoader *estimates);

    QLineSeries *readingSeries() const { return m_readings; }
    QScatterSeries *quarantinedSeries() const { return m_quarantined; }
    QScatterSeries *estimatedSeries() const { return m_estimated; }
    QScatterSeries *accumulationSeries() const { return m_accumulation; }
    QLineSeries *estimateSeries() const { return m_estimates; }
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }
    ReadingBucket bucket() const { return m_bucket; }
    // The unit for the value axis when the readings name none (the meter register's unit).
    void setUnit(const QString &unit);

    // Rebuilds now (tests and benchmarks; the chart otherwise rebuilds on its own).
    void rebuildNow();
    bool isRebuildPending() const;

private:
    void scheduleRebuild();
    QList<QXYSeries *> allSeries() const;

    QPointer<models::PagedLoader> m_readingLoader;
    QPointer<models::PagedLoader> m_estimateLoader;
    QPointer<models::MeterReadingModel> m_readingModel;
    QPointer<models::MeterReadingModel> m_estimateModel;
    QLineSeries *m_readings;
    QScatterSeries *m_quarantined;
    QScatterSeries *m_estimated;
    QScatterSeries *m_accumulation;
    QLineSeries *m_estimates;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QTimer *m_rebuild;
    ReadingBucket m_bucket = ReadingBucket::Reading;
    QString m_unit;
};

} // namespace kac::ui
