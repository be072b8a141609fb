// Learning what a real sandbox offers, over HTTP: krakenVersion, one introspection cached per
// (endpoint, version) and reused across sign-ins, refreshed after an upgrade, a hidden field
// making its operation "not offered" (and never sent), a failed introspection leaving every
// operation offered, and the sign-in methods asked before anyone signs in.
#include "api/EndpointCapabilities.h"
#include "api/EndpointLearner.h"
#include "api/GraphQLRequest.h"
#include "api/Operation.h"
#include "api/SchemaCache.h"
#include "api/Session.h"
#include "api/SignInMethods.h"
#include "api/Transport.h"
#include "support/SandboxFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace kac::api;
using kac::test::SandboxFixture;

namespace {

const QString kApiKey = QStringLiteral("sk_sandbox_agent_key");

int countOperation(const SandboxFixture &sandbox, const QString &operationName)
{
    int count = 0;
    for (const QJsonObject &line : sandbox.requestLog())
        count += line.value(QLatin1String("operationName")).toString() == operationName;
    return count;
}

// One console's worth of api objects against one sandbox, learning into `cacheDirectory`.
struct Console
{
    explicit Console(const QUrl &endpoint, const QString &cacheDirectory)
        : session(&transport, nullptr)
        , learner(&transport, &capabilities, cacheDirectory)
    {
        transport.setEndpoint(endpoint);
        transport.setAuthenticator(&session);
        transport.setCapabilities(&capabilities);
        QObject::connect(&session, &Session::signedIn, &learner, &EndpointLearner::learn);
    }

    // Signs in with the API key and waits until the learner has finished; true when it learned.
    bool signInAndLearn(bool *fromCache = nullptr)
    {
        QSignalSpy learned(&learner, &EndpointLearner::learned);
        QSignalSpy failed(&learner, &EndpointLearner::failed);
        session.signInWithApiKey(kApiKey, false);
        if (!QTest::qWaitFor([&] { return !learned.isEmpty() || !failed.isEmpty(); }, 30000))
            return false;
        if (fromCache && !learned.isEmpty())
            *fromCache = learned.first().first().toBool();
        return !learned.isEmpty();
    }

    Transport transport;
    Session session;
    EndpointCapabilities capabilities;
    EndpointLearner learner;
};

GraphQLResult sendAndWait(Transport &transport, const QString &operation,
                          const QJsonObject &variables)
{
    std::unique_ptr<GraphQLRequest> request(transport.send(Operation::load(operation), variables));
    QSignalSpy finished(request.get(), &GraphQLRequest::finished);
    if (!request->isFinished() && !finished.wait(15000))
        return {};
    return request->result();
}

} // namespace

class TestEndpointLearning : public QObject
{
    Q_OBJECT

private slots:
    void hiddenFieldMakesItsOperationNotOffered()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--hide"), QStringLiteral("AccountType.notes")}),
                 qPrintable(sandbox.failure()));
        QTemporaryDir cache;
        Console console(sandbox.url(), cache.path());
        bool fromCache = true;
        QVERIFY(console.signInAndLearn(&fromCache));
        QVERIFY(!fromCache);
        QVERIFY(console.capabilities.isKnown());
        QVERIFY(!console.capabilities.offers(QStringLiteral("AccountNotes")));
        QCOMPARE(console.capabilities.whyNot(QStringLiteral("AccountNotes")),
                 QStringLiteral("this Kraken has no field AccountType.notes"));
        QVERIFY(console.capabilities.offers(QStringLiteral("AccountTransactions")));
        QVERIFY(console.capabilities.offers(QStringLiteral("KrakenVersion")));

        const QJsonObject account{{QStringLiteral("accountNumber"), QStringLiteral("A-2B7E41C9")}};
        const GraphQLResult notes = sendAndWait(console.transport, "AccountNotes", account);
        QCOMPARE(notes.error.kind, ApiError::Kind::NotOffered);
        QCOMPARE(countOperation(sandbox, QStringLiteral("AccountNotes")), 0); // never sent
        const GraphQLResult bills =
            sendAndWait(console.transport, "AccountBillingDetails", account);
        QVERIFY2(bills.ok(), qPrintable(bills.error.summary()));
    }

    void cacheReusedWhileTheVersionHoldsAndRefreshedAfterAnUpgrade()
    {
        QTemporaryDir cache;
        auto first = std::make_unique<SandboxFixture>();
        QVERIFY2(first->start(), qPrintable(first->failure()));
        const QUrl endpoint = first->url();
        {
            Console console(endpoint, cache.path());
            bool fromCache = true;
            QVERIFY(console.signInAndLearn(&fromCache));
            QVERIFY(!fromCache);
            QVERIFY(QFile::exists(SchemaCache(cache.path()).fileFor(endpoint)));
            // A second sign-in (a new console on the same endpoint and version) reuses it.
            Console again(endpoint, cache.path());
            QVERIFY(again.signInAndLearn(&fromCache));
            QVERIFY(fromCache);
            QVERIFY(again.capabilities.isKnown());
            QCOMPARE(countOperation(*first, QStringLiteral("KrakenVersion")), 2);
            QCOMPARE(countOperation(*first, QStringLiteral("SchemaIntrospection")), 1);
        }
        const QString before = SchemaCache(cache.path()).load(endpoint).krakenVersion;
        QVERIFY(!before.isEmpty());

        // The same endpoint, upgraded: asked again once, and the cache follows.
        first.reset();
        SandboxFixture upgraded;
        QVERIFY2(
            upgraded.start({QStringLiteral("--port"), QString::number(endpoint.port()),
                            QStringLiteral("--kraken-version"), QStringLiteral("v2099.01.01")}),
            qPrintable(upgraded.failure()));
        QCOMPARE(upgraded.url(), endpoint);
        Console console(endpoint, cache.path());
        bool fromCache = true;
        QVERIFY(console.signInAndLearn(&fromCache));
        QVERIFY(!fromCache);
        QCOMPARE(countOperation(upgraded, QStringLiteral("SchemaIntrospection")), 1);
        const QString after = SchemaCache(cache.path()).load(endpoint).krakenVersion;
        QVERIFY2(after.startsWith(QLatin1String("v2099.01.01")), qPrintable(after));
    }

    void failedIntrospectionLeavesEverythingOffered()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--allow-faults"), QStringLiteral("--hide"),
                                QStringLiteral("AccountType.notes")}),
                 qPrintable(sandbox.failure()));
        QVERIFY2(sandbox.setFault(QStringLiteral("http-503;op=SchemaIntrospection")),
                 qPrintable(sandbox.failure()));
        QTemporaryDir cache;
        Console console(sandbox.url(), cache.path());
        QSignalSpy failed(&console.learner, &EndpointLearner::failed);
        QVERIFY(!console.signInAndLearn());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("every pane")));
        QVERIFY(!console.capabilities.isKnown());
        QVERIFY(console.capabilities.offers(QStringLiteral("AccountNotes")));
        QVERIFY(!QFile::exists(SchemaCache(cache.path()).fileFor(sandbox.url())));
        QVERIFY(console.session.isSignedIn()); // the console carries on
    }

    void signInMethodsComeFromTheEndpoint()
    {
        SandboxFixture plain;
        QVERIFY2(plain.start(), qPrintable(plain.failure()));
        SandboxFixture older;
        QVERIFY2(older.start({QStringLiteral("--password-sign-in")}), qPrintable(older.failure()));
        SignInMethods methods;
        QSignalSpy learned(&methods, &SignInMethods::learned);

        methods.probe(plain.url());
        QVERIFY(learned.wait(15000));
        auto answer = learned.takeFirst();
        QCOMPARE(answer.at(0).toUrl(), plain.url());
        SignInMethodSet set = answer.at(1).value<SignInMethodSet>();
        QVERIFY(set.known);
        QVERIFY(set.apiKey && set.preSignedKey && set.organizationSecretKey);
        QVERIFY(!set.password);

        methods.probe(older.url());
        QVERIFY(learned.wait(15000));
        set = learned.takeFirst().at(1).value<SignInMethodSet>();
        QVERIFY(set.known && set.password && set.apiKey);
        // Asked without a token: nobody had signed in.
        for (const QJsonObject &line : older.requestLog())
            QVERIFY(line.value(QLatin1String("operationName")).toString() == "SignInMethods");

        // An endpoint that cannot be asked: every method stays on offer.
        methods.probe(QUrl(QStringLiteral("http://127.0.0.1:9/v1/graphql/")));
        QVERIFY(learned.wait(15000));
        set = learned.takeFirst().at(1).value<SignInMethodSet>();
        QVERIFY(!set.known);
        QVERIFY(set.apiKey && set.password && set.preSignedKey && set.organizationSecretKey);
    }
};

QTEST_GUILESS_MAIN(TestEndpointLearning)
#include "tst_endpoint_learning.moc"
