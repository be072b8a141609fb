#include "models/conversations/TimelineFilterModel.h"

#include "models/conversations/ConversationTimelineModel.h"

namespace kac::models {

TimelineFilterModel::TimelineFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void TimelineFilterModel::setChannel(std::optional<MessageContent::Kind> kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void TimelineFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(ConversationTimelineModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(ConversationTimelineModel::SearchTextRole)
        .toString()
        .contains(m_search, Qt::CaseInsensitive);
}

} // namespace kac::models
