#pragma once

#include "models/PagedTableModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace kac::models {

// An account's supply points (supplyPoints): market, identifier (NMI / MIRN), property. Rows
// only: PropertyService's supply-point PagedLoader appends them, every page of the connection.
class SupplyPointModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MarketColumn,
        IdentifierColumn,
        AddressColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        MarketNameRole = Qt::UserRole + 1,
        ExternalIdentifierRole,
        IdRole
    };

    struct SupplyPoint
    {
        QString id;
        QString marketName;         // AU_ELECTRICITY / AU_GAS
        QString externalIdentifier; // NMI / MIRN
        QString address;
    };

    // A device of one supply point (the SupplyPoint operation): its identifier (the meter's
    // serial number) and its registers' identifiers (E1, B1, ...).
    struct Device
    {
        QString identifier;
        QStringList registers;
    };
    static QList<Device> devicesOf(const QJsonObject &supplyPoint);

    explicit SupplyPointModel(QObject *parent = nullptr);

    void clear() override;
    void appendNodes(const QJsonArray &nodes) override;
    const QVector<SupplyPoint> &supplyPoints() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<SupplyPoint> m_rows;
};

} // namespace kac::models
