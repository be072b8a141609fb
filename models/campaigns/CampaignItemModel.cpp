#include "models/campaigns/CampaignItemModel.h"

#include "models/AgentWords.h"
#include "models/PiiText.h"
#include "models/campaigns/CampaignText.h"

#include <QJsonObject>

namespace kac::models {

void CampaignItemModel::appendNodes(const QJsonArray &nodes)
{
    if (nodes.isEmpty())
        return;
    QList<CampaignItem> items;
    items.reserve(nodes.size());
    for (const QJsonValue &node : nodes) {
        CampaignItem item = CampaignItem::fromNode(node.toObject());
        ++m_outcomeCounts[outcomeLabel(item)];
        if (item.isPending())
            ++m_pending;
        items.append(std::move(item));
    }
    beginInsertRows({}, m_items.size(), m_items.size() + items.size() - 1);
    m_items.append(std::move(items));
    endInsertRows();
    emit outcomesChanged();
}

void CampaignItemModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_outcomeCounts.clear();
    m_pending = 0;
    endResetModel();
    emit outcomesChanged();
}

QString CampaignItemModel::accountNumberAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).accountNumber : QString();
}

void CampaignItemModel::setPhonesRevealed(bool revealed)
{
    if (m_phonesRevealed == revealed)
        return;
    m_phonesRevealed = revealed;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, Phone), index(int(m_items.size()) - 1, Phone));
}

QString CampaignItemModel::outcomeLabel(const CampaignItem &item)
{
    return item.status.isEmpty() ? tr("No status") : AgentWords::enumText(item.status);
}

int CampaignItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CampaignItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignItem &item = m_items.at(index.row());
    if (role == AccountNumberRole)
        return item.accountNumber;
    if (role == ItemIdRole)
        return item.id;
    if (role == Qt::ToolTipRole && index.column() == Details)
        return item.details;
    // Why the window says "Unavailable", as a tooltip and for a screen reader.
    if ((role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) &&
        index.column() == CallWindow) {
        const QString problem =
            CampaignText::windowProblem(item.callWindowStart, item.callWindowEnd);
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Account:
        return item.accountNumber.isEmpty() ? item.accountId : item.accountNumber;
    case Phone:
        return m_phonesRevealed ? displayPhone(item.phoneNumber) : maskPhone(item.phoneNumber);
    case Status:
        return AgentWords::enumText(item.status);
    case CallWindow:
        return CampaignText::window(item.callWindowStart, item.callWindowEnd);
    case Details:
        return item.details;
    }
    return {};
}

QVariant CampaignItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Account:
        return tr("Account");
    case Phone:
        return tr("Phone");
    case Status:
        return tr("Status");
    case CallWindow:
        return tr("Call window");
    case Details:
        return tr("Details");
    }
    return {};
}

} // namespace kac::models
