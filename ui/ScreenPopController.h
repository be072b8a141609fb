#pragma once

#include "models/screenpop/PopRequest.h"
#include "ui/ConsoleContext.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

namespace kac::models {
class CallLookupService;
struct CallDetail;
} // namespace kac::models

namespace kac::ui {

class MainWindow;

// Turns a screen pop into what the agent sees, by the one path every way in shares (URL,
// command line, listener): a pop is a search, never an action. One match opens (or switches
// to) the account's tab; several leave the matches in the search pane to choose from; none
// says so and leaves the number in the search box. A call id alone is looked up as a call.
// While signed out or idle-locked nothing is searched (that would show customer data behind
// the lock): pops wait and run after sign-in. Pops run one at a time, in order; the same call
// or caller again within a minute (a telephony retry storm) is dropped.
class ScreenPopController : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Opened,  // one account: its tab is open
        Several, // the matches are in the search pane
        None,    // nothing matched; the term is in the search box
        Failed,  // the search or the call lookup failed (the pane says why)
    };
    Q_ENUM(Outcome)

    static constexpr int kMaxWaiting = 8;
    static constexpr int kRepeatWindowMs = 60000;
    static constexpr int kRememberFoundMs = 5 * 60000; // a long ring, queue or IVR

    ScreenPopController(MainWindow *window, const ConsoleContext &context,
                        QObject *parent = nullptr);
    ~ScreenPopController() override;

    // Returns at once: the pop runs now, after the one before it, or after sign-in.
    void pop(const models::PopRequest &pop);
    int waitingCount() const { return int(m_waiting.size()); }

signals:
    // A pop has been shown; `accountNumber` is set when Outcome::Opened.
    void popShown(kac::ui::ScreenPopController::Outcome outcome, const QString &accountNumber);

private:
    bool canShowCustomers() const;
    void runNext();
    void search(const QString &term);
    void onSearchFinished();
    void onCallLoaded(const models::CallDetail &call);
    void finish(Outcome outcome, const QString &accountNumber = {});
    void open(const QString &accountNumber);
    QString callerWords() const;
    void say(const QString &notice); // on the notice bar, until dismissed or the next pop opens

    QPointer<MainWindow> m_window;
    QPointer<api::Session> m_session;
    models::CallLookupService *m_calls;
    QList<models::PopRequest> m_waiting;
    std::optional<models::PopRequest> m_current;
    QString m_currentTerm;
    QString m_lastNotice;
    QHash<QString, QElapsedTimer> m_seen; // dedupe key -> since it was taken
    // Terms that found exactly one account in the last kRememberFoundMs, so the answered pop
    // after a ringing one opens the tab it loaded without asking Kraken again.
    struct Found
    {
        QString accountNumber;
        QElapsedTimer since;
    };
    QHash<QString, Found> m_found;
};

} // namespace kac::ui
