#pragma once

#include "models/conversations/MessageContent.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace kac::models {

// The timeline as the agent narrows it: one channel (or all) and a search over the loaded
// messages (subject, sender, recipients and text, case-insensitive). Sits on a
// ConversationTimelineModel; paging still works through it (fetchMore passes through).
class TimelineFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TimelineFilterModel(QObject *parent = nullptr);

    void setChannel(std::optional<MessageContent::Kind> kind);
    std::optional<MessageContent::Kind> channel() const { return m_kind; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    bool isFiltering() const { return m_kind.has_value() || !m_search.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<MessageContent::Kind> m_kind;
    QString m_search;
};

} // namespace kac::models
