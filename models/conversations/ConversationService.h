#pragma once

#include "api/ApiError.h"
#include "api/LatestRequest.h" // also declares api::Transport
#include "api/RequestOptions.h"
#include "models/PagedLoader.h"
#include "models/conversations/ConversationSummary.h"
#include "models/conversations/MessageContent.h"

#include <QObject>
#include <QPointer>

namespace kac::models {

class ConversationTimelineModel;
class LiveChatQueueModel;

// Conversations with customers (Kraken Ink). Issues every request of the area and fills its
// models; widgets only read them.
//  - loadConversation(): the account's conversation header (InkConversation) and, in
//    parallel, the first page of its timeline (InkConversationEvents, newest first); further
//    pages when a view asks (fetchMore) or fetchAllEvents(). Each event carries its whole
//    message (an email's HTML too), so opening one needs no request: Kraken gives emails and
//    SMS no id to ask for them by, and the round trip would only repeat what is loaded.
//  - loadLiveChats(): the live-chat queue (InkLiveChatConversations) for one status.
// Loading always clears, on success and on failure; retry() repeats what failed.
// As a Loadable it is the account's conversation (header and timeline together).
class ConversationService : public Loadable
{
    Q_OBJECT
public:
    using State = LoadState;

    explicit ConversationService(api::Transport *transport, QObject *parent = nullptr);
    ~ConversationService() override;

    // --- the account's conversation ---
    void loadConversation(const QString &accountNumber);
    QString accountNumber() const { return m_accountNumber; }
    LoadState state() const override { return m_state; }
    api::ApiError error() const override { return m_error; } // when Failed
    const ConversationSummary &summary() const { return m_summary; }
    ConversationTimelineModel *timeline() const { return m_timeline; }
    PagedLoader *timelineLoader() const { return m_timelineLoader; }
    // A page after the first failed: the rows stay, this says why no more came.
    api::ApiError pageError() const override { return m_timelineLoader->pageError(); }
    // Loaded, but Kraken refused some fields of the header or the timeline; none if complete.
    api::ApiError partialError() const override;
    // Keeps asking for pages until every event is in (or one fails).
    void fetchAllEvents();
    bool isFetchingAll() const { return m_fetchAll; }
    // Repeats whatever failed: the header, the first page or the page that failed.
    void retry() override;
    // Out of sight: the header and the page still loading are dropped; the next
    // loadConversation() (or retry()) asks again. Nothing is shown as an error.
    void suspend();
    // Whether suspend() dropped something that must be asked for again.
    bool isSuspended() const { return m_suspended; }

    // --- the live-chat queue ---
    LiveChatQueueModel *liveChats() const { return m_liveChats; }
    PagedLoader *liveChatLoader() const { return m_liveChatLoader; }
    // OPEN, SNOOZED, CLOSED; empty for every status.
    void loadLiveChats(const QString &status);
    QString liveChatStatus() const { return m_liveChatStatus; }

    // Kraken answers KT-CT-7610 for an account that has never been contacted: that is the
    // empty state, not an error.
    static bool isNoConversation(const api::ApiError &error);
    // Kraken refuses first >= 100; a page of events carries whole messages, so it stays at
    // half that (keeps a page's answer and its query complexity modest).
    static constexpr int PageSize = 50;

    // Tests only: every request of this service carries the sandbox fault header.

signals:
    void stateChanged(kac::models::LoadState state);
    void summaryLoaded(const kac::models::ConversationSummary &summary);

private:
    void loadSummary();
    void onSummary(const api::GraphQLResult &result);
    void onTimelinePage();
    void updateState();

    QPointer<api::Transport> m_transport;
    QString m_accountNumber;
    ConversationTimelineModel *m_timeline;
    PagedLoader *m_timelineLoader;
    LiveChatQueueModel *m_liveChats;
    PagedLoader *m_liveChatLoader;
    api::LatestRequest *m_summaryRequest;
    ConversationSummary m_summary;
    bool m_summaryDone = false;
    api::ApiError m_summaryError;
    api::ApiError m_summaryPartialError;
    api::ApiError m_error;
    State m_state = State::Idle;
    bool m_fetchAll = false;
    bool m_suspended = false;
    QString m_liveChatStatus;
};

} // namespace kac::models
