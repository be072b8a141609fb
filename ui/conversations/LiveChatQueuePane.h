#pragma once

#include "ui/LazyPane.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;

namespace kac::api {
class ErrorCatalog;
class Transport;
} // namespace kac::api

namespace kac::models {
class ConversationService;
}

namespace kac::ui {

class PaneStateWidget;

// The live-chat queue (Kraken Ink live chats): conversations filtered by status (open by
// default), newest activity first, paged as the agent scrolls. Enter or a double click on a
// chat asks for its account to be opened (openAccountRequested), where the Conversations
// section shows the whole thread. Loading, empty and error (Kraken code, Retry) states.
class LiveChatQueuePane : public QWidget, public LazyPane
{
    Q_OBJECT
public:
    explicit LiveChatQueuePane(api::Transport *transport, const api::ErrorCatalog *errors = nullptr,
                               QWidget *parent = nullptr);

    // Loads the queue for the selected status (the first time, and again on each change).
    void start();
    // The dock shown: the queue loads afresh (it is live); hidden: a page in flight is dropped.
    void setShown(bool shown) override;
    // "OPEN", "SNOOZED", "CLOSED" or "" for all; reloads.
    void setStatus(const QString &status);
    QString status() const;

    models::ConversationService *service() const { return m_service; }
    PaneStateWidget *paneState() const { return m_state; }
    QTreeView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_status; }
    QLabel *countLabel() const { return m_count; }

    void openRow(int row);

signals:
    void openAccountRequested(const QString &accountNumber);

private:
    void updateCount();

    models::ConversationService *m_service;
    PaneStateWidget *m_state;
    QComboBox *m_status;
    QLabel *m_count;
    QTreeView *m_view;
};

} // namespace kac::ui
