#include "models/campaigns/CallTagModel.h"

#include <QJsonObject>

namespace kac::models {

CallTagModel::Row CallTagModel::fromNode(const QJsonObject &node)
{
    return {node.value(QLatin1String("id")).toString(),
            node.value(QLatin1String("name")).toString(),
            node.value(QLatin1String("isActive")).toBool()};
}

void CallTagModel::appendNodes(const QJsonArray &nodes)
{
    if (nodes.isEmpty())
        return;
    beginInsertRows({}, m_rows.size(), m_rows.size() + nodes.size() - 1);
    for (const QJsonValue &node : nodes)
        m_rows.append(fromNode(node.toObject()));
    endInsertRows();
}

void CallTagModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int CallTagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallTagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallTagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case TagIdRole:
        return row.id;
    case IsActiveRole:
        return row.isActive;
    case Qt::DisplayRole:
        if (index.column() == Name)
            return row.name;
        if (index.column() == Active)
            return row.isActive ? tr("Active") : tr("Inactive");
        return row.id;
    case Qt::ToolTipRole:
        if (index.column() == Active && !row.isActive)
            return tr("Inactive tags can no longer be put on a call");
        return {};
    }
    return {};
}

QVariant CallTagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Tag");
    case Active:
        return tr("State");
    case Id:
        return tr("Id");
    }
    return {};
}

} // namespace kac::models
