#pragma once

#include "api/ApiError.h"
#include "api/Operation.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace kac::api {
class GraphQLRequest;
class SingleFlightMutation;
class Transport;
struct GraphQLResult;
} // namespace kac::api

namespace kac::models {

// One agent action (a note, a reply, a chat line, a reminder ...) sent to Kraken exactly once.
// The mutation goes out once and is never retried; when its answer is lost the action asks a
// query whether it happened (the caller's Check) and allows sending again only when it did not.
// Every action the console offers goes through this, so each has the same states and the same
// words on screen (ui/ActionFeedback).
class ExactlyOnceAction : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,     // nothing sent yet (or the last one was done and a new one may be written)
        Sending,  // on its way: further sends are refused
        Done,     // Kraken has it (answered, or found by the check after a lost answer)
        Failed,   // Kraken did not run it (error() says why); sending again is safe
        Checking, // the answer was lost: asking Kraken whether it happened
        Unknown,  // the answer was lost and the check failed too: checkAgain() before anything
        NotDone, // the answer was lost and the check found it did not happen: sending again is safe
        Refused, // Kraken refuses this action to this agent (error() says why); not offered again
    };
    Q_ENUM(State)

    // How to find out, after a lost answer, whether the mutation ran: a query and a test of its
    // data. Without one (`operation` invalid) a lost answer stays Unknown.
    struct Check
    {
        api::Operation operation;
        QJsonObject variables;
        std::function<bool(const QJsonObject &data)> happened;
    };

    ExactlyOnceAction(api::Transport *transport, const QString &mutationName,
                      QObject *parent = nullptr);
    ~ExactlyOnceAction() override;

    State state() const { return m_state; }
    api::ApiError error() const { return m_error; }
    // The mutation's answer when Done from an answer (empty when found by the check).
    QJsonObject answer() const { return m_answer; }
    // Whether send() would go out now (not while one is on its way or its outcome is unknown,
    // never after a refusal).
    bool canSend() const;
    // False, and nothing sent, when it cannot send now.
    bool send(const QJsonObject &variables, Check check = {});
    // After Unknown: asks again.
    void checkAgain();
    // How many mutations went out (tests, the activity list).
    int sentCount() const;

    // The permission codes Kraken answers an agent who may not do this (and errorType
    // AUTHORIZATION for anything but an expired or refused token).
    static bool isPermissionRefusal(const api::ApiError &error);

signals:
    void stateChanged(kac::models::ExactlyOnceAction::State state);
    // It happened (answered, or found by the check): what depends on it should reload.
    void done();

private:
    void onSent(const api::GraphQLResult &result);
    void check();
    void onChecked(const api::GraphQLResult &result);
    void setState(State state);

    api::Transport *m_transport;
    api::SingleFlightMutation *m_mutation;
    QPointer<api::GraphQLRequest> m_checkRequest;
    Check m_check;
    State m_state = State::Idle;
    api::ApiError m_error;
    QJsonObject m_answer;
};

} // namespace kac::models
