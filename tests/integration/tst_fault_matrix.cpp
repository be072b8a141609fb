// Every pane's service under every sandbox fault (rows: pane x fault). Each row checks that
// the service ends in a clear state within a bounded time: data, partial data, or an error that
// names the problem (kind, HTTP status or Kraken code, and a catalog message), with its loading
// flag cleared; that a Retry through the service's own API works once the fault is gone; that
// transient faults applied once recover without any action; and that another account loading
// at the same time on the same transport and session is not disturbed.
//
// The fault is sent per request (each service's test-only fault header); the `retry-after=<n>`
// modifier makes every row's header unique, so the sandbox's `times=N` counting never carries
// over from one row to the next. Timeouts are short (Transport::setTimeoutCapMs) and retries
// quick (RetryPolicy), so the whole matrix runs in about a minute.
//
// Panes covered (update when a pane/service lands): search, account overview (header),
// account sections transactions (Relay), notes (list), billing (fields), properties, supply
// points, meter readings, campaigns list, campaign (header + items), call tags, call lookup,
// call-centre monitor, campaign CSV export, conversation (header + first timeline page), message
// view, live-chat queue.
//
// disabled-field (Kraken refusing one field, KT-CT-1113) must end in data *with* the notice the
// pane shows (the service's partialError) or in that error; plain data would hide the gap.
#include "api/ErrorCatalog.h"
#include "api/RetryPolicy.h"
#include "api/Session.h"
#include "api/Transport.h"
#include "models/AccountSearchService.h"
#include "models/AccountService.h"
#include "models/PagedLoader.h"
#include "models/SectionLoader.h"
#include "models/campaigns/CallCentreMonitor.h"
#include "models/campaigns/CallLookupService.h"
#include "models/campaigns/CallTagModel.h"
#include "models/campaigns/CampaignExporter.h"
#include "models/campaigns/CampaignItemModel.h"
#include "models/campaigns/CampaignListModel.h"
#include "models/campaigns/CampaignService.h"
#include "models/conversations/ConversationService.h"
#include "models/conversations/ConversationTimelineModel.h"
#include "models/properties/MeterReadingModel.h"
#include "models/properties/PropertyService.h"
#include "support/SandboxFixture.h"
#include "support/SignedInTransport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace kac;
using api::ApiError;

namespace {

constexpr int SettleLimitMs = 15000; // a pane must reach a clear state within this
constexpr int ShortTimeoutMs = 300;  // for the latency row: the answer comes 1,000 ms late
constexpr int NormalTimeoutMs = 5000;

const QString Account = QStringLiteral("A-2B7E41C9");
const QString Bystander = QStringLiteral("A-9A63F05B");

enum class Expect
{
    Data,    // the answer arrives (maybe after retries the agent never sees)
    Partial, // disabled-field: data with a notice naming KT-CT-1113, or that error
    Timeout,
    Http502,
    Http503,
    Network,
    Malformed,
    MalformedOrNetwork, // truncate: cut short (malformed) or the connection dropped
    Expired,            // KT-CT-1124 every time: the agent is told to sign in or try again
    RateLimited,
};

struct Outcome
{
    enum class Kind
    {
        Pending,
        Data,
        Failed
    };
    Kind kind = Kind::Pending;
    ApiError error;   // Failed: why
    ApiError partial; // Data: the refused field the pane's notice names; none when complete
};

// One pane's service, driven as its pane drives it.
struct Probe
{
    std::unique_ptr<QObject> owner; // owns the services
    std::function<void(const QByteArray &)> start;
    std::function<bool()> loading;
    std::function<Outcome()> outcome;
    std::function<void()> retryWithoutFault; // the service's own Retry, with the fault gone
};

Outcome data(const ApiError &partial = {})
{
    return {Outcome::Kind::Data, {}, partial};
}
Outcome failed(const ApiError &error)
{
    return {Outcome::Kind::Failed, error};
}
Outcome pending()
{
    return {};
}

Outcome fromLoader(const models::PagedLoader *loader)
{
    using S = models::PagedLoader::State;
    if (loader->state() == S::Ready || loader->state() == S::Empty)
        return data(loader->partialError());
    if (loader->state() == S::Failed)
        return failed(loader->error());
    return pending();
}

Probe makeProbe(const QString &pane, api::Transport *transport, const QString &scratch)
{
    Probe probe;
    probe.owner = std::make_unique<QObject>();
    QObject *owner = probe.owner.get();

    if (pane == QLatin1String("search")) {
        auto *s = new models::AccountSearchService(transport, owner);
        s->setDebounceInterval(0);
        probe.start = [s](const QByteArray &fault) {
            s->setFaultHeader(fault);
            s->setText(QStringLiteral("Tregellas"));
            s->searchNow();
        };
        probe.loading = [s] {
            return s->state() == models::AccountSearchService::State::Loading ||
                   s->state() == models::AccountSearchService::State::Pending;
        };
        probe.outcome = [s] {
            using S = models::AccountSearchService::State;
            if (s->state() == S::Results || s->state() == S::NoResults)
                return data(s->partialError());
            return s->state() == S::Failed ? failed(s->error()) : pending();
        };
        probe.retryWithoutFault = [s] {
            s->setFaultHeader({});
            s->retry();
        };
    } else if (pane == QLatin1String("overview")) {
        auto *s = new models::AccountService(transport, Account, owner);
        probe.start = [s](const QByteArray &fault) {
            s->setFaultHeader(fault);
            s->load();
        };
        probe.loading = [s] { return s->state() == models::AccountService::State::Loading; };
        probe.outcome = [s] {
            using S = models::AccountService::State;
            if (s->state() == S::Ready)
                return data(s->partialError());
            return s->state() == S::Failed ? failed(s->error()) : pending();
        };
        probe.retryWithoutFault = [s] {
            s->setFaultHeader({});
            s->retry();
        };
    } else if (pane.startsWith(QLatin1String("section:"))) {
        auto *s = new models::AccountService(transport, Account, owner);
        const QString id = pane.mid(8);
        probe.start = [s, id](const QByteArray &fault) {
            s->setFaultHeader(fault);
            s->section(id)->load();
        };
        probe.loading = [s, id] { return s->section(id)->isLoading(); };
        probe.outcome = [s, id] {
            using S = models::SectionLoader::State;
            const models::SectionLoader *loader = s->section(id);
            if (loader->state() == S::Ready || loader->state() == S::Empty)
                return data(loader->partialError());
            return loader->state() == S::Failed ? failed(loader->error()) : pending();
        };
        probe.retryWithoutFault = [s, id] {
            s->section(id)->setFaultHeader({});
            s->section(id)->retry();
        };
    } else if (pane == QLatin1String("properties") || pane == QLatin1String("supplyPoints")) {
        auto *s = new models::PropertyService(transport, owner);
        const bool tree = pane == QLatin1String("properties");
        auto load = [s, tree] { tree ? s->loadProperties(Account) : s->loadSupplyPoints(Account); };
        probe.start = [s, load](const QByteArray &fault) {
            api::RequestOptions options;
            options.faultHeader = fault;
            s->setRequestOptions(options);
            load();
        };
        auto state = [s, tree] { return tree ? s->propertiesState() : s->supplyPointsState(); };
        probe.loading = [state] { return state() == models::LoadState::Loading; };
        probe.outcome = [s, tree, state] {
            const ApiError error = tree ? s->propertiesError() : s->supplyPointsError();
            if (state() == models::LoadState::Loaded || state() == models::LoadState::Empty)
                return data(error);
            return state() == models::LoadState::Failed ? failed(error) : pending();
        };
        probe.retryWithoutFault = [s, load] {
            s->setRequestOptions({});
            load();
        };
    } else if (pane == QLatin1String("readings")) {
        auto *s = new models::PropertyService(transport, owner);
        models::PropertyService::ReadingQuery query;
        query.meterId = QStringLiteral("800004");
        probe.start = [s, query](const QByteArray &fault) {
            api::RequestOptions options;
            options.faultHeader = fault;
            s->setRequestOptions(options);
            s->loadReadings(query);
        };
        probe.loading = [s] { return s->readings()->isLoading(); };
        probe.outcome = [s] {
            const models::MeterReadingModel *m = s->readings();
            if (m->isLoading())
                return pending();
            if (m->hasFailed())
                return failed(m->lastError());
            if (m->totalCount() >= 0 || m->rowCount() > 0)
                return data(m->partialError());
            // No rows and no count: the pane shows the refused field as its error.
            return m->partialError().isNone() ? pending() : failed(m->partialError());
        };
        // The model's retry() resends the failed page with the pager's options, fault and all;
        // a fresh load is what "the server is back" looks like here.
        probe.retryWithoutFault = [s, query] {
            s->setRequestOptions({});
            s->loadReadings(query);
        };
    } else if (pane == QLatin1String("campaigns")) {
        auto *s = new models::CampaignService(transport, owner);
        probe.start = [s](const QByteArray &fault) {
            s->setFaultHeader(fault);
            s->setFilter({}, true);
        };
        probe.loading = [s] {
            return s->campaignLoader()->state() == models::PagedLoader::State::Loading;
        };
        probe.outcome = [s] { return fromLoader(s->campaignLoader()); };
        probe.retryWithoutFault = [s] {
            s->setFaultHeader({});
            s->campaignLoader()->retry();
        };
    } else if (pane == QLatin1String("campaign")) {
        auto *s = new models::CampaignService(transport, owner);
        probe.start = [s](const QByteArray &fault) {
            s->setFaultHeader(fault);
            s->openCampaign(QStringLiteral("VC-1010"));
        };
        probe.loading = [s] {
            return s->detailState() == models::CampaignService::DetailState::Loading ||
                   s->itemLoader()->state() == models::PagedLoader::State::Loading;
        };
        probe.outcome = [s] {
            using D = models::CampaignService::DetailState;
            const Outcome items = fromLoader(s->itemLoader());
            if (s->detailState() == D::Loading || s->detailState() == D::Idle ||
                items.kind == Outcome::Kind::Pending)
                return pending();
            if (s->detailState() == D::Failed)
                return failed(s->detailError());
            if (!s->detailPartialError().isNone() && items.kind == Outcome::Kind::Data)
                return data(s->detailPartialError());
            return items;
        };
        probe.retryWithoutFault = [s] {
            s->setFaultHeader({});
            s->retryCampaign();
        };
    } else if (pane == QLatin1String("conversation")) {
        // The conversation header and the first timeline page, as the pane opens them.
        auto *s = new models::ConversationService(transport, owner);
        probe.start = [s](const QByteArray &fault) {
            s->setFaultHeader(fault);
            s->loadConversation(Account);
        };
        probe.loading = [s] {
            return s->state() == models::ConversationService::State::Loading;
        };
        probe.outcome = [s] {
            using S = models::ConversationService::State;
            if (s->state() == S::Ready || s->state() == S::Empty)
                return data(s->partialError());
            return s->state() == S::Failed ? failed(s->error()) : pending();
        };
        probe.retryWithoutFault = [s] {
            s->setFaultHeader({});
            s->retry();
        };
    } else if (pane == QLatin1String("message")) {
        // One message opened from the conversation, as the message view opens it.
        auto *s = new models::ConversationService(transport, owner);
        auto result = std::make_shared<Outcome>();
        QObject::connect(s, &models::ConversationService::messageLoaded, owner,
                         [result](const models::MessageContent &, const ApiError &partial) {
                             *result = data(partial);
                         });
        QObject::connect(s, &models::ConversationService::messageFailed, owner,
                         [result](const ApiError &error) { *result = failed(error); });
        auto open = [s, result](const QByteArray &fault) {
            *result = {};
            s->setFaultHeader({});
            if (s->timeline()->rowCount() == 0) {
                s->loadConversation(Account);
                // Without a message to open the row stays pending and fails as such.
                if (!QTest::qWaitFor([s] { return s->timeline()->rowCount() > 0; }, SettleLimitMs))
                    return;
            }
            const models::MessageContent first = s->timeline()->eventAt(0).message;
            s->setFaultHeader(fault);
            s->openMessage(first.effectiveRelayId(), first.id);
        };
        probe.start = open;
        probe.loading = [s] { return s->isMessageLoading(); };
        probe.outcome = [result] { return *result; };
        probe.retryWithoutFault = [open] { open({}); };
    } else if (pane == QLatin1String("liveChats")) {
        auto *s = new models::ConversationService(transport, owner);
        probe.start = [s](const QByteArray &fault) {
            s->setFaultHeader(fault);
            s->loadLiveChats(QStringLiteral("OPEN"));
        };
        probe.loading = [s] {
            return s->liveChatLoader()->state() == models::PagedLoader::State::Loading;
        };
        probe.outcome = [s] { return fromLoader(s->liveChatLoader()); };
        probe.retryWithoutFault = [s] {
            s->setFaultHeader({});
            s->liveChatLoader()->retry();
        };
    } else if (pane == QLatin1String("callTags")) {
        auto *s = new models::CallLookupService(transport, owner);
        probe.start = [s](const QByteArray &fault) {
            s->setFaultHeader(fault);
            s->loadCallTags();
        };
        probe.loading = [s] {
            return s->callTagLoader()->state() == models::PagedLoader::State::Loading;
        };
        probe.outcome = [s] { return fromLoader(s->callTagLoader()); };
        probe.retryWithoutFault = [s] {
            s->setFaultHeader({});
            s->callTagLoader()->retry();
        };
    } else if (pane == QLatin1String("call")) {
        auto *s = new models::CallLookupService(transport, owner);
        auto result = std::make_shared<Outcome>();
        QObject::connect(s, &models::CallLookupService::callLoaded, owner,
                         [result](const models::CallDetail &, const ApiError &partial) {
                             *result = data(partial);
                         });
        QObject::connect(s, &models::CallLookupService::callFailed, owner,
                         [result](const ApiError &error) { *result = failed(error); });
        probe.start = [s, result](const QByteArray &fault) {
            *result = {};
            s->setFaultHeader(fault);
            s->openCall(QStringLiteral("880001"));
        };
        probe.loading = [s] { return s->isCallLoading(); };
        probe.outcome = [result] { return *result; };
        probe.retryWithoutFault = [s, result] {
            *result = {};
            s->setFaultHeader({});
            s->openCall(QStringLiteral("880001"));
        };
    } else if (pane == QLatin1String("monitor")) {
        auto *s = new models::CallCentreMonitor(transport, owner);
        auto refreshed = std::make_shared<bool>(false);
        QObject::connect(s, &models::CallCentreMonitor::refreshed, owner,
                         [refreshed] { *refreshed = true; });
        s->setSupportUserName(QStringLiteral("jordan.ashby"));
        auto run = [s, refreshed](const QByteArray &fault) {
            *refreshed = false;
            s->setFaultHeader(fault);
            s->refresh();
        };
        probe.start = run;
        probe.loading = [refreshed] { return !*refreshed; };
        probe.outcome = [s, refreshed] {
            if (!*refreshed)
                return pending();
            if (!s->agentError().isNone())
                return failed(s->agentError());
            return s->waitError().isNone() ? data() : failed(s->waitError());
        };
        probe.retryWithoutFault = [run] { run({}); };
    } else if (pane == QLatin1String("export")) {
        auto *s = new models::CampaignExporter(transport, owner);
        s->setPageSize(100);
        auto attempt = std::make_shared<int>(0);
        auto run = [s, attempt, scratch](const QByteArray &fault) {
            s->setFaultHeader(fault);
            s->start(QStringLiteral("VC-1010"),
                     scratch + QStringLiteral("/export-%1.csv").arg(++*attempt));
        };
        probe.start = run;
        probe.loading = [s] { return s->state() == models::CampaignExporter::State::Running; };
        probe.outcome = [s] {
            using S = models::CampaignExporter::State;
            if (s->state() == S::Finished)
                return data();
            return s->state() == S::Failed ? failed(s->error()) : pending();
        };
        probe.retryWithoutFault = [run] { run({}); };
    }
    return probe;
}

const QStringList Panes = {
    QStringLiteral("search"),
    QStringLiteral("overview"),
    QStringLiteral("section:transactions"),
    QStringLiteral("section:notes"),
    QStringLiteral("section:billing"),
    QStringLiteral("properties"),
    QStringLiteral("supplyPoints"),
    QStringLiteral("readings"),
    QStringLiteral("conversation"),
    QStringLiteral("message"),
    QStringLiteral("liveChats"),
    QStringLiteral("campaigns"),
    QStringLiteral("campaign"),
    QStringLiteral("callTags"),
    QStringLiteral("call"),
    QStringLiteral("monitor"),
    QStringLiteral("export"),
};

struct Fault
{
    const char *name;
    QByteArray header; // without the unique retry-after modifier
    Expect expect;
    bool transient = false; // applied once: must recover with no action
    int timeoutMs = NormalTimeoutMs;
};

const QList<Fault> Faults = {
    {"latency-beyond-timeout", "latency=1000", Expect::Timeout, false, ShortTimeoutMs},
    {"http-502", "http-502", Expect::Http502},
    {"http-503", "http-503", Expect::Http503},
    {"http-502-once", "http-502;times=1", Expect::Data, true},
    {"http-503-once", "http-503;times=1", Expect::Data, true},
    {"reset", "reset", Expect::Network},
    {"truncate", "truncate", Expect::MalformedOrNetwork},
    {"malformed-json", "malformed-json", Expect::Malformed},
    {"large-body", "large-body=4", Expect::Data},
    {"trickle", "trickle=600", Expect::Data},
    {"expired-token", "expired-token", Expect::Expired},
    {"expired-token-once", "expired-token;times=1", Expect::Data, true},
    {"rate-limit", "rate-limit", Expect::RateLimited},
    {"rate-limit-once", "rate-limit;times=1", Expect::Data, true},
    {"disabled-field", "disabled-field", Expect::Partial},
};

QString describe(const Outcome &outcome)
{
    switch (outcome.kind) {
    case Outcome::Kind::Pending:
        return QStringLiteral("still pending");
    case Outcome::Kind::Data:
        return outcome.partial.isNone()
                   ? QStringLiteral("data")
                   : QStringLiteral("partial data: ") + outcome.partial.summary();
    case Outcome::Kind::Failed:
        return QStringLiteral("failed: ") + outcome.error.summary();
    }
    return {};
}

// Whether a failure says what went wrong in a way the pane can show.
bool namesTheProblem(const ApiError &error, Expect expect)
{
    switch (expect) {
    case Expect::Timeout:
        return error.kind == ApiError::Kind::Timeout;
    case Expect::Http502:
        return error.kind == ApiError::Kind::HttpStatus && error.httpStatus == 502;
    case Expect::Http503:
        return error.kind == ApiError::Kind::HttpStatus && error.httpStatus == 503;
    case Expect::Network:
        return error.kind == ApiError::Kind::Network;
    case Expect::Malformed:
        return error.kind == ApiError::Kind::MalformedResponse;
    case Expect::MalformedOrNetwork:
        return error.kind == ApiError::Kind::MalformedResponse ||
               error.kind == ApiError::Kind::Network;
    case Expect::Expired:
        return error.errorCode == QLatin1String("KT-CT-1124") ||
               error.kind == ApiError::Kind::SignInRequired;
    case Expect::RateLimited:
        return error.errorCode == QLatin1String("KT-CT-1199");
    case Expect::Partial:
        return error.errorCode == QLatin1String("KT-CT-1113");
    case Expect::Data:
        return false;
    }
    return false;
}

} // namespace

class FaultMatrixTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paneUnderFault_data();
    void paneUnderFault();
    void cleanupTestCase();

private:
    test::SandboxFixture m_sandbox;
    std::unique_ptr<test::SignedInTransport> m_console;
    api::ErrorCatalog m_catalog;
    QTemporaryDir m_scratch;
    int m_row = 0;
    QElapsedTimer m_total;
};

void FaultMatrixTest::initTestCase()
{
    m_total.start();
    QVERIFY2(m_sandbox.start({QStringLiteral("--allow-faults")}), qPrintable(m_sandbox.failure()));
    m_console = std::make_unique<test::SignedInTransport>();
    QVERIFY(m_console->signIn(m_sandbox.url()));
    // Quick retries: Retry-After (1 s from the sandbox) is capped to 100 ms.
    api::RetryPolicy policy;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 80;
    policy.maxRetryAfterMs = 100;
    m_console->transport.setRetryPolicy(policy);
}

void FaultMatrixTest::paneUnderFault_data()
{
    QTest::addColumn<QString>("pane");
    QTest::addColumn<int>("fault");
    for (const QString &pane : Panes) {
        for (int i = 0; i < Faults.size(); ++i)
            QTest::addRow("%s x %s", qPrintable(pane), Faults.at(i).name) << pane << i;
    }
}

void FaultMatrixTest::paneUnderFault()
{
    QFETCH(QString, pane);
    QFETCH(int, fault);
    const Fault &f = Faults.at(fault);
    api::Transport &transport = m_console->transport;
    transport.setTimeoutCapMs(f.timeoutMs);
    // Unique per row, so `times=N` starts counting afresh (the modifier is otherwise harmless).
    const QByteArray header = f.header + ";retry-after=" + QByteArray::number(++m_row + 1);

    Probe probe = makeProbe(pane, &transport, m_scratch.path());
    QVERIFY2(probe.start, qPrintable(QStringLiteral("no probe for ") + pane));
    // Another account loads at the same time, without a fault: it must not notice.
    models::AccountService bystander(&transport, Bystander);

    QElapsedTimer clock;
    clock.start();
    probe.start(header);
    bystander.load();
    const bool settled = QTest::qWaitFor(
        [&] { return probe.outcome().kind != Outcome::Kind::Pending && !probe.loading(); },
        SettleLimitMs);
    const Outcome outcome = probe.outcome();
    QVERIFY2(settled, qPrintable(QStringLiteral("no clear state after %1 ms (%2, loading %3)")
                                     .arg(clock.elapsed())
                                     .arg(describe(outcome))
                                     .arg(probe.loading())));
    QVERIFY2(!probe.loading(), "the loading flag did not clear");
    qInfo("%s after %lld ms", qPrintable(describe(outcome)), qlonglong(clock.elapsed()));

    switch (f.expect) {
    case Expect::Data:
        QVERIFY2(outcome.kind == Outcome::Kind::Data && outcome.partial.isNone(),
                 qPrintable(QStringLiteral("expected data%1, got %2")
                                .arg(f.transient ? QStringLiteral(" (transient fault)") : QString(),
                                     describe(outcome))));
        break;
    case Expect::Partial:
        // Data without a notice would hide that something is missing.
        QVERIFY2(
            namesTheProblem(outcome.kind == Outcome::Kind::Data ? outcome.partial : outcome.error,
                            f.expect),
            qPrintable(QStringLiteral("expected partial data with a KT-CT-1113 notice, got ") +
                       describe(outcome)));
        break;
    default:
        QVERIFY2(outcome.kind == Outcome::Kind::Failed,
                 qPrintable(QStringLiteral("expected an error, got ") + describe(outcome)));
        QVERIFY2(namesTheProblem(outcome.error, f.expect),
                 qPrintable(QStringLiteral("the error does not name the problem: ") +
                            outcome.error.summary()));
        break;
    }
    const ApiError shown = outcome.kind == Outcome::Kind::Failed ? outcome.error : outcome.partial;
    if (!shown.isNone()) {
        QVERIFY2(!m_catalog.messageFor(shown).isEmpty(), "no message for the agent");
        // Retry (the error page's, or the partial-data notice's), with the fault gone, brings
        // the whole answer.
        transport.setTimeoutCapMs(NormalTimeoutMs);
        probe.retryWithoutFault();
        QVERIFY(QTest::qWaitFor(
            [&] { return probe.outcome().kind != Outcome::Kind::Pending && !probe.loading(); },
            SettleLimitMs));
        QVERIFY2(
            probe.outcome().kind == Outcome::Kind::Data && probe.outcome().partial.isNone(),
            qPrintable(QStringLiteral("Retry without the fault: ") + describe(probe.outcome())));
    }

    QVERIFY2(
        QTest::qWaitFor([&] { return bystander.state() != models::AccountService::State::Loading; },
                        SettleLimitMs) &&
            bystander.state() == models::AccountService::State::Ready,
        qPrintable(QStringLiteral("the other account was disturbed: ") +
                   bystander.error().summary()));
    QVERIFY2(m_console->session.isSignedIn(), "the session was lost");
    QVERIFY2(clock.elapsed() < 2 * SettleLimitMs, "took too long");
}

void FaultMatrixTest::cleanupTestCase()
{
    qInfo("%d rows in %lld ms", m_row, qlonglong(m_total.elapsed()));
    m_console.reset();
}

QTEST_GUILESS_MAIN(FaultMatrixTest)
#include "tst_fault_matrix.moc"
