#pragma once

#include "models/DecodedValue.h"
#include "models/PagedTableModel.h"

#include <QDateTime>
#include <QVector>

namespace kac::models {

// The live-chat queue (inkLiveChatConversations): one row per conversation, newest activity
// first as Kraken sends it. Filled a page at a time by ConversationService's PagedLoader.
class LiveChatQueueModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LastMessageColumn,
        StatusColumn,
        AccountColumn,
        CustomerColumn,
        BucketsColumn,
        PreviewColumn,
        ColumnCount
    };
    enum Role
    {
        AccountNumberRole = Qt::UserRole + 1,
        ConversationIdRole, // relay id
        StatusRole,         // OPEN, SNOOZED, CLOSED ...
        LastMessageAtRole,  // QDateTime; invalid when Kraken sent no usable time
    };

    struct Chat
    {
        QString relayId;
        QString status;
        QString accountNumber;
        Decoded<QDateTime> lastMessageAt;
        QString customer;
        QString buckets;
        QString preview;
    };

    explicit LiveChatQueueModel(QObject *parent = nullptr);

    void appendNodes(const QJsonArray &nodes) override;
    void clear() override;
    const Chat &chatAt(int row) const { return m_chats.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<Chat> m_chats;
};

} // namespace kac::models
