#pragma once

#include "models/PagedTableModel.h"
#include "models/properties/MeterReading.h"

#include <QJsonArray>
#include <QVector>

namespace kac::models {

// A meter's readings, oldest first, as a table. It only holds rows: a PagedLoader (which
// PropertyService owns) appends them a page at a time, and a view's fetchMore() asks that
// loader for the next page. Whether a page is loading or failed is the loader's to say.
class MeterReadingModel : public PagedTableModel
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
        ValueRole,                       // double; invalid when the value is unavailable
        ConsumptionRole,                 // double
        QuarantinedRole,                 // bool
        EstimatedRole,                   // bool (estimated by the market, or a Kraken estimate)
        OriginRole,                      // MeterReading::Origin as int
        IdRole,
        ReadTypeRole,       // MeterReading::Type as int (interval or accumulation)
        HasConsumptionRole, // bool: false for a first accumulation read
    };

    explicit MeterReadingModel(MeterReading::Origin origin = MeterReading::Origin::Meter,
                               QObject *parent = nullptr);
    ~MeterReadingModel() override;

    // The unit shown for reads whose node names none (interval reads carry no unit in Kraken:
    // it is the meter register's unit of measure). For the rows appended from now on.
    void setDefaultUnit(const QString &unit) { m_unit = unit; }

    // Appends parsed nodes (what the loader delivers; also used by tests and benchmarks). Nodes
    // without a usable time (an unknown union member) are left out. An accumulation read's
    // consumption is its index minus the previous accumulation read's, across pages.
    void appendNodes(const QJsonArray &nodes) override;
    void clear() override;
    void expectRows(int totalCount) override;

    const QVector<MeterReading> &readings() const { return m_rows; }
    const MeterReading &readingAt(int row) const { return m_rows.at(row); }

    // Readings whose value Kraken sent is not a number to trust: listed as "Unavailable",
    // left out of the chart (and of its daily and weekly totals).
    int unavailableCount() const { return m_unavailableCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    MeterReading::Origin m_origin;
    QString m_unit;
    QVector<MeterReading> m_rows;
    bool m_hasPreviousIndex = false; // the last accumulation read's index, for the next one's use
    double m_previousIndex = 0;
    int m_unavailableCount = 0;
};

} // namespace kac::models
