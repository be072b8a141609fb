#pragma once

#include "models/PagedTableModel.h"
#include "models/conversations/MessageContent.h"

#include <QVector>

namespace kac::models {

// An account's Ink conversation as a timeline, newest first (the order Kraken sends), one row
// per event. Rows arrive a page at a time: the model builds no queries; a PagedLoader that
// ConversationService sets up appends pages and answers fetchMore().
class ConversationTimelineModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ChannelColumn,
        DirectionColumn,
        SenderColumn,
        PreviewColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // MessageContent::Kind as int
        DirectionRole,               // MessageContent::Direction as int
        OccurredAtRole,              // QDateTime
        MessageIdRole,               // Kraken's id: live-chat and generic messages only
        MessageIdentityRole,         // MessageContent::identity(): every row has one
        SearchTextRole,              // subject, sender, recipients and text, for filtering
    };

    // InkNewMessage: Kraken gives an event no id, only its time and its message.
    struct Event
    {
        QDateTime occurredAt; // invalid when neither the event nor its message has a usable time
        QString occurredAtProblem; // then: why, in agent words
        MessageContent message;
    };

    explicit ConversationTimelineModel(QObject *parent = nullptr);

    // InkConversationEvents nodes: {__typename: InkNewMessage, occurredAt, message}.
    void appendNodes(const QJsonArray &nodes) override;
    void clear() override;

    const Event &eventAt(int row) const { return m_events.at(row); }
    // The row whose message has this identity(); -1 when it is not loaded.
    int rowOfMessage(const QString &identity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The console's one date-time format; "Unavailable" for a time Kraken did not send usably.
    static QString formatTime(const QDateTime &time);

private:
    QVector<Event> m_events;
};

} // namespace kac::models
