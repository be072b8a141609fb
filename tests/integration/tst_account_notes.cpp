#include "api/ErrorCatalog.h"
#include "api/GraphQLRequest.h"
#include "models/actions/AccountNoteSender.h"
#include "support/SandboxFixture.h"
#include "support/SignedInTransport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using kac::models::AccountNoteSender;
using State = AccountNoteSender::State;

namespace {

const QString kAccount = QStringLiteral("A-2B7E41C9");

} // namespace

// Account notes against the real sandbox: a saved note is in the next query, a second send while
// one is on its way sends nothing, and a lost answer whose check fails too says so. What each
// fault on the mutation ends with is tst_action_faults' (the matrix of every agent action).
class TestAccountNotes : public QObject
{
    Q_OBJECT
    kac::test::SandboxFixture m_sandbox;
    kac::test::SignedInTransport m_client;

    // How many notes with this text the account has now (a fresh AccountNotes query).
    int notesWithText(const QString &text)
    {
        std::unique_ptr<kac::api::GraphQLRequest> request(
            m_client.transport.send(kac::api::Operation::load(QStringLiteral("AccountNotes")),
                                    {{QStringLiteral("accountNumber"), kAccount}}));
        QSignalSpy finished(request.get(), &kac::api::GraphQLRequest::finished);
        if (!finished.wait(10000))
            return -1;
        int count = 0;
        const QJsonArray notes =
            request->result().data.value("account").toObject().value("notes").toArray();
        for (const QJsonValue &note : notes)
            count += note.toObject().value("body").toString() == text ? 1 : 0;
        return count;
    }

    int loggedMutations()
    {
        int count = 0;
        for (const QJsonObject &line : m_sandbox.requestLog())
            count += line.value("operationName").toString() == QLatin1String("CreateAccountNote");
        return count;
    }

    // Waits until the sender settles (not Sending or Checking).
    static bool settles(AccountNoteSender &sender)
    {
        return QTest::qWaitFor(
            [&] { return sender.state() != State::Sending && sender.state() != State::Checking; },
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

    void aSavedNoteIsInTheNextQuery()
    {
        AccountNoteSender sender(&m_client.transport, kAccount);
        QSignalSpy saved(&sender, &AccountNoteSender::done);
        const QString text = QStringLiteral("Customer asked for paper bills");
        QVERIFY(sender.sendNote(text, true, QDateTime::currentDateTimeUtc().addDays(7)));
        QVERIFY(saved.wait(10000));
        QCOMPARE(sender.state(), State::Done);
        QCOMPARE(notesWithText(text), 1);
    }

    void aSecondSendWhileInFlightSendsNothing()
    {
        QVERIFY(m_sandbox.setFault(QStringLiteral("latency=200;op=CreateAccountNote")));
        const int before = loggedMutations();
        AccountNoteSender sender(&m_client.transport, kAccount);
        const QString text = QStringLiteral("Double submit");
        QVERIFY(sender.sendNote(text, false));
        QVERIFY(!sender.sendNote(text, false));
        QVERIFY(settles(sender));
        QCOMPARE(sender.state(), State::Done);
        QCOMPARE(sender.sentCount(), 1);
        QCOMPARE(loggedMutations(), before + 1);
        QCOMPARE(notesWithText(text), 1);
    }

    void aLostAnswerSaysSoInTheAgentsWords()
    {
        kac::api::RetryPolicy quick;
        quick.baseDelayMs = 20;
        quick.maxDelayMs = 40;
        m_client.transport.setRetryPolicy(quick); // the check is a query: retried, then given up
        QVERIFY(m_sandbox.setFault(QStringLiteral("reset;op=CreateAccountNote|AccountNotes")));
        AccountNoteSender sender(&m_client.transport, kAccount);
        QVERIFY(sender.sendNote(QStringLiteral("Unknown outcome"), false));
        QVERIFY(settles(sender));
        QCOMPARE(sender.state(), State::Unknown); // the check failed as well
        QVERIFY(!sender.canSend());               // never "just send it again"
        QVERIFY(kac::api::ErrorCatalog()
                    .messageFor(sender.error())
                    .contains(QLatin1String("don't know whether it was saved")));
        QVERIFY(m_sandbox.setFault({}));
        sender.checkAgain();
        QVERIFY(settles(sender));
        QCOMPARE(sender.state(), State::NotDone);
        QVERIFY(sender.canSend());
    }
};

QTEST_GUILESS_MAIN(TestAccountNotes)
#include "tst_account_notes.moc"
