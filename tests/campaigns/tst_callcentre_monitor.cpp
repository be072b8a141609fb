#include "models/campaigns/CallCentreMonitor.h"
#include "support/SignedInSandbox.h"
#include "support/TinyHttpServer.h"

#include <vector>

using namespace kac::models;
using kac::test::TinyHttpServer;

// Agent status and the inbound wait time refresh on the interval and stop when inactive.
class TestCallCentreMonitor : public QObject
{
    Q_OBJECT
private:
    kac::test::SignedInSandbox m_env;

    int agentRequests() const
    {
        return m_env.requests(QStringLiteral("AgentCallCenterStatus")).size();
    }
    int waitRequests() const
    {
        return m_env.requests(QStringLiteral("InboundCallAverageWaitTime")).size();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<AgentStatus>();
        qRegisterMetaType<WaitTime>();
        const QString failure =
            m_env.start({QStringLiteral("--allow-faults")}, kac::test::SignedInSandbox::Via::Token);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void refreshesOnTheIntervalWhileActive()
    {
        CallCentreMonitor monitor(&m_env.transport);
        monitor.setSupportUserName(QStringLiteral("priya.raman"));
        monitor.setIntervalMs(1000);
        QSignalSpy refreshed(&monitor, &CallCentreMonitor::refreshed);
        QVERIFY(!monitor.isPolling());
        QTest::qWait(300);
        QCOMPARE(refreshed.count(), 0); // inactive: nothing is asked for

        const int agentBefore = agentRequests();
        monitor.setActive(true); // refreshes at once, then every second
        QVERIFY(monitor.isPolling());
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(monitor.agentStatus().status, QStringLiteral("ON_CALL"));
        QVERIFY(monitor.agentStatus().mostRecentCallId.value() > 0);
        QVERIFY(monitor.waitTime().recent.value() >= 0);
        QVERIFY(monitor.waitTime().yesterday.value() >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 3, 5000);
        QVERIFY(agentRequests() - agentBefore >= 3);
        const QJsonObject variables = m_env.requests(QStringLiteral("AgentCallCenterStatus"))
                                          .last()
                                          .value(QLatin1String("variables"))
                                          .toObject();
        QCOMPARE(variables.value(QLatin1String("supportUserName")).toString(),
                 QStringLiteral("priya.raman"));

        monitor.setActive(false);
        QVERIFY(!monitor.isPolling());
        QTest::qWait(300); // let a request already answered reach the log
        const int agentStopped = agentRequests();
        const int waitStopped = waitRequests();
        QTest::qWait(2500);
        QCOMPARE(agentRequests(), agentStopped);
        QCOMPARE(waitRequests(), waitStopped);

        monitor.setActive(true); // resumes, with a refresh straight away
        const int countBefore = refreshed.count();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > countBefore, 5000);
        QVERIFY(agentRequests() > agentStopped);
    }

    void intervalCanBeChangedWhilePolling()
    {
        CallCentreMonitor monitor(&m_env.transport);
        monitor.setIntervalMs(60000);
        monitor.setActive(true);
        QSignalSpy refreshed(&monitor, &CallCentreMonitor::refreshed);
        QVERIFY(refreshed.wait(5000)); // the immediate one
        QTest::qWait(1500);
        QCOMPARE(refreshed.count(), 1);
        monitor.setIntervalMs(1000);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 3, 5000);
        monitor.setIntervalMs(10); // clamped
        QCOMPARE(monitor.intervalMs(), CallCentreMonitor::kMinimumIntervalMs);
    }

    void unknownAgentReportsItsCode()
    {
        CallCentreMonitor monitor(&m_env.transport);
        QSignalSpy failed(&monitor, &CallCentreMonitor::agentStatusFailed);
        QSignalSpy wait(&monitor, &CallCentreMonitor::waitTimeChanged);
        monitor.setSupportUserName(QStringLiteral("nobody.here"));
        monitor.setActive(true);
        QVERIFY(failed.wait(5000));
        QCOMPARE(monitor.agentError().errorCode, QStringLiteral("KT-CT-7813"));
        QTRY_COMPARE_WITH_TIMEOUT(wait.count(), 1, 5000); // the queue figure still arrives
    }
    // A poll is background work: with every connection held by a slow server, the request
    // for the pane in view goes out before the poll that was queued ahead of it.
    void pollWaitsBehindTheVisiblePane()
    {
        TinyHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const auto &) {
            return TinyHttpServer::response(200, "{\"data\":{\"viewer\":{\"id\":\"1\"}}}");
        });
        server.setDelay([](const TinyHttpServer::Request &request) {
            return request.body.contains("\"Account\"") ? 1000 : 0;
        });
        kac::api::Transport transport;
        kac::test::TestAuthenticator auth;
        auth.token = m_env.token.token;
        transport.setEndpoint(server.url());
        transport.setAuthenticator(&auth);

        std::vector<std::unique_ptr<kac::api::GraphQLRequest>> slow;
        for (int i = 0; i < kac::api::Transport::kMaxOnWire; ++i)
            slow.emplace_back(
                transport.send(kac::api::Operation::load(QStringLiteral("Account")),
                               {{QStringLiteral("accountNumber"), QStringLiteral("A-%1").arg(i)}}));
        QTRY_COMPARE(server.requests().size(), kac::api::Transport::kMaxOnWire);

        CallCentreMonitor monitor(&transport);
        monitor.setSupportUserName(QStringLiteral("priya.raman"));
        monitor.setActive(true); // queued: every connection is taken
        std::unique_ptr<kac::api::GraphQLRequest> visible(
            transport.send(kac::api::Operation::load(QStringLiteral("Viewer")), {}));
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= kac::api::Transport::kMaxOnWire + 3,
                                 10000);
        const QByteArray next = server.requests().at(kac::api::Transport::kMaxOnWire).body;
        QVERIFY2(next.contains("Viewer"), next.constData());
    }
};

QTEST_GUILESS_MAIN(TestCallCentreMonitor)
#include "tst_callcentre_monitor.moc"
