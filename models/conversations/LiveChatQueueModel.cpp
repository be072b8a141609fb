#include "models/conversations/LiveChatQueueModel.h"

#include "models/PiiText.h"
#include "models/conversations/ConversationSummary.h"
#include "models/conversations/ConversationTimelineModel.h"
#include "models/conversations/MessageContent.h"

#include <QJsonArray>

namespace kac::models {

LiveChatQueueModel::LiveChatQueueModel(QObject *parent)
    : PagedTableModel(parent)
{}

void LiveChatQueueModel::appendNodes(const QJsonArray &nodes)
{
    if (nodes.isEmpty())
        return;
    const int first = int(m_chats.size());
    beginInsertRows({}, first, first + int(nodes.size()) - 1);
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        const ConversationSummary summary = ConversationSummary::fromJson(node);
        Chat chat;
        chat.relayId = summary.relayId;
        chat.status = summary.status;
        chat.accountNumber = summary.accountNumber;
        chat.lastMessageAt = summary.lastMessageAt;
        chat.buckets = summary.buckets.join(QStringLiteral(", "));
        if (!summary.channels.isEmpty()) {
            const auto &channel = summary.channels.first();
            chat.customer = channel.displayName.isEmpty() ? maskContactHandle(channel.handle)
                                                          : channel.displayName;
        }
        const QJsonArray edges =
            node.value(QLatin1String("events")).toObject().value(QLatin1String("edges")).toArray();
        if (!edges.isEmpty()) {
            const QJsonObject message = edges.first()
                                            .toObject()
                                            .value(QLatin1String("node"))
                                            .toObject()
                                            .value(QLatin1String("message"))
                                            .toObject();
            chat.preview = MessageContent::fromJson(message).preview(120);
        }
        m_chats.append(std::move(chat));
    }
    endInsertRows();
}

void LiveChatQueueModel::clear()
{
    // Before the reset: views (and QAbstractItemModelTester) ask canFetchMore() on
    // modelReset, and the loader's old pager is already gone by then.
    setMoreAvailable(false);
    beginResetModel();
    m_chats.clear();
    endResetModel();
}

int LiveChatQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chats.size());
}

int LiveChatQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveChatQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chat &c = m_chats.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LastMessageColumn:
            return ConversationTimelineModel::formatTime(c.lastMessageAt.value());
        case StatusColumn:
            return ConversationSummary::statusLabel(c.status);
        case AccountColumn:
            return c.accountNumber;
        case CustomerColumn:
            return c.customer;
        case BucketsColumn:
            return c.buckets;
        case PreviewColumn:
            return c.preview;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: // the reason beside "Unavailable", for a screen reader
        if (index.column() == LastMessageColumn && !c.lastMessageAt.isAvailable())
            return c.lastMessageAt.reason();
        return {};
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3, last message %4")
            .arg(ConversationSummary::statusLabel(c.status), c.accountNumber, c.customer,
                 ConversationTimelineModel::formatTime(c.lastMessageAt.value()));
    case AccountNumberRole:
        return c.accountNumber;
    case ConversationIdRole:
        return c.relayId;
    case StatusRole:
        return c.status;
    case LastMessageAtRole:
        return c.lastMessageAt.isAvailable() ? QVariant(c.lastMessageAt.value()) : QVariant();
    }
    return {};
}

QVariant LiveChatQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LastMessageColumn:
        return tr("Last message");
    case StatusColumn:
        return tr("Status");
    case AccountColumn:
        return tr("Account");
    case CustomerColumn:
        return tr("Customer");
    case BucketsColumn:
        return tr("Buckets");
    case PreviewColumn:
        return tr("Latest");
    }
    return {};
}

} // namespace kac::models
