#include "ui/ScreenPopController.h"

#include "api/Session.h"
#include "models/DisplayTime.h"
#include "models/PiiText.h"
#include "models/accounts/AccountSearchService.h"
#include "models/campaigns/CallLookupService.h"
#include "ui/AccountTab.h"
#include "ui/IdleLock.h"
#include "ui/MainWindow.h"
#include "ui/NoticeBar.h"
#include "ui/SearchPane.h"

#include <QDateTime>
#include <QLineEdit>
#include <QTableView>

namespace kac::ui {

using models::LoadState;

ScreenPopController::ScreenPopController(MainWindow *window, const ConsoleContext &context,
                                         QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(context.session)
    , m_calls(new models::CallLookupService(context.transport, this))
{
    if (m_session)
        connect(m_session, &api::Session::stateChanged, this, &ScreenPopController::runNext);
    connect(window->idleLock(), &IdleLock::unlocked, this, &ScreenPopController::runNext);
    connect(window->searchPane()->service(), &models::Loadable::changed, this,
            &ScreenPopController::onSearchFinished);
    connect(m_calls, &models::CallLookupService::callLoaded, this,
            [this](const models::CallDetail &call) { onCallLoaded(call); });
    connect(m_calls, &models::CallLookupService::callFailed, this, [this] {
        if (m_current && m_currentTerm.isEmpty())
            finish(Outcome::Failed);
    });
}

ScreenPopController::~ScreenPopController() = default;

void ScreenPopController::pop(const models::PopRequest &pop)
{
    const QString key = pop.dedupeKey() + (pop.ringing ? QStringLiteral(":ringing") : QString());
    auto seen = m_seen.find(key);
    if (seen != m_seen.end() && seen->elapsed() < kRepeatWindowMs)
        return; // the same pop again: it is shown, or on its way
    QElapsedTimer since;
    since.start();
    m_seen.insert(key, since);
    if (m_waiting.size() >= kMaxWaiting)
        m_waiting.removeFirst(); // the oldest call has long been answered or lost
    m_waiting.append(pop);
    if (m_window && !pop.ringing && canShowCustomers()) {
        m_window->raise();
        m_window->activateWindow();
    }
    runNext();
}

bool ScreenPopController::canShowCustomers() const
{
    return m_window && m_session && m_session->state() == api::Session::State::SignedIn &&
           !m_window->idleLock()->isLocked();
}

void ScreenPopController::runNext()
{
    if (m_current || m_waiting.isEmpty() || !canShowCustomers())
        return;
    m_current = m_waiting.takeFirst();
    m_currentTerm = m_current->searchTerm();
    if (m_currentTerm.isEmpty()) {
        m_calls->openCall(m_current->callId); // a call id alone: the call names its account
        return;
    }
    if (const auto found = m_found.constFind(m_currentTerm);
        found != m_found.cend() && found->since.elapsed() < kRememberFoundMs) {
        open(found->accountNumber);
        return;
    }
    search(m_currentTerm);
}

void ScreenPopController::search(const QString &term)
{
    SearchPane *pane = m_window->searchPane();
    pane->searchField()->setText(term); // what the agent would have typed
    pane->service()->searchNow();
    if (pane->service()->state() != LoadState::Loading)
        onSearchFinished(); // the box already held this search and its answer
}

void ScreenPopController::onSearchFinished()
{
    if (!m_current || m_currentTerm.isEmpty() || !m_window)
        return;
    models::AccountSearchService *service = m_window->searchPane()->service();
    const QString wanted = models::SearchTermClassifier::classify(m_currentTerm).term;
    if (service->plan().term != wanted) {
        finish(Outcome::Failed); // the agent typed over it: their search wins
        return;
    }
    switch (service->state()) {
    case LoadState::Idle:
    case LoadState::Loading:
        return;
    case LoadState::Loaded:
        if (service->model()->rowCount() == 1) {
            QElapsedTimer since;
            since.start();
            m_found.insert(m_currentTerm, {service->model()->accountNumberAt(0), since});
            open(service->model()->accountNumberAt(0));
            return;
        }
        say(tr("%1 accounts match %2: choose one in the search results.")
                .arg(service->model()->rowCount())
                .arg(callerWords()));
        if (!m_current->ringing)
            m_window->searchPane()->resultsView()->setFocus(Qt::OtherFocusReason);
        finish(Outcome::Several);
        return;
    case LoadState::Empty:
        say(tr("No account matches %1: the search is in the search box.").arg(callerWords()));
        finish(Outcome::None);
        return;
    case LoadState::Failed:
        finish(Outcome::Failed); // the search pane says why, with Retry
        return;
    }
}

void ScreenPopController::onCallLoaded(const models::CallDetail &call)
{
    if (!m_current || !m_currentTerm.isEmpty())
        return;
    if (call.accountNumber.isEmpty()) {
        say(tr("Call %1 is not linked to an account.").arg(call.id));
        finish(Outcome::None);
        return;
    }
    open(call.accountNumber);
}

void ScreenPopController::open(const QString &accountNumber)
{
    const bool ringing = m_current->ringing;
    AccountTab *tab = ringing ? m_window->openAccountInBackground(accountNumber)
                              : m_window->openAccount(accountNumber);
    if (!m_current->phone.isEmpty())
        m_window->searchPane()->noteCall(
            accountNumber, tr("call %1 from %2")
                               .arg(models::DisplayTime::time(QDateTime::currentDateTime()),
                                    models::maskPhone(m_current->phone)));
    // An earlier pop's "choose one" or "no account" is about another call: it goes.
    if (m_window->noticeBar()->text() == m_lastNotice)
        m_window->noticeBar()->hide();
    if (!ringing && tab)
        tab->setFocus(Qt::OtherFocusReason);
    finish(Outcome::Opened, accountNumber);
}

void ScreenPopController::finish(Outcome outcome, const QString &accountNumber)
{
    m_current.reset();
    m_currentTerm.clear();
    emit popShown(outcome, accountNumber);
    runNext();
}

void ScreenPopController::say(const QString &notice)
{
    m_lastNotice = notice;
    m_window->noticeBar()->showNotice(notice);
}

QString ScreenPopController::callerWords() const
{
    if (m_current && !m_current->phone.isEmpty())
        return tr("the caller's number %1").arg(models::maskPhone(m_current->phone));
    return tr("the caller");
}

} // namespace kac::ui
