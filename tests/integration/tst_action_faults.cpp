#include "api/GraphQLRequest.h"
#include "faults/FaultedActions.h"
#include "support/SandboxFixture.h"
#include "support/SignedInTransport.h"

#include <QSignalSpy>
#include <QTest>

using kac::models::ExactlyOnceAction;
using State = ExactlyOnceAction::State;

// Every agent action (faults/FaultedActions.h) under every sandbox fault on its mutation, against
// the real sandbox: it ends done exactly once or clearly not done, never twice; counted in the
// sandbox's own state (a fresh query) and its request log. Where it is clearly not done, sending
// again is offered and does it once.
class TestActionFaults : public QObject
{
    Q_OBJECT
    kac::test::SandboxFixture m_sandbox;
    kac::test::SignedInTransport m_client;

    // How many times Kraken holds the one carrying `marker` now (-1: the query failed).
    int heldByKraken(const kac::test::ActionProbe &probe, const QString &marker)
    {
        std::unique_ptr<kac::api::GraphQLRequest> request(
            m_client.transport.send(probe.query, probe.variables));
        QSignalSpy finished(request.get(), &kac::api::GraphQLRequest::finished);
        if (!request->isFinished() && !finished.wait(10000))
            return -1;
        return request->result().ok() ? probe.count(request->result().data, marker) : -1;
    }

    int logged(const QString &operation)
    {
        int count = 0;
        for (const QJsonObject &line : m_sandbox.requestLog())
            count += line.value("operationName").toString() == operation;
        return count;
    }

    static bool settles(const ExactlyOnceAction &action)
    {
        return QTest::qWaitFor(
            [&] { return action.state() != State::Sending && action.state() != State::Checking; },
            15000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--allow-faults")}),
                 qPrintable(m_sandbox.failure()));
        QVERIFY(m_client.signIn(m_sandbox.url()));
    }

    void cleanup() { QVERIFY(m_sandbox.setFault({})); }

    void everyActionIsDoneOnceOrClearlyNot_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("held");
        QTest::addColumn<int>("sent");
        struct Row
        {
            const char *fault;
            State state;
            int held;
            int sent;
        };
        const QList<Row> rows{
            // Nothing ran, and Kraken said so or nothing came back: not done.
            {"reset", State::NotDone, 0, 1}, // no answer: checked, not there
            {"http-503", State::Failed, 0, 1},
            {"rate-limit", State::Failed, 0, 1},
            {"malformed-json", State::NotDone, 0, 1}, // unreadable: checked, not there
            // It ran and the answer was lost or mangled: found by the check, never sent twice.
            {"reset-after-commit", State::Done, 1, 1},
            {"truncate", State::Done, 1, 1},
            // An expired token: Kraken did not run it; renewed and sent once more.
            {"expired-token;times=1", State::Done, 1, 2},
            {"trickle=600", State::Done, 1, 1},
        };
        const QList<kac::test::FaultedAction> actions = kac::test::faultedActions();
        for (int a = 0; a < actions.size(); ++a) {
            for (const Row &row : rows) {
                QTest::addRow("%s, %s", actions.at(a).name, row.fault)
                    << a << QString::fromLatin1(row.fault) << int(row.state) << row.held
                    << row.sent;
            }
        }
    }

    void everyActionIsDoneOnceOrClearlyNot()
    {
        QFETCH(int, action);
        QFETCH(QString, fault);
        QFETCH(int, state);
        QFETCH(int, held);
        QFETCH(int, sent);
        const kac::test::FaultedAction declared = kac::test::faultedActions().at(action);
        kac::test::ActionProbe probe = declared.make(&m_client.transport);
        const QString marker =
            QStringLiteral("%1 under %2").arg(QString::fromLatin1(declared.name), fault);
        const int before = logged(declared.mutation);

        QVERIFY(m_sandbox.setFault(fault + QStringLiteral(";op=") + declared.mutation));
        QVERIFY(probe.send(marker));
        QVERIFY(!probe.send(marker)); // a second press while on its way sends nothing
        QVERIFY(settles(*probe.action));
        QVERIFY(m_sandbox.setFault({}));
        QCOMPARE(int(probe.action->state()), state);
        QCOMPARE(heldByKraken(probe, marker), held);
        QCOMPARE(logged(declared.mutation), before + sent);

        if (held == 0) {
            // Clearly not done: sending again is offered, and does it once.
            QVERIFY(probe.action->canSend());
            QVERIFY(probe.send(marker));
            QVERIFY(settles(*probe.action));
            QCOMPARE(probe.action->state(), State::Done);
            QCOMPARE(heldByKraken(probe, marker), 1);
        } else {
            QVERIFY(probe.action->canSend()); // a new one may be written
        }
    }
};

QTEST_GUILESS_MAIN(TestActionFaults)
#include "tst_action_faults.moc"
