#pragma once

#include "api/ApiError.h"
#include "api/Transport.h"
#include "models/Loadable.h"
#include "models/accounts/AccountSearchModel.h"
#include "models/accounts/SearchTermClassifier.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace kac::api {
class LatestRequest;
struct GraphQLResult;
} // namespace kac::api

namespace kac::models {

// Searches as the agent types: classifies the text at once (so the pane can say what it will
// search by), waits for a pause in typing (debounce), then sends one search. A newer search
// destroys the older request, so a stale answer can never replace a newer one.
// States: Idle (nothing typed, or not searchable yet: plan().hint says what to type), Loading
// (waiting for typing to pause, or the request in flight; earlier results stay visible),
// Loaded (model() holds the answer), Empty (the search ran and found nothing), Failed
// (error() says why; retry() runs the same search again).
class AccountSearchService : public Loadable
{
    Q_OBJECT
public:
    using State = LoadState;

    explicit AccountSearchService(api::Transport *transport, QObject *parent = nullptr);
    ~AccountSearchService() override;

    AccountSearchModel *model() const { return m_model; }
    LoadState state() const override { return m_state; }
    const SearchPlan &plan() const { return m_plan; }
    // The plan whose results model() shows.
    const SearchPlan &shownPlan() const { return m_shownPlan; }
    api::ApiError error() const override { return m_error; }
    // Loaded, but Kraken refused some of their fields; none when they are complete.
    api::ApiError partialError() const override { return m_partialError; }

    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    int debounceInterval() const { return m_debounce.interval(); }

    void setText(const QString &text); // debounced
    void searchNow();                  // skips the rest of the debounce (Enter)
    void retry() override;
    void clear();

signals:
    void stateChanged(kac::models::LoadState state);
    void planChanged(const kac::models::SearchPlan &plan);
    // Results are in the model; `elapsedMs` from the keystroke that started this search.
    void resultsShown(int count, qint64 elapsedMs);

private:
    void send();
    void onFinished(const api::GraphQLResult &result);
    void cancelRequest();
    void setState(LoadState state);

    QPointer<api::Transport> m_transport;
    AccountSearchModel *m_model;
    QTimer m_debounce;
    QElapsedTimer m_sinceTyping;
    SearchPlan m_plan;
    SearchPlan m_shownPlan;
    SearchPlan m_inFlightPlan;
    api::LatestRequest *m_request; // the search for m_inFlightPlan
    State m_state = State::Idle;
    api::ApiError m_error;
    api::ApiError m_partialError;
};

} // namespace kac::models
