// No secret and no revealed PII left behind: a full agent session against the real sandbox
// (password + remember me, then API key + remember me; search, open accounts, reveal the masked
// contact details, open every section, properties, a campaign with phones revealed; a token
// renewal; sign out), then every place the console could have written to is scanned:
//   - the settings, cache, data and state directories (XDG_* pointed at a temporary directory
//     for this process before QApplication exists; the keyring lives elsewhere, see below),
//   - everything the process logged (a Qt message handler with every kac.* debug category on,
//     plus the process's own stderr, redirected to a file),
//   - the sandbox's request log.
// None may contain the password, the API key, any access or refresh token of the session, or
// the customers' email, phone numbers or date of birth (in the forms the console shows them).
//
// The keyring: scripts/lib/with-keyring.sh runs gnome-keyring with its files under ITS
// XDG_DATA_HOME (…/keyrings); this process uses another XDG_DATA_HOME, so the two never mix.
// That directory legitimately holds the remembered secrets, encrypted; keyringIsEncrypted()
// checks that none of them is readable there in plain text while they are stored.
//
// Run: dbus-run-session -- scripts/lib/with-keyring.sh ctest --preset dev -R secrets_guard
#include "api/ErrorCatalog.h"
#include "api/KeychainTokenStore.h"
#include "api/Session.h"
#include "api/Transport.h"
#include "kac/BuildInfo.h"
#include "models/AppSettings.h"
#include "models/PagedLoader.h"
#include "models/accounts/AccountSearchService.h"
#include "models/accounts/AccountSections.h"
#include "models/accounts/AccountService.h"
#include "models/accounts/SectionLoader.h"
#include "models/actions/AccountNoteSender.h"
#include "models/campaigns/CampaignItemModel.h"
#include "models/campaigns/CampaignService.h"
#include "models/properties/PropertyService.h"
#include "support/SandboxFixture.h"
#include "ui/AccountTab.h"
#include "ui/ConsoleContext.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <optional>
#include <unistd.h>

using namespace kac;

namespace {

// The reference ObtainJSONWebTokenInput has no email or password: the first session signs in
// with the organisation secret key (a secret that must leak nowhere, and is never stored).
const QString OrganizationKey = QStringLiteral("sk_sandbox_org_secret");
const QString ApiKey = QStringLiteral("sk_sandbox_agent_key");

// Fixed sandbox customers (sandbox/README.md) and the PII the console masks until revealed,
// in every form it might be written: as Kraken sends it and as the console displays it.
const QString BronwynAccount = QStringLiteral("A-2B7E41C9");
const QString RajeshAccount = QStringLiteral("A-9A63F05B");
const QStringList Pii = {
    QStringLiteral("bronwyn.tregellas@bigpond.com"),
    QStringLiteral("+61491570156"),
    QStringLiteral("0491570156"),
    QStringLiteral("0491 570 156"),
    QStringLiteral("+61255501234"),
    QStringLiteral("(02) 5550 1234"),
    QStringLiteral("1951-03-14"),
    QStringLiteral("14/03/1951"),
    QStringLiteral("14 Mar 1951"), // the console's one date format (models/DisplayTime)
    QStringLiteral("rajesh.venkataraman@yahoo.com.au"),
    QStringLiteral("+61491570110"),
    QStringLiteral("0491570110"),
    QStringLiteral("0491 570 110"),
    QStringLiteral("1983-05-09"),
    QStringLiteral("09/05/1983"),
};

// Set up in main() before QApplication exists (QStandardPaths and QSettings read them once).
QTemporaryDir *g_home = nullptr;
QString g_keyringDir; // where with-keyring.sh's gnome-keyring keeps its files
QString g_stderrPath; // this process's stderr, redirected
QMutex g_logMutex;
QStringList g_log; // every message through Qt's logging
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QStringLiteral("[%1] %2").arg(QString::fromLatin1(context.category), message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message); // QTest prints it (stdout)
}

struct Hit
{
    QString where;
    QString what;
};

// The forms a secret could take on disk or in a log line.
QList<QByteArray> encodings(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QList<QByteArray> forms{
        utf8, QByteArray(reinterpret_cast<const char *>(value.utf16()), value.size() * 2),
        utf8.toBase64(), utf8.toPercentEncoding()};
    forms.removeAll(QByteArray());
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    return forms;
}

void scan(const QString &where, const QByteArray &bytes, const QMap<QString, QString> &needles,
          QList<Hit> &hits)
{
    for (auto it = needles.begin(); it != needles.end(); ++it) {
        for (const QByteArray &form : encodings(it.value())) {
            if (bytes.contains(form)) {
                hits << Hit{where, it.key()};
                break;
            }
        }
    }
}

void scanDirectory(const QString &root, const QMap<QString, QString> &needles, QList<Hit> &hits,
                   int *files)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++*files;
        scan(QDir(root).relativeFilePath(path), file.readAll(), needles, hits);
    }
}

template <typename Predicate> bool waitFor(Predicate predicate, int timeoutMs)
{
    return QTest::qWaitFor(predicate, timeoutMs) || predicate();
}

} // namespace

class SecretsGuardTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullSessionLeavesNothingBehind();
    void cleanupTestCase();

private:
    std::optional<QByteArray> loadSecret(api::TokenStore &store, const QString &key);
    void remember(const QString &label, const QByteArray &secret);
    void useTheConsole(ui::MainWindow &window, api::Transport &transport, const QString &account);
    void checkKeyringIsEncrypted();

    test::SandboxFixture m_sandbox;
    QMap<QString, QString> m_secrets; // label -> value
    int m_accessTokens = 0;
    int m_refreshTokens = 0;
    bool m_keyringChecked = false;
};

void SecretsGuardTest::initTestCase()
{
    // After QTest::qExec() installed its own handler (which prints to stdout): ours records
    // every message, then hands it on.
    g_previousHandler = qInstallMessageHandler(captureMessage);
    // Access tokens live 3 s, so the session renews (and rotates the refresh token) during
    // the test: the renewed tokens must not leak either.
    QVERIFY2(m_sandbox.start({QStringLiteral("--token-ttl"), QStringLiteral("3")}),
             qPrintable(m_sandbox.failure()));
    m_secrets.insert(QStringLiteral("organisation secret key"), OrganizationKey);
    m_secrets.insert(QStringLiteral("API key"), ApiKey);
}

std::optional<QByteArray> SecretsGuardTest::loadSecret(api::TokenStore &store, const QString &key)
{
    QObject context;
    std::optional<api::TokenStoreResult> result;
    store.load(key, &context, [&](const api::TokenStoreResult &r) { result = r; });
    if (!waitFor([&] { return result.has_value(); }, 10000) || !result->ok())
        return std::nullopt;
    return result->secret;
}

void SecretsGuardTest::remember(const QString &label, const QByteArray &secret)
{
    if (secret.isEmpty())
        return;
    const QString value = QString::fromUtf8(secret);
    for (const QString &known : std::as_const(m_secrets)) {
        if (known == value)
            return;
    }
    m_secrets.insert(label, value);
    // A JWT's signature alone is as good as the token to someone holding the rest.
    const QList<QByteArray> parts = secret.split('.');
    if (parts.size() == 3 && parts.at(2).size() >= 16)
        m_secrets.insert(label + QStringLiteral(" (signature)"), QString::fromLatin1(parts.at(2)));
}

void SecretsGuardTest::useTheConsole(ui::MainWindow &window, api::Transport &transport,
                                     const QString &account)
{
    // Search by name (never by the customer's email: a search term is sent to the server).
    {
        models::AccountSearchService search(&transport);
        QSignalSpy state(&search, &models::AccountSearchService::stateChanged);
        search.setText(account == BronwynAccount ? QStringLiteral("Tregellas")
                                                 : QStringLiteral("Venkataraman"));
        search.searchNow();
        QVERIFY(waitFor(
            [&] { return search.state() == models::AccountSearchService::State::Loaded; }, 15000));
    }

    // Open the account in the real window and reveal every masked contact field.
    ui::AccountTab *tab = window.openAccount(account);
    QVERIFY(tab);
    QVERIFY2(
        waitFor([&] { return tab->service()->state() == models::AccountService::State::Loaded; },
                15000),
        qPrintable(tab->service()->error().summary()));
    QCoreApplication::processEvents();
    const QList<QPushButton *> reveals = tab->findChildren<QPushButton *>();
    int revealed = 0;
    for (QPushButton *button : reveals) {
        if (!button->objectName().endsWith(QLatin1String("_reveal")))
            continue;
        QTest::mouseClick(button, Qt::LeftButton);
        ++revealed;
    }
    if (revealed == 0)
        qWarning("no Reveal buttons in the account tab: the PII is only loaded, not revealed");
    QVERIFY(!tab->service()->overview().contacts.isEmpty());

    // Every section, as the agent clicking through the tabs would.
    for (const models::AccountSectionSpec &spec : models::accountSections()) {
        models::SectionLoader *loader = tab->service()->section(spec.id);
        QVERIFY(loader);
        loader->load();
    }
    QVERIFY(waitFor(
        [&] {
            for (const models::AccountSectionSpec &spec : models::accountSections()) {
                if (tab->service()->section(spec.id)->isLoading())
                    return false;
            }
            return true;
        },
        30000));

    // Properties, and a campaign's items with the customers' phone numbers revealed.
    models::PropertyService properties(&transport);
    properties.loadProperties(account);
    QVERIFY(waitFor(
        [&] {
            return properties.propertiesState() != models::LoadState::Loading &&
                   properties.propertiesState() != models::LoadState::Idle;
        },
        15000));
    // A note on the account: what the agent typed about the customer is theirs, not the logs'.
    {
        const QString note = QStringLiteral("Customer said the side gate code is 4417-Q");
        m_secrets.insert(QStringLiteral("account note text"), note);
        models::AccountNoteSender notes(&transport, account);
        QVERIFY(notes.sendNote(note, false));
        QVERIFY(waitFor([&] { return notes.state() == models::AccountNoteSender::State::Done; },
                        15000));
    }
    models::CampaignService campaigns(&transport);
    campaigns.openCampaign(QStringLiteral("VC-1001"));
    QVERIFY(waitFor([&] { return campaigns.items()->rowCount() > 0; }, 15000));
    campaigns.items()->setPhonesRevealed(true);
    for (int row = 0; row < campaigns.items()->rowCount(); ++row) {
        for (int column = 0; column < campaigns.items()->columnCount(); ++column)
            (void)campaigns.items()->data(campaigns.items()->index(row, column));
    }
}

void SecretsGuardTest::checkKeyringIsEncrypted()
{
    // gnome-keyring writes its file when an item changes; give it a moment.
    QTest::qWait(500);
    QDir dir(g_keyringDir);
    const QStringList files = dir.entryList(QDir::Files);
    if (files.isEmpty()) {
        qWarning("no keyring files under %s: cannot check they are encrypted",
                 qPrintable(g_keyringDir));
        return;
    }
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QList<Hit> hits;
        scan(name, bytes, m_secrets, hits);
        for (const Hit &hit : hits)
            qWarning("keyring file %s holds the %s in plain text", qPrintable(name),
                     qPrintable(hit.what));
        QVERIFY2(hits.isEmpty(), "the keyring stores remembered secrets unencrypted");
        if (name.endsWith(QLatin1String(".keyring")))
            QVERIFY2(bytes.startsWith(QByteArray("GnomeKeyring\n\r\0\n", 16)),
                     qPrintable(name + QStringLiteral(" is not a gnome-keyring binary file")));
    }
    m_keyringChecked = true;
}

void SecretsGuardTest::fullSessionLeavesNothingBehind()
{
    const QUrl endpoint = m_sandbox.url();
    {
        api::Transport transport;
        api::KeychainTokenStore store(endpoint);
        api::Session session(&transport, &store);
        transport.setEndpoint(endpoint);
        transport.setAuthenticator(&session);
        session.setRenewalBackoff(100, 400);
        std::unique_ptr<models::AppSettings> settings = models::AppSettings::openStandardScopes();
        settings->setValue(models::AppSettings::kEndpointUrl, endpoint.toString());
        const api::ErrorCatalog errors;
        ui::ConsoleContext context{&transport, &session, settings.get(), &errors};
        auto window = std::make_unique<ui::MainWindow>(context);
        window->setEndpoint(endpoint);
        window->show();

        int renewals = 0;
        connect(&session, &api::Session::accessTokenRenewed, this, [&] {
            ++renewals;
            remember(QStringLiteral("access token #%1").arg(++m_accessTokens),
                     session.accessToken());
        });

        // 1. Organisation secret key, remembered.
        QSignalSpy signedIn(&session, &api::Session::signedIn);
        session.signInWithOrganizationSecretKey(OrganizationKey, true);
        QVERIFY(waitFor([&] { return !signedIn.isEmpty(); }, 15000));
        remember(QStringLiteral("access token #%1").arg(++m_accessTokens), session.accessToken());
        const std::optional<QByteArray> refresh =
            loadSecret(store, api::Session::refreshTokenKey());
        QVERIFY2(refresh.has_value(), "the refresh token was not remembered: is the keyring up "
                                      "(dbus-run-session -- scripts/lib/with-keyring.sh)?");
        remember(QStringLiteral("refresh token #%1").arg(++m_refreshTokens), *refresh);
        checkKeyringIsEncrypted();

        useTheConsole(*window, transport, BronwynAccount);
        // Outlive the 3 s token at least once, so a renewal (and rotation) happens.
        QVERIFY(waitFor([&] { return renewals > 0; }, 10000));
        if (const auto rotated = loadSecret(store, api::Session::refreshTokenKey()))
            remember(QStringLiteral("refresh token #%1").arg(++m_refreshTokens), *rotated);

        QSignalSpy signedOut(&session, &api::Session::signedOut);
        session.signOut();
        QVERIFY(waitFor([&] { return !signedOut.isEmpty(); }, 10000));

        // 2. API key, remembered.
        signedIn.clear();
        session.signInWithApiKey(ApiKey, true);
        QVERIFY(waitFor([&] { return !signedIn.isEmpty(); }, 15000));
        remember(QStringLiteral("access token #%1").arg(++m_accessTokens), session.accessToken());
        if (const auto refreshed = loadSecret(store, api::Session::refreshTokenKey()))
            remember(QStringLiteral("refresh token #%1").arg(++m_refreshTokens), *refreshed);
        QVERIFY2(loadSecret(store, api::Session::apiKeyKey()).has_value(),
                 "the API key was not remembered");
        checkKeyringIsEncrypted();
        useTheConsole(*window, transport, RajeshAccount);

        signedOut.clear();
        session.signOut();
        QVERIFY(waitFor([&] { return !signedOut.isEmpty(); }, 10000));
        // Signing out forgets the remembered secrets.
        QVERIFY(waitFor(
            [&] {
                return !loadSecret(store, api::Session::refreshTokenKey()).has_value() &&
                       !loadSecret(store, api::Session::apiKeyKey()).has_value();
            },
            5000));

        window.reset(); // closing writes the open tabs to the settings
        settings.reset();
        transport.setAuthenticator(nullptr);
    }
    QCoreApplication::processEvents();
    QCOMPARE(m_secrets.value(QStringLiteral("API key")), ApiKey);
    QVERIFY(m_accessTokens >= 3);
    QVERIFY(m_refreshTokens >= 2);

    QMap<QString, QString> needles = m_secrets;
    for (const QString &pii : Pii)
        needles.insert(QStringLiteral("PII \"%1\"").arg(pii), pii);

    QList<Hit> hits;
    int files = 0;
    scanDirectory(g_home->path(), needles, hits, &files);
    QVERIFY2(files > 0, "the console wrote no settings at all: the scan would prove nothing");

    QStringList log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY2(log.size() > 10, "kac.* debug logging did not reach the message handler");
    scan(QStringLiteral("Qt log"), log.join(QLatin1Char('\n')).toUtf8(), needles, hits);
    std::fflush(stderr);
    QFile stderrFile(g_stderrPath);
    QVERIFY(stderrFile.open(QIODevice::ReadOnly));
    scan(QStringLiteral("stderr"), stderrFile.readAll(), needles, hits);
    QFile requestLog(m_sandbox.requestLogPath());
    QVERIFY(requestLog.open(QIODevice::ReadOnly));
    scan(QStringLiteral("sandbox request log"), requestLog.readAll(), needles, hits);

    QStringList report;
    for (const Hit &hit : std::as_const(hits))
        report << QStringLiteral("%1 in %2").arg(hit.what, hit.where);
    QVERIFY2(hits.isEmpty(), qPrintable(report.join(QStringLiteral("; "))));
    qInfo("scanned %d files, %lld log lines, stderr and the request log for %lld values", files,
          qlonglong(log.size()), qlonglong(needles.size()));
    QVERIFY(m_keyringChecked || g_keyringDir.isEmpty());
}

void SecretsGuardTest::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

int main(int argc, char *argv[])
{
    // Where gnome-keyring keeps its files (with-keyring.sh's XDG_DATA_HOME), before we move ours.
    const QByteArray keyringData = qgetenv("XDG_DATA_HOME");
    g_keyringDir = QString::fromLocal8Bit(keyringData.isEmpty() ? qgetenv("HOME") + "/.local/share"
                                                                : keyringData) +
                   QStringLiteral("/keyrings");

    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    g_home = &home;
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"}) {
        const QString dir = home.filePath(QString::fromLatin1(name).mid(4).toLower());
        QDir().mkpath(dir);
        qputenv(name, QFile::encodeName(dir));
    }
    // Everything the console can say, said.
    qputenv("QT_LOGGING_RULES", "kac.*.debug=true");

    // This process's stderr goes to a file that is scanned too (QTest reports on stdout).
    QTemporaryDir logs;
    g_stderrPath = logs.filePath(QStringLiteral("stderr.txt"));
    std::fflush(stderr);
    const int savedStderr = dup(fileno(stderr));
    if (!std::freopen(qPrintable(g_stderrPath), "w", stderr))
        return 2;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(kac::kApplicationName));
    QApplication::setOrganizationName(QString::fromLatin1(kac::kOrganizationName));
    int status = 0;
    {
        SecretsGuardTest test;
        status = QTest::qExec(&test, argc, argv);
    }
    std::fflush(stderr);
    dup2(savedStderr, fileno(stderr));
    return status;
}

#include "tst_secrets_guard.moc"
