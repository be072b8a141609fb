#include "models/campaigns/CampaignListModel.h"

#include "models/AgentWords.h"
#include "models/JsonValues.h"

#include <QJsonObject>
#include <QLocale>

namespace kac::models {

void CampaignListModel::appendNodes(const QJsonArray &nodes)
{
    if (nodes.isEmpty())
        return;
    QList<Row> rows;
    rows.reserve(nodes.size());
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        Row row;
        row.id = node.value(QLatin1String("id")).toString();
        row.name = node.value(QLatin1String("name")).toString();
        row.campaignType = node.value(QLatin1String("campaignType")).toString();
        row.status = node.value(QLatin1String("status")).toString();
        row.itemCount = decodeInteger(node.value(QLatin1String("campaignItems"))
                                          .toObject()
                                          .value(QLatin1String("totalCount")));
        rows.append(row);
    }
    beginInsertRows({}, m_rows.size(), m_rows.size() + rows.size() - 1);
    m_rows.append(rows);
    endInsertRows();
}

void CampaignListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void CampaignListModel::setProgress(const QString &campaignId, double progress)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id != campaignId)
            continue;
        m_rows[i].progress = progress;
        const QModelIndex cell = index(i, Progress);
        emit dataChanged(cell, cell);
    }
}

QString CampaignListModel::campaignIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == CampaignIdRole)
        return row.id;
    if (role == ProgressRole)
        return row.progress;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == ItemCount || index.column() == Progress))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Progress && row.progress < 0)
        return tr("Known once every item has been loaded or exported");
    // The reason beside "Unavailable", as a tooltip and for a screen reader (as every pane does).
    if ((role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) &&
        index.column() == ItemCount && !row.itemCount.isAvailable())
        return row.itemCount.reason();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.name;
    case Type:
        return AgentWords::enumText(row.campaignType);
    case Status:
        return AgentWords::enumText(row.status);
    case ItemCount:
        return row.itemCount.isAvailable() ? QLocale().toString(row.itemCount.value())
                                           : unavailableText();
    case Progress:
        return row.progress < 0 ? QStringLiteral("—")
                                : QStringLiteral("%1%").arg(qRound(row.progress * 100));
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case ItemCount:
        return tr("Items");
    case Progress:
        return tr("Progress");
    }
    return {};
}

} // namespace kac::models
