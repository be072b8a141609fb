#pragma once

#include "api/ApiError.h"
#include "models/properties/MeterReading.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QPointer>
#include <QVector>

namespace kac::api {
class RelayPager;
}

namespace kac::models {

// A meter's readings, oldest first, as a table. Rows come a page at a time from a RelayPager
// that PropertyService sets up (the model builds no queries): views page on scroll through
// canFetchMore()/fetchMore(); fetchAll() keeps going to the end (for the chart).
// isLoading() always clears, on success and on failure; after a failure canFetchMore() is
// false (so a view does not hammer a failing server) until retry().
class MeterReadingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReadAtColumn,
        ReadTypeColumn,
        ValueColumn,
        ConsumptionColumn,
        UnitColumn,
        QualityColumn,
        SourceColumn,
        RegistersColumn,
        ColumnCount
    };
    enum Role
    {
        ReadAtMsRole = Qt::UserRole + 1, // qint64, UTC ms
        ValueRole,                       // double
        ConsumptionRole,                 // double
        QuarantinedRole,                 // bool
        EstimatedRole,                   // bool (estimated by the market, or a Kraken estimate)
        OriginRole,                      // MeterReading::Origin as int
        IdRole,
        ReadTypeRole,       // MeterReading::Type as int (interval or accumulation)
        HasConsumptionRole, // bool: false for a first accumulation read
    };

    explicit MeterReadingModel(QObject *parent = nullptr);
    ~MeterReadingModel() override;

    // Drops the rows and takes `pager` (owned from now on; null = no source) for the next pages.
    // `unit` is shown for reads whose node names none (interval reads carry no unit in Kraken:
    // it is the meter register's unit of measure).
    void setPager(api::RelayPager *pager, MeterReading::Origin origin = MeterReading::Origin::Meter,
                  const QString &unit = {});
    void clear() { setPager(nullptr); }

    // Appends parsed nodes (what the pager delivers; also used by tests and benchmarks). Nodes
    // without a usable time (an unknown union member) are left out. An accumulation read's
    // consumption is its index minus the previous accumulation read's, across pages.
    void appendNodes(const QJsonArray &nodes);

    const QVector<MeterReading> &readings() const { return m_rows; }
    const MeterReading &readingAt(int row) const { return m_rows.at(row); }

    bool isLoading() const;
    bool hasFailed() const { return !m_error.isNone(); }
    api::ApiError lastError() const { return m_error; }
    // Pages arrived, but Kraken refused some of their fields (e.g. KT-CT-1113); none if complete.
    api::ApiError partialError() const;
    int totalCount() const { return m_totalCount; } // -1 until the first page
    // Readings whose value Kraken sent is not a number to trust: listed as "Unavailable",
    // left out of the chart (and of its daily and weekly totals).
    int unavailableCount() const { return m_unavailableCount; }
    bool isComplete() const; // every page is in
    bool fetchesAll() const { return m_fetchAll; }

    // Keeps fetching pages until the end (or a failure). Starts at once if idle.
    void fetchAll();
    // After a failure: fetches the page that failed again.
    void retry();

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void failed(const kac::api::ApiError &error);
    // A page went in as rows [first, last]; `complete` when it was the last one.
    void pageAppended(int first, int last, bool complete);
    void totalCountChanged(int totalCount);

private:
    void onPage(const QJsonArray &nodes, bool hasNextPage, int totalCount);
    void onFailed(const api::ApiError &error);

    QPointer<api::RelayPager> m_pager;
    MeterReading::Origin m_origin = MeterReading::Origin::Meter;
    QString m_unit;
    QVector<MeterReading> m_rows;
    bool m_hasPreviousIndex = false; // the last accumulation read's index, for the next one's use
    double m_previousIndex = 0;
    int m_unavailableCount = 0;
    api::ApiError m_error;
    int m_totalCount = -1;
    bool m_fetchAll = false;
};

} // namespace kac::models
