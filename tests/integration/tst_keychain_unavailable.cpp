// No Secret Service reachable: CTest points DBUS_SESSION_BUS_ADDRESS at a dead socket.
// The store must say Unavailable plainly, the session must carry on in memory, and no secret
// may land on disk (QtKeychain's insecure fallback would write it into QSettings).
#include "api/GraphQLRequest.h"
#include "api/KeychainTokenStore.h"
#include "api/Operation.h"
#include "api/Session.h"
#include "api/Transport.h"
#include "support/SandboxFixture.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using namespace kac::api;
using Status = TokenStoreResult::Status;

namespace {

// A second sign-in that is not an API key (the reference ObtainJSONWebTokenInput has no email
// or password): its key is never stored either.
const QString OrganizationKey = QStringLiteral("sk_sandbox_org_secret");
const QString ApiKey = QStringLiteral("sk_sandbox_agent_key");

// Passes everything to the real store and notes every secret it was asked to keep, so the
// test knows exactly which strings must not appear on disk.
class RecordingTokenStore : public TokenStore
{
public:
    explicit RecordingTokenStore(TokenStore &inner)
        : m_inner(inner)
    {}
    void store(const QString &key, const QByteArray &secret, QObject *context,
               Callback done) override
    {
        secrets << secret;
        m_inner.store(key, secret, context, std::move(done));
    }
    void load(const QString &key, QObject *context, Callback done) override
    {
        m_inner.load(key, context, std::move(done));
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        m_inner.remove(key, context, std::move(done));
    }

    QList<QByteArray> secrets;

private:
    TokenStore &m_inner;
};

template <typename Call> TokenStoreResult wait(Call call)
{
    QObject context;
    std::optional<TokenStoreResult> result;
    call(&context, [&](const TokenStoreResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 25000))
        return {Status::Failed, QStringLiteral("no answer"), {}, {}};
    return *result;
}

// Files under `directory` that contain `needle`.
QStringList filesContaining(const QString &directory, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

} // namespace

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeReportsUnavailablePlainly();
    void sessionCarriesOnInMemory();
    void resumeSaysSoAndAsksForSignIn();
    void nothingWasWrittenToDisk();

private:
    kac::test::SandboxFixture m_sandbox;
    QList<QByteArray> m_secrets;
};

void TestKeychainUnavailable::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"/nonexistent"),
             "CTest runs this with DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent");
    QVERIFY2(m_sandbox.start({QStringLiteral("--token-ttl"), QStringLiteral("2")}),
             qPrintable(m_sandbox.failure()));
}

void TestKeychainUnavailable::storeReportsUnavailablePlainly()
{
    KeychainTokenStore store(m_sandbox.url());
    QElapsedTimer clock;
    clock.start();

    TokenStoreResult r = wait([&](QObject *c, auto done) {
        store.store(QStringLiteral("refresh-token"), "kac-unavailable-probe", c, done);
    });
    QCOMPARE(r.status, Status::Unavailable);
    QVERIFY2(r.message.contains(QLatin1String("keychain")), qPrintable(r.message));
    QVERIFY(!r.message.contains(QLatin1String("kac-unavailable-probe")));
    m_secrets << "kac-unavailable-probe";

    r = wait([&](QObject *c, auto done) { store.load(QStringLiteral("refresh-token"), c, done); });
    QCOMPARE(r.status, Status::Unavailable);
    QVERIFY(r.secret.isEmpty());
    r = wait(
        [&](QObject *c, auto done) { store.remove(QStringLiteral("refresh-token"), c, done); });
    QCOMPARE(r.status, Status::Unavailable);

    // A dead bus is known at once; it must not look like a hang to the agent.
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestKeychainUnavailable::sessionCarriesOnInMemory()
{
    KeychainTokenStore keychain(m_sandbox.url());
    RecordingTokenStore store(keychain);
    Transport transport;
    transport.setEndpoint(m_sandbox.url());
    Session session(&transport, &store);
    transport.setAuthenticator(&session);

    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy unavailable(&session, &Session::keychainUnavailable);
    session.signInWithApiKey(ApiKey, true);
    QVERIFY(signedIn.wait(10000));
    QVERIFY(unavailable.wait(10000));
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!unavailable.first().first().toString().isEmpty());
    QCOMPARE(session.state(), Session::State::SignedIn);

    // Across an expiry too: the refresh token lives in memory.
    QTest::qWait(3200);
    std::unique_ptr<GraphQLRequest> request(transport.send(
        Operation{QStringLiteral("Viewer"), QStringLiteral("query Viewer { viewer { id } }")}, {}));
    QVERIFY(QTest::qWaitFor([&] { return request->isFinished(); }, 10000));
    QVERIFY2(request->result().ok(), qPrintable(request->result().error.summary()));
    QCOMPARE(unavailable.size(), 1); // said once, not after every refresh
    QVERIFY(!store.secrets.isEmpty());

    m_secrets << store.secrets << session.accessToken() << ApiKey.toUtf8();
    session.signInWithOrganizationSecretKey(OrganizationKey, true);
    QVERIFY(signedIn.wait(10000));
    m_secrets << store.secrets << session.accessToken() << OrganizationKey.toUtf8();
    transport.setAuthenticator(nullptr);
}

void TestKeychainUnavailable::resumeSaysSoAndAsksForSignIn()
{
    KeychainTokenStore store(m_sandbox.url());
    Transport transport;
    transport.setEndpoint(m_sandbox.url());
    Session session(&transport, &store);
    transport.setAuthenticator(&session);
    QSignalSpy required(&session, &Session::signInRequired);
    QSignalSpy unavailable(&session, &Session::keychainUnavailable);
    session.resumeFromKeychain();
    QVERIFY(required.wait(10000));
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(session.state(), Session::State::SignInRequired);
    transport.setAuthenticator(nullptr);
}

void TestKeychainUnavailable::nothingWasWrittenToDisk()
{
    QSettings settings;
    QVERIFY2(settings.allKeys().isEmpty(), qPrintable(settings.allKeys().join(u',')));
    QVERIFY(m_secrets.size() >= 5);
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericCacheLocation,
          QStandardPaths::GenericDataLocation}) {
        const QString directory = QStandardPaths::writableLocation(location);
        QVERIFY2(directory.startsWith(QDir::tempPath()), qPrintable(directory));
        for (const QByteArray &secret : std::as_const(m_secrets)) {
            QVERIFY(!secret.isEmpty());
            const QStringList found = filesContaining(directory, secret);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u',')));
        }
    }
}

int main(int argc, char *argv[])
{
    // Point every XDG directory at a fresh temporary one before Qt reads them, so the scan
    // above sees exactly what this program wrote.
    QTemporaryDir home;
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"}) {
        const QString path = home.filePath(QString::fromLatin1(name));
        QDir().mkpath(path);
        qputenv(name, path.toLocal8Bit());
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KrakenAgentConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keychain_unavailable"));
    TestKeychainUnavailable test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_unavailable.moc"
