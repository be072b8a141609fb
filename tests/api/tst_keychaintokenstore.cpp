// KeychainTokenStore against a real Secret Service. Run inside the private bus and throw-away
// keyring the README's test command sets up:
//   dbus-run-session -- scripts/lib/with-keyring.sh ctest --preset dev -R keychain
#include "api/KeychainTokenStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <optional>

using kac::api::KeychainTokenStore;
using kac::api::TokenStoreResult;
using Status = TokenStoreResult::Status;

namespace {

// Runs one store call and waits for its answer, checking it never arrives synchronously.
template <typename Call> TokenStoreResult wait(Call call)
{
    QObject context;
    std::optional<TokenStoreResult> result;
    bool returned = false;
    bool answeredBeforeReturn = false;
    call(&context, [&](const TokenStoreResult &r) {
        answeredBeforeReturn = !returned;
        result = r;
    });
    returned = true;
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 25000))
        return {Status::Failed, QStringLiteral("no answer"), {}, {}};
    if (answeredBeforeReturn)
        return {Status::Failed, QStringLiteral("answered synchronously"), {}, {}};
    return *result;
}

QString describe(const TokenStoreResult &r)
{
    return QStringLiteral("status %1: %2 (%3)").arg(int(r.status)).arg(r.message, r.detail);
}

// True when `needle` appears in any file under `directory`.
bool anyFileContains(const QString &directory, const QByteArray &needle)
{
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestKeychainTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void serviceNameIsPerEndpoint();
    void storeLoadReplaceRemove();
    void loadOfMissingKeyIsNotFound();
    void removeOfMissingKeyIsOk();
    void binarySecretsRoundTrip();
    void endpointsDoNotCollide();
    void secretAtTheWindowsLimitIsStored();
    void secretOverTheWindowsLimitIsRefused();
    void destroyedContextGetsNoCallback();
    void insecureFallbackIsOff();

private:
    KeychainTokenStore storeFor(const QString &host) const;

    QString m_runId;
    QStringList m_keysToClean;
};

KeychainTokenStore TestKeychainTokenStore::storeFor(const QString &host) const
{
    // A fresh service name per run, so a test never sees a previous run's entries.
    return KeychainTokenStore(
        QUrl(QStringLiteral("https://%1-%2.invalid/v1/graphql/").arg(host, m_runId)));
}

void TestKeychainTokenStore::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("KrakenAgentConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keychaintokenstore"));
    m_runId = QUuid::createUuid().toString(QUuid::Id128).left(12);

    KeychainTokenStore probe = storeFor(QStringLiteral("probe"));
    const TokenStoreResult result =
        wait([&](QObject *c, auto done) { probe.load(QStringLiteral("probe"), c, done); });
    if (result.status == Status::Unavailable) {
        QFAIL(qPrintable(QStringLiteral("No usable Secret Service (%1). Run this test inside "
                                        "`dbus-run-session -- scripts/lib/with-keyring.sh ctest "
                                        "...` as scripts/test.sh does.")
                             .arg(result.detail)));
    }
    QCOMPARE(result.status, Status::NotFound);
}

void TestKeychainTokenStore::cleanupTestCase()
{
    for (const QString &host : {QStringLiteral("main"), QStringLiteral("other")}) {
        KeychainTokenStore store = storeFor(host);
        for (const QString &key : std::as_const(m_keysToClean))
            wait([&](QObject *c, auto done) { store.remove(key, c, done); });
    }
}

void TestKeychainTokenStore::serviceNameIsPerEndpoint()
{
    QCOMPARE(KeychainTokenStore::serviceNameFor(
                 QUrl(QStringLiteral("https://api.redenergy-kraken.energy/v1/graphql/"))),
             QStringLiteral("Kraken Agent Console (api.redenergy-kraken.energy:443)"));
    QCOMPARE(KeychainTokenStore::serviceNameFor(
                 QUrl(QStringLiteral("http://127.0.0.1:4000/v1/graphql/"))),
             QStringLiteral("Kraken Agent Console (127.0.0.1:4000)"));
    QVERIFY(KeychainTokenStore::serviceNameFor(QUrl(QStringLiteral("https://test.example/"))) !=
            KeychainTokenStore::serviceNameFor(QUrl(QStringLiteral("https://prod.example/"))));

    KeychainTokenStore store(QUrl(QStringLiteral("https://a.example/")));
    store.setEndpoint(QUrl(QStringLiteral("https://b.example:8443/")));
    QCOMPARE(store.serviceName(), QStringLiteral("Kraken Agent Console (b.example:8443)"));
}

void TestKeychainTokenStore::storeLoadReplaceRemove()
{
    KeychainTokenStore store = storeFor(QStringLiteral("main"));
    const QString key = QStringLiteral("refresh-token");
    m_keysToClean << key;

    TokenStoreResult r =
        wait([&](QObject *c, auto done) { store.store(key, "first-secret", c, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));

    r = wait([&](QObject *c, auto done) { store.load(key, c, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.secret, QByteArray("first-secret"));

    r = wait([&](QObject *c, auto done) { store.store(key, "second-secret", c, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    r = wait([&](QObject *c, auto done) { store.load(key, c, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.secret, QByteArray("second-secret"));

    r = wait([&](QObject *c, auto done) { store.remove(key, c, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    r = wait([&](QObject *c, auto done) { store.load(key, c, done); });
    QCOMPARE(r.status, Status::NotFound);
    QVERIFY(r.secret.isEmpty());
}

void TestKeychainTokenStore::loadOfMissingKeyIsNotFound()
{
    KeychainTokenStore store = storeFor(QStringLiteral("main"));
    const TokenStoreResult r =
        wait([&](QObject *c, auto done) { store.load(QStringLiteral("never-stored"), c, done); });
    QCOMPARE(r.status, Status::NotFound);
    QVERIFY(!r.ok());
}

void TestKeychainTokenStore::removeOfMissingKeyIsOk()
{
    KeychainTokenStore store = storeFor(QStringLiteral("main"));
    const TokenStoreResult r =
        wait([&](QObject *c, auto done) { store.remove(QStringLiteral("never-stored"), c, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));
}

void TestKeychainTokenStore::binarySecretsRoundTrip()
{
    KeychainTokenStore store = storeFor(QStringLiteral("main"));
    const QString key = QStringLiteral("binary");
    m_keysToClean << key;
    QByteArray secret;
    for (int i = 0; i < 256; ++i)
        secret.append(char(i));

    TokenStoreResult r = wait([&](QObject *c, auto done) { store.store(key, secret, c, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    r = wait([&](QObject *c, auto done) { store.load(key, c, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.secret, secret);
}

void TestKeychainTokenStore::endpointsDoNotCollide()
{
    KeychainTokenStore main = storeFor(QStringLiteral("main"));
    KeychainTokenStore other = storeFor(QStringLiteral("other"));
    const QString key = QStringLiteral("api-key");
    m_keysToClean << key;

    TokenStoreResult r = wait([&](QObject *c, auto done) { main.store(key, "main-key", c, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    r = wait([&](QObject *c, auto done) { other.load(key, c, done); });
    QCOMPARE(r.status, Status::NotFound);

    r = wait([&](QObject *c, auto done) { other.store(key, "other-key", c, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    r = wait([&](QObject *c, auto done) { main.load(key, c, done); });
    QCOMPARE(r.secret, QByteArray("main-key"));
}

void TestKeychainTokenStore::secretAtTheWindowsLimitIsStored()
{
    KeychainTokenStore store = storeFor(QStringLiteral("main"));
    const QString key = QStringLiteral("at-limit");
    m_keysToClean << key;
    const QByteArray secret(KeychainTokenStore::MaxSecretBytes, 'x');

    TokenStoreResult r = wait([&](QObject *c, auto done) { store.store(key, secret, c, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    r = wait([&](QObject *c, auto done) { store.load(key, c, done); });
    QCOMPARE(r.secret, secret);
}

void TestKeychainTokenStore::secretOverTheWindowsLimitIsRefused()
{
    KeychainTokenStore store = storeFor(QStringLiteral("main"));
    const QString key = QStringLiteral("over-limit");
    m_keysToClean << key;
    const QByteArray secret(KeychainTokenStore::MaxSecretBytes + 1, 'y');

    TokenStoreResult r = wait([&](QObject *c, auto done) { store.store(key, secret, c, done); });
    QCOMPARE(r.status, Status::Failed);
    QVERIFY(!r.message.isEmpty());
    QVERIFY(!r.message.contains(QLatin1String("yyyy")));
    r = wait([&](QObject *c, auto done) { store.load(key, c, done); });
    QCOMPARE(r.status, Status::NotFound); // refused means nothing written, not half of it
}

void TestKeychainTokenStore::destroyedContextGetsNoCallback()
{
    KeychainTokenStore store = storeFor(QStringLiteral("main"));
    int calls = 0;
    {
        QObject context;
        store.load(QStringLiteral("never-stored"), &context,
                   [&](const TokenStoreResult &) { ++calls; });
        store.store(QStringLiteral("over-limit"), QByteArray(5000, 'z'), &context,
                    [&](const TokenStoreResult &) { ++calls; });
    }
    // Let the (still running) jobs finish and delete themselves; nothing may call back.
    const TokenStoreResult after =
        wait([&](QObject *c, auto done) { store.load(QStringLiteral("never-stored"), c, done); });
    QCOMPARE(after.status, Status::NotFound);
    QTest::qWait(50);
    QCOMPARE(calls, 0);
}

void TestKeychainTokenStore::insecureFallbackIsOff()
{
    KeychainTokenStore store = storeFor(QStringLiteral("main"));
    const QString key = QStringLiteral("fallback-check");
    m_keysToClean << key;
    const QByteArray secret = "kac-fallback-probe-" + m_runId.toLatin1();

    const TokenStoreResult r =
        wait([&](QObject *c, auto done) { store.store(key, secret, c, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));

    // QtKeychain's insecure fallback writes into the application's default QSettings.
    QSettings settings;
    QVERIFY2(settings.allKeys().isEmpty(), qPrintable(settings.allKeys().join(u',')));
    // The keyring's own file (under the data directory) is encrypted, so it must not match.
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericCacheLocation,
          QStandardPaths::GenericDataLocation}) {
        const QString directory = QStandardPaths::writableLocation(location);
        QVERIFY2(!anyFileContains(directory, secret), qPrintable(directory));
    }
}

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
