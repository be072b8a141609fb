#pragma once

#include "ui/LazyPane.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace kac::api {
class ErrorCatalog;
class Transport;
} // namespace kac::api

namespace kac::models {
class ConversationService;
class TimelineFilterModel;
struct ConversationSummary;
} // namespace kac::models

namespace kac::ui {

class MessageView;
class PaneStateWidget;

// An account's conversations with the customer (Kraken Ink), for the account tab: the
// conversation's status, contact channels, buckets and tags; every email, SMS, chat... as one
// timeline, newest first, paged as the agent scrolls; filter by channel and search the loaded
// messages; the selected message opens beside the list (MessageView). Loading, empty and error
// (Kraken code, Retry) states. A LazyPane: nothing is sent before it is shown.
class ConversationsPane : public QWidget, public LazyPane
{
    Q_OBJECT
public:
    ConversationsPane(api::Transport *transport, const QString &accountNumber,
                      const api::ErrorCatalog *errors = nullptr, QWidget *parent = nullptr);

    QString accountNumber() const { return m_accountNumber; }
    // Shown: loads the conversation the first time (or again what a hide dropped); hidden:
    // drops what is still loading. reload() always asks again.
    void setShown(bool shown) override;
    void start() { setShown(true); }
    void reload();
    bool isStarted() const { return m_started; }

    models::ConversationService *service() const { return m_service; }
    models::TimelineFilterModel *filter() const { return m_filter; }
    PaneStateWidget *paneState() const { return m_state; }
    QTreeView *timelineView() const { return m_view; }
    MessageView *messageView() const { return m_message; }
    QComboBox *channelFilter() const { return m_channel; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *countLabel() const { return m_count; }

    // Opens the message in the (filtered) row.
    void openRow(int row);

signals:
    void copied(const QString &what);

private:
    void onSummary(const models::ConversationSummary &summary);
    void onCurrentChanged();
    void updateCount();

    QString m_accountNumber;
    const api::ErrorCatalog *m_errors;
    bool m_started = false;
    models::ConversationService *m_service;
    models::TimelineFilterModel *m_filter;
    PaneStateWidget *m_state;
    QLabel *m_summary;
    QComboBox *m_channel;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_loadAll;
    QTreeView *m_view;
    MessageView *m_message;
};

} // namespace kac::ui
