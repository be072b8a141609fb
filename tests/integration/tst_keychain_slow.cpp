// A Secret Service that is slow or locked, in a private D-Bus session this program starts for
// itself: its own dbus-daemon and gnome-keyring-daemon (the real one), so the test can stop
// the keyring (SIGSTOP: every call waits, as behind an unlock prompt nobody answers) without
// touching the keyring other tests share.
//
// Once the console has said "not remembered", nothing may stay stored, however late the
// keyring wakes up; a locked keyring at resume says so; and the notice stays until dismissed.
// Last, the keyring is swapped for a tiny Secret Service whose unlock prompt always completes
// dismissed (tests/support/locked-secret-service.py): the agent pressing Cancel, which a real
// gnome-keyring cannot be made to do on demand without a display.
#include "api/KeychainTokenStore.h"
#include "models/AppSettings.h"
#include "support/ConsoleFixture.h"
#include "support/SandboxFixture.h"
#include "ui/MainWindow.h"
#include "ui/NoticeBar.h"
#include "ui/SignInController.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>
#include <signal.h>

using namespace kac::api;
using Status = TokenStoreResult::Status;

namespace {

const QString ApiKey = QStringLiteral("sk_sandbox_agent_key");

TokenStoreResult loadNow(TokenStore &store, const QString &key)
{
    QObject context;
    std::optional<TokenStoreResult> result;
    store.load(key, &context, [&](const TokenStoreResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 25000))
        return {Status::Failed, QStringLiteral("no answer"), {}, {}};
    return *result;
}

bool storeNow(TokenStore &store, const QString &key, const QByteArray &secret)
{
    QObject context;
    std::optional<TokenStoreResult> result;
    store.store(key, secret, &context, [&](const TokenStoreResult &r) { result = r; });
    return QTest::qWaitFor([&] { return result.has_value(); }, 25000) && result->ok();
}

} // namespace

class TestKeychainSlow : public QObject
{
    Q_OBJECT
public:
    // Started by main() before QApplication, so every D-Bus user in this process sees our bus.
    TestKeychainSlow(QProcess &bus, const QString &address)
        : m_bus(bus)
        , m_busAddress(address)
    {}

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void slowKeychainKeepsNothingAfterSayingSo();
    void lockedKeychainAtResumeSaysSo();
    void keychainNoticeStaysUntilDismissed();
    void secondConsoleOnTheProfileOnlyReadsTheKeychain();
    void dismissedUnlockSaysSo(); // last: it replaces the keyring

private:
    QTemporaryDir m_home;
    QProcess &m_bus;
    QString m_busAddress;
    QProcess m_keyring;
    kac::test::SandboxFixture m_sandbox;
};

void TestKeychainSlow::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(m_bus.state() == QProcess::Running, "dbus-daemon is needed for this test");
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS") == m_busAddress);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    environment.remove(QStringLiteral("DISPLAY")); // no unlock prompt can ever be shown
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_keyring.setProcessEnvironment(environment);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                     QStringLiteral("--components=secrets")});
    QVERIFY2(m_keyring.waitForStarted(10000), "gnome-keyring-daemon is needed for this test");
    m_keyring.write("kac-test-keyring"); // a throw-away keyring's throw-away password
    m_keyring.closeWriteChannel();

    // Ready once it answers a read.
    KeychainTokenStore probe(QUrl(QStringLiteral("http://127.0.0.1:9/")));
    QVERIFY(QTest::qWaitFor(
        [&] { return loadNow(probe, QStringLiteral("probe")).status == Status::NotFound; }, 15000));
    QVERIFY2(m_sandbox.start({QStringLiteral("--token-ttl"), QStringLiteral("2")}),
             qPrintable(m_sandbox.failure()));
}

void TestKeychainSlow::cleanup()
{
    // A failed check must not leave the keyring stopped for the next test.
    if (m_keyring.state() == QProcess::Running)
        ::kill(pid_t(m_keyring.processId()), SIGCONT);
}

void TestKeychainSlow::cleanupTestCase()
{
    if (m_keyring.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_keyring.processId()), SIGCONT);
        m_keyring.terminate();
        m_keyring.waitForFinished(5000);
    }
}

void TestKeychainSlow::slowKeychainKeepsNothingAfterSayingSo()
{
    KeychainTokenStore keychain(m_sandbox.url());
    keychain.setTimeoutMs(1500);
    kac::test::ConsoleFixture console(&keychain);
    console.window()->signIn()->useEndpoint(m_sandbox.url());
    Session &session = console.session();
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy unavailable(&session, &Session::keychainUnavailable);

    const auto keyringPid = pid_t(m_keyring.processId());
    QCOMPARE(::kill(keyringPid, SIGSTOP), 0); // every keychain call now waits
    session.signInWithApiKey(ApiKey, true);
    QVERIFY(signedIn.wait(10000));
    QVERIFY(unavailable.wait(10000));
    QVERIFY2(unavailable.first().first().toString().contains(u"will not be remembered"),
             qPrintable(unavailable.first().first().toString()));

    // The keyring wakes up (the agent unlocked it after all) while the session refreshes its
    // 2-second token: what was queued runs now, and nothing may be left stored.
    QCOMPARE(::kill(keyringPid, SIGCONT), 0);
    QTest::qWait(3000);
    QCOMPARE(session.state(), Session::State::SignedIn);
    KeychainTokenStore reader(m_sandbox.url());
    for (const QString &key : {Session::refreshTokenKey(), Session::apiKeyKey()}) {
        QVERIFY2(
            QTest::qWaitFor([&] { return loadNow(reader, key).status == Status::NotFound; }, 10000),
            qPrintable(key + QStringLiteral(" stayed in the keychain")));
    }
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!session.isRemembered());
}

void TestKeychainSlow::lockedKeychainAtResumeSaysSo()
{
    KeychainTokenStore keychain(m_sandbox.url());
    keychain.setTimeoutMs(1500);
    QVERIFY(storeNow(keychain, Session::refreshTokenKey(), "kac-a-remembered-refresh-token"));

    kac::test::ConsoleFixture console(&keychain);
    console.window()->signIn()->useEndpoint(m_sandbox.url());
    Session &session = console.session();
    QSignalSpy required(&session, &Session::signInRequired);
    QSignalSpy unavailable(&session, &Session::keychainUnavailable);
    // The keyring waits on an unlock prompt the agent never answers: the dialog says why it
    // asks, rather than a bare "Please sign in." as if nothing had been remembered.
    const auto keyringPid = pid_t(m_keyring.processId());
    QCOMPARE(::kill(keyringPid, SIGSTOP), 0);
    session.resumeFromKeychain();
    QVERIFY(required.wait(15000));
    QCOMPARE(::kill(keyringPid, SIGCONT), 0);
    const QString reason = required.first().first().toString();
    QVERIFY2(reason.contains(u"keychain") && reason.contains(u"locked"), qPrintable(reason));
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(session.state(), Session::State::SignInRequired);
}

void TestKeychainSlow::keychainNoticeStaysUntilDismissed()
{
    KeychainTokenStore keychain(m_sandbox.url());
    keychain.setTimeoutMs(1000);
    kac::test::ConsoleFixture console(&keychain);
    console.window()->signIn()->useEndpoint(m_sandbox.url());
    Session &session = console.session();
    kac::ui::MainWindow &window = *console.window();
    QVERIFY(console.show());
    QSignalSpy unavailable(&session, &Session::keychainUnavailable);

    const auto keyringPid = pid_t(m_keyring.processId());
    QCOMPARE(::kill(keyringPid, SIGSTOP), 0);
    session.signInWithApiKey(ApiKey, true);
    QVERIFY(unavailable.wait(10000));
    QCOMPARE(::kill(keyringPid, SIGCONT), 0);
    kac::ui::NoticeBar *notice = window.noticeBar();
    const QString message = unavailable.first().first().toString();
    QCOMPARE(notice->text(), message);
    QVERIFY(notice->isVisible());
    QTest::qWait(6000); // the old status-bar message was gone after 5 s
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), message);
    notice->dismissButton()->click();
    QVERIFY(!notice->isVisible());
    QVERIFY(notice->text().isEmpty());
}

// Issue 14.7: a second console on the same profile (it lost the profile lock) may read the
// first one's remembered sign-in, but nothing it does (resuming and renewing, signing in
// without "Remember me", signing out) may overwrite or delete it, and it says so.
void TestKeychainSlow::secondConsoleOnTheProfileOnlyReadsTheKeychain()
{
    KeychainTokenStore keychain(m_sandbox.url());
    const auto forget = qScopeGuard([&keychain] {
        for (const QString &key : {Session::refreshTokenKey(), Session::apiKeyKey()}) {
            QObject context;
            bool removed = false;
            keychain.remove(key, &context, [&](const TokenStoreResult &) { removed = true; });
            (void)QTest::qWaitFor([&] { return removed; }, 10000); // best effort: clean-up
        }
    });
    QTemporaryDir profile;
    const QString userFile = profile.filePath(QStringLiteral("profile.ini"));
    const auto firstSettings =
        kac::models::AppSettings::openProfile(userFile, QSettings::IniFormat, nullptr);
    QVERIFY(!firstSettings->isSessionOnly());
    QByteArray remembered;
    {
        // The first console remembers its sign-in, then stays open (its settings hold the
        // lock) but idle, so what the keychain holds is what it stored.
        kac::test::ConsoleFixture first(&keychain, {}, firstSettings.get());
        first.window()->signIn()->useEndpoint(m_sandbox.url());
        QSignalSpy signedIn(&first.session(), &Session::signedIn);
        first.session().signInWithApiKey(ApiKey, true);
        QVERIFY(signedIn.wait(10000));
        QVERIFY(QTest::qWaitFor(
            [&] { return loadNow(keychain, Session::apiKeyKey()).secret == ApiKey.toUtf8(); },
            10000));
        remembered = loadNow(keychain, Session::refreshTokenKey()).secret;
        QVERIFY(!remembered.isEmpty());
    }

    const auto secondSettings =
        kac::models::AppSettings::openProfile(userFile, QSettings::IniFormat, nullptr);
    QVERIFY(secondSettings->isSessionOnly());
    kac::test::ConsoleFixture second(&keychain, {}, secondSettings.get());
    second.window()->signIn()->useEndpoint(m_sandbox.url());
    Session &session = second.session();
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy unavailable(&session, &Session::keychainUnavailable);
    // Reading is allowed: it resumes from the first console's sign-in, and renews its 2-second
    // token (a renewal stores the rotated refresh token when the sign-in is remembered).
    session.resumeFromKeychain();
    QVERIFY(signedIn.wait(10000));
    QTest::qWait(3000);
    QCOMPARE(session.state(), Session::State::SignedIn);
    // Signing in without "Remember me" and signing out both forget what is stored.
    session.signInWithApiKey(ApiKey, false);
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.size() >= 2, 10000);
    session.signOut();
    QTest::qWait(500); // the keychain jobs a wrong console would have started

    QCOMPARE(loadNow(keychain, Session::refreshTokenKey()).secret, remembered);
    QCOMPARE(loadNow(keychain, Session::apiKeyKey()).secret, ApiKey.toUtf8());
    QVERIFY(!unavailable.isEmpty());
    QVERIFY2(unavailable.first().first().toString().contains(
                 u"Another Kraken Agent Console is open with your profile"),
             qPrintable(unavailable.first().first().toString()));
}

void TestKeychainSlow::dismissedUnlockSaysSo()
{
    m_keyring.terminate(); // frees org.freedesktop.secrets for the locked one
    QVERIFY(m_keyring.waitForFinished(10000));
    QProcess locked;
    locked.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString script = QStringLiteral(KAC_LOCKED_SECRET_SERVICE);
    QVERIFY2(QFile::exists(script), "tests/support/locked-secret-service.py is missing");
    locked.start(QStringLiteral("/usr/bin/python3"), {script});
    const auto stop = qScopeGuard([&locked] {
        locked.closeWriteChannel(); // it exits when its stdin closes
        if (!locked.waitForFinished(5000))
            locked.kill();
    });
    QVERIFY2(locked.waitForReadyRead(15000) && locked.readLine().trimmed() == "ready",
             "the locked Secret Service did not start (python3-dbus and python3-gi needed)");

    KeychainTokenStore keychain(m_sandbox.url());
    QObject context;
    std::optional<TokenStoreResult> stored;
    keychain.store(Session::refreshTokenKey(), "kac-a-refresh-token", &context,
                   [&](const TokenStoreResult &r) { stored = r; });
    QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 15000));
    QCOMPARE(stored->status, Status::Locked);
    QVERIFY2(stored->message.contains(u"stayed locked (unlock cancelled)") &&
                 stored->message.contains(u"kept for this session only"),
             qPrintable(stored->message));
    const TokenStoreResult read = loadNow(keychain, Session::refreshTokenKey());
    QCOMPARE(read.status, Status::Locked);
    QCOMPARE(read.message, QStringLiteral("The keychain is locked; sign in to continue."));

    // At start-up: the sign-in dialog and the notice say the keychain stayed locked, not a
    // bare "Please sign in." as if nothing had been remembered.
    kac::test::ConsoleFixture console(&keychain);
    console.window()->signIn()->useEndpoint(m_sandbox.url());
    Session &session = console.session();
    kac::ui::MainWindow &window = *console.window();
    QVERIFY(console.show());
    QSignalSpy required(&session, &Session::signInRequired);
    QSignalSpy unavailable(&session, &Session::keychainUnavailable);
    session.resumeFromKeychain();
    QVERIFY(required.wait(15000));
    QCOMPARE(required.first().first().toString(), read.message);
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(window.noticeBar()->text(), read.message);

    // Signing in with "Remember me": kept for this session only, and the notice says why.
    window.noticeBar()->dismissButton()->click();
    QSignalSpy signedIn(&session, &Session::signedIn);
    session.signInWithApiKey(ApiKey, true);
    QVERIFY(signedIn.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 2, 15000);
    QCOMPARE(unavailable.last().first().toString(), stored->message);
    QCOMPARE(window.noticeBar()->text(), stored->message);
    QVERIFY(window.noticeBar()->isVisible());
    QVERIFY(!session.isRemembered());
}

int main(int argc, char *argv[])
{
    // A bus of our own: the keyring we stop and lock is ours alone.
    QProcess bus;
    // Nothing it starts (the keyring's unlock prompter) may show a window nobody answers.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    bus.setProcessEnvironment(environment);
    bus.start(QStringLiteral("dbus-daemon"),
              {QStringLiteral("--session"), QStringLiteral("--nofork"),
               QStringLiteral("--print-address=1")});
    QString address;
    if (bus.waitForStarted(10000) && bus.waitForReadyRead(10000))
        address = QString::fromUtf8(bus.readLine().trimmed());
    qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
    int status = 1;
    {
        QApplication app(argc, argv);
        TestKeychainSlow test(bus, address);
        QTEST_SET_MAIN_SOURCE_PATH
        status = QTest::qExec(&test, argc, argv);
    }
    bus.terminate();
    bus.waitForFinished(5000);
    return status;
}

#include "tst_keychain_slow.moc"
