#include "models/conversations/ConversationService.h"

#include "api/LatestRequest.h"
#include "api/Operation.h"
#include "api/Transport.h"
#include "models/conversations/ConversationTimelineModel.h"
#include "models/conversations/LiveChatQueueModel.h"

#include <QJsonObject>

namespace kac::models {

ConversationService::ConversationService(api::Transport *transport, QObject *parent)
    : Loadable(parent)
    , m_transport(transport)
    , m_timeline(new ConversationTimelineModel(this))
    , m_timelineLoader(new PagedLoader(
          transport, m_timeline, QStringLiteral("InkConversationEvents"),
          {QStringLiteral("inkConversation"), QStringLiteral("events")}, PageSize, this))
    , m_liveChats(new LiveChatQueueModel(this))
    , m_liveChatLoader(
          new PagedLoader(transport, m_liveChats, QStringLiteral("InkLiveChatConversations"),
                          {QStringLiteral("inkLiveChatConversations")}, PageSize, this))
    , m_summaryRequest(new api::LatestRequest(transport, this))
{
    // A later page failing (or retried) changes pageError(), not the timeline's state.
    connect(m_timelineLoader, &PagedLoader::changed, this, &ConversationService::updateState);
    connect(m_timelineLoader, &PagedLoader::pageLoaded, this, &ConversationService::onTimelinePage);
}

ConversationService::~ConversationService() = default;

bool ConversationService::isNoConversation(const api::ApiError &error)
{
    return error.kind == api::ApiError::Kind::Kraken &&
           error.errorCode == QLatin1String("KT-CT-7610");
}

void ConversationService::loadConversation(const QString &accountNumber)
{
    m_suspended = false;
    m_accountNumber = accountNumber;
    m_fetchAll = false;
    m_summary = {};
    loadSummary();
    m_timelineLoader->start({{QStringLiteral("accountNumber"), accountNumber}});
    updateState();
}

void ConversationService::loadSummary()
{
    m_summaryDone = false;
    m_summaryError = {};
    m_summaryPartialError = {};
    if (!m_transport)
        return;
    m_summaryRequest->send(api::Operation::load(QStringLiteral("InkConversation")),
                           {{QStringLiteral("accountNumber"), m_accountNumber}},
                           [this](const api::GraphQLResult &result) { onSummary(result); });
}

void ConversationService::onSummary(const api::GraphQLResult &result)
{
    m_summaryDone = true;
    const QJsonObject conversation = result.data.value(QLatin1String("inkConversation")).toObject();
    if (!result.ok() || conversation.isEmpty())
        m_summaryError = result.missing(QStringLiteral("inkConversation"));
    if (m_summaryError.isNone()) {
        m_summaryPartialError = result.partialError();
        m_summary = ConversationSummary::fromJson(conversation);
        emit summaryLoaded(m_summary);
    }
    updateState();
}

api::ApiError ConversationService::partialError() const
{
    return m_summaryPartialError.isNone() ? m_timelineLoader->partialError()
                                          : m_summaryPartialError;
}

void ConversationService::fetchAllEvents()
{
    m_fetchAll = true;
    m_timelineLoader->fetchMore();
}

void ConversationService::onTimelinePage()
{
    // Queued so a view sees (and may paint) each page before the next is asked for.
    if (m_fetchAll)
        QMetaObject::invokeMethod(m_timelineLoader, &PagedLoader::fetchMore, Qt::QueuedConnection);
}

void ConversationService::retry()
{
    if (m_accountNumber.isEmpty())
        return;
    if (m_summaryDone && !m_summaryError.isNone() && !isNoConversation(m_summaryError))
        loadSummary();
    if (!m_summaryPartialError.isNone())
        loadSummary();
    if (m_timelineLoader->state() == PagedLoader::State::Failed ||
        !m_timelineLoader->pageError().isNone() || !m_timelineLoader->partialError().isNone())
        m_timelineLoader->retry();
    updateState();
}

void ConversationService::updateState()
{
    const PagedLoader::State timeline = m_timelineLoader->state();
    const api::ApiError timelineError = m_timelineLoader->error();
    const bool firstPageFailed =
        timeline == PagedLoader::State::Failed && m_timeline->rowCount() == 0;
    // Failed is only reported once both halves (header and first page) have settled, so the
    // Retry it offers never races a request still in flight.
    const bool settled = m_summaryDone && timeline != PagedLoader::State::Loading;
    State state = State::Loading;
    m_error = {};
    if (isNoConversation(m_summaryError) || (firstPageFailed && isNoConversation(timelineError))) {
        state = State::Empty;
    } else if (settled && !m_summaryError.isNone()) {
        state = State::Failed;
        m_error = m_summaryError;
    } else if (settled && firstPageFailed) {
        state = State::Failed;
        m_error = timelineError;
    } else if (m_summaryDone && timeline == PagedLoader::State::Empty) {
        state = State::Empty;
    } else if (m_summaryDone && m_timeline->rowCount() > 0) {
        state = State::Loaded; // later pages loading or failing keep the rows on screen
    }
    if (m_accountNumber.isEmpty() || m_suspended)
        state = State::Idle;
    if (state != m_state) {
        m_state = state;
        emit stateChanged(state);
    }
    emit changed(); // also for a later page's error or partial data under the same state
}

void ConversationService::suspend()
{
    const bool firstLoadInFlight =
        !m_accountNumber.isEmpty() &&
        (!m_summaryDone || (m_timeline->rowCount() == 0 && m_timelineLoader->isLoading()));
    m_fetchAll = false;
    if (firstLoadInFlight) {
        m_suspended = true;         // Idle until loadConversation() asks again
        m_summaryRequest->cancel(); // aborts the header's reply
    }
    // A later page in flight is dropped and asked again by the next fetchMore().
    m_timelineLoader->suspend();
    updateState();
}

void ConversationService::loadLiveChats(const QString &status)
{
    m_liveChatStatus = status.trimmed().toUpper();
    QJsonObject variables;
    if (!m_liveChatStatus.isEmpty())
        variables.insert(QStringLiteral("status"), m_liveChatStatus);
    m_liveChatLoader->start(variables);
}

} // namespace kac::models
