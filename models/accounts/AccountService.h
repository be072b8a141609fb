#pragma once

#include "api/ApiError.h"
#include "api/Transport.h"
#include "models/Loadable.h"
#include "models/accounts/AccountOverview.h"
#include "models/accounts/AccountSections.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace kac::api {
class LatestRequest;
struct GraphQLResult;
} // namespace kac::api

namespace kac::models {

class SectionLoader;

// One open account: loads its first screen (header + account users) in one request
// (AccountOverview), and each other section lazily, the first time it is asked for.
// Destroying the service (closing the tab) cancels everything it has in flight.
class AccountService : public Loadable
{
    Q_OBJECT
public:
    using State = LoadState; // never Empty: an account always has its overview

    AccountService(api::Transport *transport, const QString &accountNumber,
                   QObject *parent = nullptr);
    ~AccountService() override;

    QString accountNumber() const { return m_accountNumber; }
    LoadState state() const override { return m_state; }
    const AccountOverview &overview() const { return m_overview; }
    api::ApiError error() const override { return m_error; }
    // Loaded, but Kraken refused some of the overview's fields; none when it is complete.
    api::ApiError partialError() const override { return m_partialError; }
    // Network round trips the overview took (1 unless retried) and how long.
    int overviewAttempts() const { return m_attempts; }
    qint64 overviewElapsedMs() const { return m_elapsedMs; }

    void load(); // first time only (and again after suspend())
    void retry() override;
    // The account went out of sight: an overview still loading is dropped (it must not hold a
    // connection the visible pane needs) and the service is Idle again; its sections too.
    // load() asks again when the agent comes back. Nothing is shown as an error.
    void suspend();

    // The loader of a section (created, not started, on first use): call load() on it when the
    // agent opens the section.
    SectionLoader *section(const QString &sectionId);

signals:
    void stateChanged(kac::models::LoadState state);
    void overviewLoaded(const kac::models::AccountOverview &overview);

private:
    void send();
    void onFinished(const api::GraphQLResult &result);
    void setState(LoadState state);

    QPointer<api::Transport> m_transport;
    QString m_accountNumber;
    api::LatestRequest *m_request; // the overview
    State m_state = State::Idle;
    AccountOverview m_overview;
    api::ApiError m_error;
    api::ApiError m_partialError;
    int m_attempts = 0;
    qint64 m_elapsedMs = 0;
    QHash<QString, SectionLoader *> m_sections;
};

} // namespace kac::models
