// Session renewal against a real sandbox (access tokens live 2 s) and the real Secret Service of
// the README's test command: one refresh for many expired requests, renewal before expiry,
// retries after a transient failure, and requests kept (or failed by a sign-out) once a refresh
// is refused. Sign-in and resume are in tst_session.
//   dbus-run-session -- scripts/lib/with-keyring.sh ctest --preset ci -R session
#include "integration/SessionTestSupport.h"

class TestSessionRenewal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void concurrentExpiryCausesExactlyOneRefresh();
    void proactiveRefreshRenewsBeforeExpiry();
    void transientRefreshFailureRetriesWithoutSigningOut();
    void refusedRefreshKeepsRequestsUntilSignedInAgain();
    void signOutFailsWaitingRequests();

private:
    void expireRefreshTokenBehindTheSessionsBack(Console &console);

    SandboxFixture m_sandbox;
};

void TestSessionRenewal::initTestCase()
{
    QVERIFY2(m_sandbox.start({QStringLiteral("--token-ttl"), QStringLiteral("2"),
                              QStringLiteral("--allow-faults")}),
             qPrintable(m_sandbox.failure()));
    KeychainTokenStore store(m_sandbox.url());
    const TokenStoreResult probe = loadNow(store, QStringLiteral("probe"));
    QVERIFY2(probe.status != TokenStoreResult::Status::Unavailable,
             "No usable Secret Service: run inside `dbus-run-session -- "
             "scripts/lib/with-keyring.sh ctest ...` as scripts/test.sh does.");
}

void TestSessionRenewal::init()
{
    // Each test starts with nothing remembered for this sandbox.
    KeychainTokenStore store(m_sandbox.url());
    removeNow(store, Session::refreshTokenKey());
    removeNow(store, Session::apiKeyKey());
}

void TestSessionRenewal::concurrentExpiryCausesExactlyOneRefresh()
{
    Console console(m_sandbox.url());
    console.session.setProactiveRefreshEnabled(false); // let the token really expire
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithApiKey(ApiKey, false);
    QVERIFY(signedIn.wait(10000));
    QTest::qWait(PastExpiryMs);

    const qsizetype logMark = m_sandbox.requestLog().size();
    QSignalSpy renewed(&console.session, &Session::accessTokenRenewed);
    const QList<GraphQLResult> results = sendConcurrently(console.transport, 20);
    QCOMPARE(results.size(), 20);
    for (const GraphQLResult &result : results)
        QVERIFY2(result.ok(), qPrintable(describe(results)));

    const QList<QJsonObject> refreshes =
        tokenRequests(m_sandbox, logMark, QStringLiteral("refreshToken"));
    QCOMPARE(refreshes.size(), 1);
    QCOMPARE(refreshes.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
    QCOMPARE(renewed.size(), 1);

    // The expiry was the server's verdict (KT-CT-1124), not a guess on the client.
    int expired = 0;
    const QList<QJsonObject> log = m_sandbox.requestLog();
    for (qsizetype i = logMark; i < log.size(); ++i) {
        if (log.at(i).value(QStringLiteral("outcome")).toString() ==
            QLatin1String("error:KT-CT-1124"))
            ++expired;
    }
    QVERIFY2(expired >= 1, "no request reached the server with the expired token");
}

void TestSessionRenewal::proactiveRefreshRenewsBeforeExpiry()
{
    Console console(m_sandbox.url());
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    QSignalSpy renewed(&console.session, &Session::accessTokenRenewed);
    console.session.signInWithApiKey(ApiKey, false);
    QVERIFY(signedIn.wait(10000));
    const qsizetype logMark = m_sandbox.requestLog().size();
    QTest::qWait(PastExpiryMs);
    QVERIFY(renewed.size() >= 1);

    const GraphQLResult result = sendOne(console.transport);
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    const QList<QJsonObject> log = m_sandbox.requestLog();
    for (qsizetype i = logMark; i < log.size(); ++i) {
        const QString outcome = log.at(i).value(QStringLiteral("outcome")).toString();
        QVERIFY2(outcome == QLatin1String("ok"), qPrintable(outcome)); // no 1124, no spent token
    }
    QVERIFY(!tokenRequests(m_sandbox, logMark, QStringLiteral("refreshToken")).isEmpty());
}

void TestSessionRenewal::transientRefreshFailureRetriesWithoutSigningOut()
{
    Console console(m_sandbox.url());
    console.session.setProactiveRefreshEnabled(false);
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithApiKey(ApiKey, false);
    QVERIFY(signedIn.wait(10000));

    // The next two refreshes meet gateway errors (a dropped connection would be resent by Qt
    // itself on a reused keep-alive connection, so it would not show as a failed attempt).
    RequestOptions faulty;
    faulty.timeoutMs = 5000;
    console.session.setAuthRequestOptions(faulty);
    const auto refreshes =
        kac::test::FaultInjectingNetwork::operation(QStringLiteral("ObtainKrakenToken"));
    console.network.setFault("http-503; times=1", refreshes);
    QTest::qWait(PastExpiryMs);

    const qsizetype logMark = m_sandbox.requestLog().size();
    QSignalSpy retries(&console.session, &Session::renewalRetryScheduled);
    QSignalSpy required(&console.session, &Session::signInRequired);
    connect(&console.session, &Session::renewalRetryScheduled, this, [&](int attempt) {
        if (attempt == 1)
            console.network.setFault("http-502; times=1", refreshes);
    });
    const QList<GraphQLResult> results = sendConcurrently(console.transport, 5);
    for (const GraphQLResult &result : results)
        QVERIFY2(result.ok(), qPrintable(describe(results)));
    QStringList outcomes;
    for (const QJsonObject &line :
         tokenRequests(m_sandbox, logMark, QStringLiteral("refreshToken")))
        outcomes << line.value(QStringLiteral("outcome")).toString();
    QCOMPARE(outcomes, (QStringList{QStringLiteral("http-503"), QStringLiteral("http-502"),
                                    QStringLiteral("ok")}));
    QCOMPARE(retries.size(), 2);
    QCOMPARE(required.size(), 0);
    QCOMPARE(console.session.state(), Session::State::SignedIn);
}

// Spends the session's refresh token from outside (as another console sharing it would), so
// the session's next refresh is refused.
void TestSessionRenewal::expireRefreshTokenBehindTheSessionsBack(Console &console)
{
    QVERIFY(QTest::qWaitFor([&] { return loadNow(console.store, Session::refreshTokenKey()).ok(); },
                            10000));
    const QByteArray refreshToken = loadNow(console.store, Session::refreshTokenKey()).secret;
    Transport outsider;
    outsider.setEndpoint(m_sandbox.url());
    RequestOptions options;
    options.authenticated = false;
    std::unique_ptr<GraphQLRequest> spend(outsider.send(
        Operation{QStringLiteral("ObtainKrakenToken"),
                  QStringLiteral("mutation ObtainKrakenToken($input: ObtainJSONWebTokenInput!) "
                                 "{ obtainKrakenToken(input: $input) { token } }")},
        QJsonObject{{QStringLiteral("input"), QJsonObject{{QStringLiteral("refreshToken"),
                                                           QString::fromUtf8(refreshToken)}}}},
        options));
    QVERIFY(QTest::qWaitFor([&] { return spend->isFinished(); }, 10000));
    QVERIFY2(spend->result().ok(), qPrintable(spend->result().error.summary()));
}

void TestSessionRenewal::refusedRefreshKeepsRequestsUntilSignedInAgain()
{
    Console console(m_sandbox.url());
    console.session.setProactiveRefreshEnabled(false);
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithOrganizationSecretKey(OrganizationKey, true);
    QVERIFY(signedIn.wait(10000));
    expireRefreshTokenBehindTheSessionsBack(console);
    QTest::qWait(PastExpiryMs);

    const qsizetype logMark = m_sandbox.requestLog().size();
    QSignalSpy required(&console.session, &Session::signInRequired);
    std::vector<std::unique_ptr<GraphQLRequest>> requests;
    for (int i = 0; i < 5; ++i)
        requests.emplace_back(
            console.transport.send(viewerQuery(), QJsonObject{{QStringLiteral("probe"), i}}));
    QVERIFY(required.wait(10000));
    QVERIFY(!required.first().first().toString().isEmpty());
    QCOMPARE(console.session.state(), Session::State::SignInRequired);
    QVERIFY(console.session.accessToken().isEmpty());
    QTest::qWait(300);
    for (const auto &request : requests)
        QVERIFY(!request->isFinished()); // still waiting for the agent, not failed

    const QList<QJsonObject> refreshes =
        tokenRequests(m_sandbox, logMark, QStringLiteral("refreshToken"));
    QCOMPARE(refreshes.size(), 1);
    QCOMPARE(refreshes.first().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("error:KT-CT-1135"));
    // The refused refresh token is forgotten, in memory and in the keychain.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return loadNow(console.store, Session::refreshTokenKey()).status ==
                   TokenStoreResult::Status::NotFound;
        },
        10000));

    console.session.signInWithOrganizationSecretKey(OrganizationKey, true);
    QVERIFY(signedIn.wait(10000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(requests.begin(), requests.end(),
                               [](const auto &r) { return r->isFinished(); });
        },
        10000));
    for (const auto &request : requests)
        QVERIFY2(request->result().ok(), qPrintable(request->result().error.summary()));
    QCOMPARE(tokenRequests(m_sandbox, logMark, QStringLiteral("refreshToken")).size(), 1);
}

void TestSessionRenewal::signOutFailsWaitingRequests()
{
    Console console(m_sandbox.url());
    console.session.setProactiveRefreshEnabled(false);
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithOrganizationSecretKey(OrganizationKey, true);
    QVERIFY(signedIn.wait(10000));
    expireRefreshTokenBehindTheSessionsBack(console);
    QTest::qWait(PastExpiryMs);

    QSignalSpy required(&console.session, &Session::signInRequired);
    std::unique_ptr<GraphQLRequest> waiting(console.transport.send(viewerQuery(), {}));
    QVERIFY(required.wait(10000));
    QTest::qWait(100);
    QVERIFY(!waiting->isFinished());

    console.session.signOut();
    QVERIFY(QTest::qWaitFor([&] { return waiting->isFinished(); }, 10000));
    QCOMPARE(waiting->result().error.kind, ApiError::Kind::SignInRequired);
}

QTEST_GUILESS_MAIN(TestSessionRenewal)
#include "tst_session_renewal.moc"
