#include "models/conversations/ConversationTimelineModel.h"

#include "models/DecodedValue.h"
#include "models/DisplayTime.h"
#include "models/JsonValues.h"
#include "models/PiiText.h"

#include <QJsonArray>

namespace kac::models {

ConversationTimelineModel::ConversationTimelineModel(QObject *parent)
    : PagedTableModel(parent)
{}

void ConversationTimelineModel::appendNodes(const QJsonArray &nodes)
{
    QVector<Event> page;
    page.reserve(nodes.size());
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        // InkConversationEvent is a union; only InkNewMessage exists today. Skip what we
        // cannot show rather than invent a row.
        const QJsonObject message = node.value(QLatin1String("message")).toObject();
        if (message.isEmpty())
            continue;
        Event event;
        const Decoded<QDateTime> occurredAt =
            decodeDateTime(node.value(QLatin1String("occurredAt")));
        event.occurredAt = occurredAt.value(); // invalid when unavailable
        event.message = MessageContent::fromJson(message);
        // A post carries no time of its own; the event's is the message's.
        if (!event.message.occurredAt.isValid())
            event.message.occurredAt = event.occurredAt;
        if (!event.occurredAt.isValid())
            event.occurredAt = event.message.occurredAt;
        if (!event.occurredAt.isValid())
            event.occurredAtProblem = occurredAt.reason();
        page.append(std::move(event));
    }
    if (page.isEmpty())
        return;
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_events.append(std::move(page));
    endInsertRows();
}

void ConversationTimelineModel::clear()
{
    // Before the reset: views (and QAbstractItemModelTester) ask canFetchMore() on
    // modelReset, and the loader's old pager is already gone by then.
    setMoreAvailable(false);
    beginResetModel();
    m_events.clear();
    m_events.squeeze();
    endResetModel();
}

int ConversationTimelineModel::rowOfMessage(const QString &identity) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).message.identity() == identity)
            return row;
    }
    return -1;
}

int ConversationTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ConversationTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConversationTimelineModel::formatTime(const QDateTime &time)
{
    return time.isValid() ? DisplayTime::dateTime(time) // the console's one format, zone named
                          : unavailableText();
}

QVariant ConversationTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events.at(index.row());
    const MessageContent &m = e.message;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return formatTime(e.occurredAt);
        case ChannelColumn:
            return MessageContent::kindLabel(m.kind);
        case DirectionColumn:
            return MessageContent::directionLabel(m.direction);
        case SenderColumn:
            return maskContactHandle(m.sender()); // masked like every other pane
        case PreviewColumn:
            return m.preview();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn && !e.occurredAt.isValid())
            return e.occurredAtProblem;
        return index.column() == PreviewColumn ? m.preview(600) : QVariant();
    case Qt::AccessibleDescriptionRole: // the reason beside "Unavailable", for a screen reader
        if (index.column() == TimeColumn && !e.occurredAt.isValid())
            return e.occurredAtProblem;
        return {};
    case Qt::AccessibleTextRole:
        return tr("%1 %2 %3 from %4: %5")
            .arg(MessageContent::kindLabel(m.kind), MessageContent::directionLabel(m.direction),
                 formatTime(e.occurredAt), maskContactHandle(m.sender()), m.preview());
    case KindRole:
        return int(m.kind);
    case DirectionRole:
        return int(m.direction);
    case OccurredAtRole:
        return e.occurredAt;
    case MessageIdRole:
        return m.id;
    case MessageIdentityRole:
        return m.identity();
    case SearchTextRole:
        return QStringList{m.subject, m.from, m.to, m.body, m.plainText}.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant ConversationTimelineModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ChannelColumn:
        return tr("Channel");
    case DirectionColumn:
        return tr("Direction");
    case SenderColumn:
        return tr("From");
    case PreviewColumn:
        return tr("Message");
    }
    return {};
}

} // namespace kac::models
