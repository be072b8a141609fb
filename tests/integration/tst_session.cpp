// Session against a real sandbox (access tokens live 2 s) and the real Secret Service of the
// README's test command:
//   dbus-run-session -- scripts/lib/with-keyring.sh ctest --preset dev -R session
#include "integration/SessionTestSupport.h"

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void signInWithPassword();
    void signInWithApiKey();
    void signInWithOrganizationAndPreSignedKeys();
    void wrongCredentialsAreRefused();
    void rememberedSessionResumes();
    void resumeWithNothingRemembered();
    void notRememberedLeavesNothingStored();
    void deadRefreshTokenFallsBackToRememberedApiKey();
    void signOutClearsStoredSecrets();

private:
    SandboxFixture m_sandbox;
    SandboxFixture m_passwordSandbox; // --password-sign-in
};

void TestSession::initTestCase()
{
    QVERIFY2(m_sandbox.start({QStringLiteral("--token-ttl"), QStringLiteral("2"),
                              QStringLiteral("--allow-faults")}),
             qPrintable(m_sandbox.failure()));
    QVERIFY2(m_passwordSandbox.start({QStringLiteral("--password-sign-in")}),
             qPrintable(m_passwordSandbox.failure()));
    // Fail early, with a hint, when there is no Secret Service to talk to.
    KeychainTokenStore store(m_sandbox.url());
    const TokenStoreResult probe = loadNow(store, QStringLiteral("probe"));
    QVERIFY2(probe.status != TokenStoreResult::Status::Unavailable,
             "No usable Secret Service: run inside `dbus-run-session -- "
             "scripts/lib/with-keyring.sh ctest ...` as scripts/test.sh does.");
}

void TestSession::init()
{
    // Each test starts with nothing remembered for this sandbox.
    KeychainTokenStore store(m_sandbox.url());
    removeNow(store, Session::refreshTokenKey());
    removeNow(store, Session::apiKeyKey());
}

void TestSession::signInWithPassword()
{
    Console console(m_passwordSandbox.url());
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithPassword(Email, Password, false);
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(signedIn.first().first().toString(), Email);
    QCOMPARE(console.session.state(), Session::State::SignedIn);
    QVERIFY(!console.session.accessToken().isEmpty());

    const GraphQLResult result = sendOne(console.transport);
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QCOMPARE(result.data.value(QStringLiteral("viewer"))
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
             Email);
}

void TestSession::signInWithOrganizationAndPreSignedKeys()
{
    for (const bool organization : {true, false}) {
        Console console(m_sandbox.url());
        QSignalSpy signedIn(&console.session, &Session::signedIn);
        const qsizetype logMark = m_sandbox.requestLog().size();
        if (organization)
            console.session.signInWithOrganizationSecretKey(OrganizationKey, false);
        else
            console.session.signInWithPreSignedKey(QStringLiteral("psk_sandbox_agent"), false);
        QVERIFY(signedIn.wait(10000));
        const QString field =
            organization ? QStringLiteral("organizationSecretKey") : QStringLiteral("preSignedKey");
        QCOMPARE(tokenRequests(m_sandbox, logMark, field).size(), 1);
        const GraphQLResult result = sendOne(console.transport);
        QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    }
}

void TestSession::signInWithApiKey()
{
    Console console(m_sandbox.url());
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithApiKey(ApiKey, false);
    QVERIFY(signedIn.wait(10000));
    QVERIFY(!signedIn.first().first().toString().isEmpty());
    const GraphQLResult result = sendOne(console.transport);
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
}

void TestSession::wrongCredentialsAreRefused()
{
    {
        Console older(m_passwordSandbox.url());
        QSignalSpy failed(&older.session, &Session::signInFailed);
        older.session.signInWithPassword(Email, QStringLiteral("not-the-password"), true);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().errorCode, QStringLiteral("KT-CT-1138"));
        QCOMPARE(older.session.state(), Session::State::SignedOut);
    }
    Console console(m_sandbox.url());
    QSignalSpy failed(&console.session, &Session::signInFailed);
    QSignalSpy signedIn(&console.session, &Session::signedIn);

    console.session.signInWithApiKey(QStringLiteral("sk_not_a_key"), true);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.last().first().value<ApiError>().errorCode, QStringLiteral("KT-CT-1139"));
    QCOMPARE(console.session.state(), Session::State::SignedOut);
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(console.session.accessToken().isEmpty());

    // A request made now fails at once rather than waiting for a sign-in nobody started.
    const GraphQLResult result = sendOne(console.transport);
    QCOMPARE(result.error.kind, ApiError::Kind::SignInRequired);
}

void TestSession::rememberedSessionResumes()
{
    QByteArray storedBefore;
    QString signedInAs;
    {
        Console console(m_sandbox.url());
        QSignalSpy signedIn(&console.session, &Session::signedIn);
        console.session.signInWithOrganizationSecretKey(OrganizationKey, true);
        QVERIFY(signedIn.wait(10000));
        signedInAs = signedIn.first().first().toString();
        QVERIFY(QTest::qWaitFor(
            [&] { return loadNow(console.store, Session::refreshTokenKey()).ok(); }, 10000));
        storedBefore = loadNow(console.store, Session::refreshTokenKey()).secret;
        QCOMPARE(loadNow(console.store, Session::apiKeyKey()).status,
                 TokenStoreResult::Status::NotFound); // only an API key is ever stored
    }                                                 // the console closes without signing out

    const qsizetype logMark = m_sandbox.requestLog().size();
    Console console(m_sandbox.url());
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    QSignalSpy required(&console.session, &Session::signInRequired);
    console.session.resumeFromKeychain();
    QVERIFY(signedIn.wait(10000));
    QVERIFY(!signedInAs.isEmpty());
    QCOMPARE(signedIn.first().first().toString(), signedInAs);
    QCOMPARE(required.size(), 0);
    QVERIFY(console.session.isRemembered());
    QCOMPARE(tokenRequests(m_sandbox, logMark, QStringLiteral("refreshToken")).size(), 1);

    const GraphQLResult result = sendOne(console.transport);
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));

    // The sandbox rotates refresh tokens; the new one replaced the spent one in the keychain.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const TokenStoreResult now = loadNow(console.store, Session::refreshTokenKey());
            return now.ok() && now.secret != storedBefore;
        },
        10000));
}

void TestSession::resumeWithNothingRemembered()
{
    Console console(m_sandbox.url());
    QSignalSpy required(&console.session, &Session::signInRequired);
    QSignalSpy unavailable(&console.session, &Session::keychainUnavailable);
    console.session.resumeFromKeychain();
    QVERIFY(required.wait(10000));
    QCOMPARE(console.session.state(), Session::State::SignInRequired);
    QCOMPARE(unavailable.size(), 0);
}

void TestSession::notRememberedLeavesNothingStored()
{
    {
        Console console(m_sandbox.url());
        QSignalSpy signedIn(&console.session, &Session::signedIn);
        console.session.signInWithApiKey(ApiKey, true);
        QVERIFY(signedIn.wait(10000));
        QVERIFY(QTest::qWaitFor([&] { return loadNow(console.store, Session::apiKeyKey()).ok(); },
                                10000));
    }
    // Signing in again without "remember me" forgets what an earlier sign-in remembered.
    Console console(m_sandbox.url());
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithApiKey(ApiKey, false);
    QVERIFY(signedIn.wait(10000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return loadNow(console.store, Session::apiKeyKey()).status ==
                       TokenStoreResult::Status::NotFound &&
                   loadNow(console.store, Session::refreshTokenKey()).status ==
                       TokenStoreResult::Status::NotFound;
        },
        10000));
}

void TestSession::deadRefreshTokenFallsBackToRememberedApiKey()
{
    {
        Console console(m_sandbox.url());
        QSignalSpy signedIn(&console.session, &Session::signedIn);
        console.session.signInWithApiKey(ApiKey, true);
        QVERIFY(signedIn.wait(10000));
        QVERIFY(QTest::qWaitFor(
            [&] { return loadNow(console.store, Session::refreshTokenKey()).ok(); }, 10000));
    }
    KeychainTokenStore store(m_sandbox.url());
    QVERIFY(storeNow(store, Session::refreshTokenKey(), "revoked-refresh-token"));

    const qsizetype logMark = m_sandbox.requestLog().size();
    Console console(m_sandbox.url());
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    QSignalSpy required(&console.session, &Session::signInRequired);
    console.session.resumeFromKeychain();
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(required.size(), 0);
    const QList<QJsonObject> refreshes =
        tokenRequests(m_sandbox, logMark, QStringLiteral("refreshToken"));
    QCOMPARE(refreshes.size(), 1);
    QCOMPARE(refreshes.first().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("error:KT-CT-1135"));
    QCOMPARE(tokenRequests(m_sandbox, logMark, QStringLiteral("APIKey")).size(), 1);
    const GraphQLResult result = sendOne(console.transport);
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    // The dead refresh token was replaced by the new sign-in's.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const TokenStoreResult now = loadNow(store, Session::refreshTokenKey());
            return now.ok() && now.secret != "revoked-refresh-token";
        },
        10000));
}

void TestSession::signOutClearsStoredSecrets()
{
    Console console(m_sandbox.url());
    QSignalSpy signedIn(&console.session, &Session::signedIn);
    console.session.signInWithApiKey(ApiKey, true);
    QVERIFY(signedIn.wait(10000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return loadNow(console.store, Session::refreshTokenKey()).ok() &&
                   loadNow(console.store, Session::apiKeyKey()).ok();
        },
        10000));

    QSignalSpy signedOut(&console.session, &Session::signedOut);
    console.session.signOut();
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(console.session.state(), Session::State::SignedOut);
    QVERIFY(console.session.accessToken().isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return loadNow(console.store, Session::refreshTokenKey()).status ==
                       TokenStoreResult::Status::NotFound &&
                   loadNow(console.store, Session::apiKeyKey()).status ==
                       TokenStoreResult::Status::NotFound;
        },
        10000));
    const GraphQLResult after = sendOne(console.transport);
    QCOMPARE(after.error.kind, ApiError::Kind::SignInRequired);

    // Nothing remembered any more: a restart asks for a sign-in.
    Console restarted(m_sandbox.url());
    QSignalSpy restartRequired(&restarted.session, &Session::signInRequired);
    restarted.session.resumeFromKeychain();
    QVERIFY(restartRequired.wait(10000));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
