#pragma once

#include "models/properties/PropertyNode.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace kac::models {

// An account's properties as a tree: property > occupancy, embedded network, meter points
// (NMI / MIRN) > supply details, agreements, meters > registers. Filled by PropertyService.
class PropertyTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        DetailColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // PropertyNode::Kind as int
        IdRole,
        MarketIdentifierRole, // NMI / MIRN of the meter point the row belongs to
        FuelRole,             // ELECTRICITY / GAS
        MeterIdRole,          // meters and registers
        MeterSerialRole,
        ReadingFrequencyRole,
        AccountNumberRole, // occupancy periods
        SensitiveLoadRole, // bool, on an NMI: AEMO's sensitive-load flag (e.g. life support)
    };

    // What the readings view needs to know about a meter.
    struct MeterRef
    {
        QString meterId;
        QString serialNumber;
        QString fuel;
        QString marketIdentifier;
        QString readingFrequency; // Kraken's value (A_3, D, BI_MONTHLY, ...)
        QString propertyAddress;
        QString primaryRegisterId;   // the first import register (what the chart plots)
        QString primaryRegisterUnit; // its unit of measure as shown ("kWh")
    };

    explicit PropertyTreeModel(QObject *parent = nullptr);
    ~PropertyTreeModel() override;

    void setProperties(std::vector<std::unique_ptr<PropertyNode>> properties);
    void clear();

    int propertyCount() const { return int(m_roots.size()); }
    // Every meter under every property, in tree order.
    QList<MeterRef> meters() const;
    // The index of a meter row (column 0), or invalid.
    QModelIndex indexOfMeter(const QString &meterId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static const PropertyNode *nodeAt(const QModelIndex &index);

private:
    std::vector<std::unique_ptr<PropertyNode>> m_roots;
};

} // namespace kac::models
