#include "models/properties/SupplyPointModel.h"

#include <QJsonObject>

namespace kac::models {

SupplyPointModel::SupplyPointModel(QObject *parent)
    : PagedTableModel(parent)
{}

namespace {

QJsonArray nodesOf(const QJsonObject &object, const char *connection)
{
    QJsonArray nodes;
    for (const QJsonValue &edge : object.value(QLatin1String(connection))
                                      .toObject()
                                      .value(QLatin1String("edges"))
                                      .toArray()) {
        const QJsonValue node = edge.toObject().value(QLatin1String("node"));
        if (node.isObject())
            nodes.append(node);
    }
    return nodes;
}

} // namespace

QList<SupplyPointModel::Device> SupplyPointModel::devicesOf(const QJsonObject &supplyPoint)
{
    QList<Device> devices;
    for (const QJsonValue &value : nodesOf(supplyPoint, "devices")) {
        Device device;
        device.identifier = value.toObject().value(QLatin1String("deviceIdentifier")).toString();
        for (const QJsonValue &reg : nodesOf(value.toObject(), "registers"))
            device.registers
                << reg.toObject().value(QLatin1String("registerIdentifier")).toString();
        devices << device;
    }
    return devices;
}

void SupplyPointModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void SupplyPointModel::appendNodes(const QJsonArray &nodes)
{
    if (nodes.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(nodes.size()) - 1);
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        m_rows.append({node.value(QLatin1String("id")).toString(),
                       node.value(QLatin1String("marketName")).toString(),
                       node.value(QLatin1String("externalIdentifier")).toString(),
                       node.value(QLatin1String("property"))
                           .toObject()
                           .value(QLatin1String("address"))
                           .toString()});
    }
    endInsertRows();
}

int SupplyPointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SupplyPointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupplyPointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SupplyPoint &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MarketColumn:
            return p.marketName == QLatin1String("AU_GAS")           ? tr("Gas")
                   : p.marketName == QLatin1String("AU_ELECTRICITY") ? tr("Electricity")
                                                                     : p.marketName;
        case IdentifierColumn:
            return p.externalIdentifier;
        case AddressColumn:
            return p.address;
        case IdColumn:
            return p.id;
        }
        return {};
    case MarketNameRole:
        return p.marketName;
    case ExternalIdentifierRole:
        return p.externalIdentifier;
    case IdRole:
        return p.id;
    }
    return {};
}

QVariant SupplyPointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MarketColumn:
        return tr("Market");
    case IdentifierColumn:
        return tr("NMI / MIRN");
    case AddressColumn:
        return tr("Property");
    case IdColumn:
        return tr("Supply point");
    }
    return {};
}

} // namespace kac::models
