#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

namespace kac::api {
class GraphQLRequest;
class SingleFlightMutation;
class Transport;
struct GraphQLResult;
} // namespace kac::api

namespace kac::models {

// Adds notes to one account (createAccountNote), exactly once each. Kraken's input has no
// idempotency key, so a lost answer is never resent: the sender asks AccountNotes whether the
// note is there and only when it is not does it allow sending again. The text lives in memory
// only (the editor holds the draft); nothing here logs it.
class AccountNoteSender : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,     // nothing sent yet (or the last note was saved and a new one may be written)
        Sending,  // on its way: further sends are refused
        Saved,    // Kraken has it (answered, or found by the check after a lost answer)
        Failed,   // Kraken did not run it (error() says why); sending again is safe
        Checking, // the answer was lost: asking AccountNotes whether it is there
        Unknown,  // the answer was lost and the check failed too: checkAgain() before anything
        NotSaved, // the answer was lost and the check found no such note: sending again is safe
        Refused,  // Kraken refuses notes for this agent (error() says why); not offered again
    };
    Q_ENUM(State)

    AccountNoteSender(api::Transport *transport, const QString &accountNumber,
                      QObject *parent = nullptr);
    ~AccountNoteSender() override;

    State state() const { return m_state; }
    api::ApiError error() const { return m_error; }
    // Whether send() would go out now (not while one is on its way or its outcome is unknown).
    bool canSend() const;
    // False, and nothing sent, when it cannot send now or the text is blank. `unpinAt` only
    // with `pinned` (invalid: no unpin time).
    bool send(const QString &text, bool pinned, const QDateTime &unpinAt = {});
    // After Unknown: asks AccountNotes again.
    void checkAgain();
    // How many createAccountNote requests went out (tests, the activity list).
    int sentCount() const;

    // The permission codes Kraken answers an agent who may not do this (and errorType
    // AUTHORIZATION for anything but an expired or refused token).
    static bool isPermissionRefusal(const api::ApiError &error);

signals:
    void stateChanged(kac::models::AccountNoteSender::State state);
    // The note is on the account: the notes list should show it now.
    void saved();

private:
    void onSent(const api::GraphQLResult &result);
    void check();
    void onChecked(const api::GraphQLResult &result);
    void setState(State state);

    api::Transport *m_transport;
    QString m_accountNumber;
    api::SingleFlightMutation *m_mutation;
    QPointer<api::GraphQLRequest> m_check;
    State m_state = State::Idle;
    api::ApiError m_error;
    // What went out last, to recognise it in AccountNotes after a lost answer.
    QString m_sentText;
    bool m_sentPinned = false;
    QDateTime m_sentAt;
};

} // namespace kac::models
