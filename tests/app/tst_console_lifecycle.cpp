#include "models/AppSettings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/types.h>

using kac::models::AppSettings;

namespace {
// Where the real console keeps its settings under XDG_CONFIG_HOME (QSettings' native format).
constexpr char kSettingsFile[] = "KrakenAgentConsole/Kraken Agent Console.conf";
constexpr char kProfileLock[] = "KrakenAgentConsole/Kraken Agent Console.instance.lock";

// True while `pid` is a live (not zombie) sandbox: node running server.js. The command line
// is checked so a recycled pid is never mistaken for ours.
bool sandboxAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray fields = stat.readAll();
    const qsizetype afterName = fields.lastIndexOf(')');
    if (afterName < 0 || fields.mid(afterName + 2, 1) == "Z")
        return false;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("server.js");
}

// The parent pid from /proc/<pid>/stat (0 when gone).
qint64 parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray fields = stat.readAll();
    const QList<QByteArray> rest = fields.mid(fields.lastIndexOf(')') + 2).split(' ');
    return rest.size() > 1 ? rest.at(1).toLongLong() : 0;
}

QString consoleBinary()
{
    // KAC_CONSOLE_BINARY in the environment runs the same checks on another build.
    return qEnvironmentVariable("KAC_CONSOLE_BINARY", QStringLiteral(KAC_CONSOLE_BINARY));
}

// A console's environment: a profile of its own (XDG_CONFIG_HOME and friends in `home`), the
// runtime folder its single-instance socket lives in (`runtime`, default home/runtime), offscreen.
QProcessEnvironment consoleEnvironment(const QString &home, const QString &runtime = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"})
        environment.insert(
            QLatin1String(name),
            QDir(home).filePath(QString::fromLatin1(name).mid(4).chopped(5).toLower()));
    const QString runtimeDir =
        runtime.isEmpty() ? QDir(home).filePath(QStringLiteral("runtime")) : runtime;
    QDir().mkpath(runtimeDir);
    QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

// One real console process, `kraken-agent-console --sandbox`, on a profile of its own.
class Console
{
public:
    explicit Console(const QString &home, const QString &runtime = {})
    {
        m_process.setProcessEnvironment(consoleEnvironment(home, runtime));
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(consoleBinary(), {QStringLiteral("--sandbox")});
    }
    ~Console()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        if (m_sandboxPid > 0 && sandboxAlive(m_sandboxPid))
            ::kill(static_cast<pid_t>(m_sandboxPid), SIGKILL); // never leave one behind
    }

    QProcess &process() { return m_process; }
    qint64 sandboxPid() const { return m_sandboxPid; }
    QString output() const { return QString::fromUtf8(m_output); }

    // Waits for the sandbox's pid (as the console logs it) and for the sign-in, after which
    // the tabs are open. Returns false on timeout.
    bool waitUntilSignedIn(int timeoutMs)
    {
        static const QRegularExpression pidLine(QStringLiteral("sandbox process (\\d+)"));
        return QTest::qWaitFor(
            [&] {
                m_output += m_process.readAll();
                const QRegularExpressionMatch match = pidLine.match(output());
                if (match.hasMatch())
                    m_sandboxPid = match.captured(1).toLongLong();
                return m_sandboxPid > 0 && m_output.contains("signed in to the sandbox");
            },
            timeoutMs);
    }

    void signal(int number) { ::kill(static_cast<pid_t>(m_process.processId()), number); }

private:
    QProcess m_process;
    QByteArray m_output;
    qint64 m_sandboxPid = 0;
};
} // namespace

// The real console binary, however it ends (issue 22), and with the settings files others
// may leave it (issues 14.3, 14.7): no sandbox survives it, and nothing it should keep is lost.
class TestConsoleLifecycle : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString settingsPath() const
    {
        return QDir(m_home.path())
            .filePath(QStringLiteral("config/") + QLatin1String(kSettingsFile));
    }
    QString lockPath() const
    {
        return QDir(m_home.path())
            .filePath(QStringLiteral("config/") + QLatin1String(kProfileLock));
    }

    QStringList savedTabs() const
    {
        QSettings saved(settingsPath(), QSettings::IniFormat);
        return saved.value(AppSettings::kOpenTabs).toStringList();
    }

    void writeSettings(const QByteArray &contents)
    {
        QDir().mkpath(QFileInfo(settingsPath()).absolutePath());
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(contents);
    }

private slots:
    void init()
    {
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).removeRecursively();
        QDir().mkpath(m_home.path());
    }

    // A desktop log-out sends SIGTERM: the console closes through its normal path (exit code 0,
    // tabs saved, profile released) and its sandbox is stopped, not orphaned.
    void sigtermClosesNormallyAndStopsTheSandbox()
    {
        Console console(m_home.path());
        QVERIFY2(console.waitUntilSignedIn(60000), qPrintable(console.output()));
        const qint64 sandbox = console.sandboxPid();
        QVERIFY(sandboxAlive(sandbox));
        QCOMPARE(parentOf(sandbox), console.process().processId());
        console.signal(SIGTERM); // at once: the demo tab was opened a moment ago

        QVERIFY(console.process().waitForFinished(15000));
        QCOMPARE(console.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.process().exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!sandboxAlive(sandbox), 5000);
        QCOMPARE(savedTabs(), QStringList{QStringLiteral("A-2B7E41C9")});
        QVERIFY(!QFileInfo::exists(lockPath())); // released: the normal path ran
    }

    void sigintClosesNormallyToo()
    {
        Console console(m_home.path());
        QVERIFY2(console.waitUntilSignedIn(60000), qPrintable(console.output()));
        const qint64 sandbox = console.sandboxPid();
        console.signal(SIGINT);
        QVERIFY(console.process().waitForFinished(15000));
        QCOMPARE(console.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.process().exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!sandboxAlive(sandbox), 5000);
    }

    // SIGKILL (or a crash) runs no code of the console's: the sandbox must notice on its own.
    // The next console takes over the dead one's profile.
    void sigkillStillEndsTheSandbox()
    {
        qint64 sandbox = 0;
        {
            Console console(m_home.path());
            QVERIFY2(console.waitUntilSignedIn(60000), qPrintable(console.output()));
            sandbox = console.sandboxPid();
            QVERIFY(sandboxAlive(sandbox));
            console.signal(SIGKILL);
            QVERIFY(console.process().waitForFinished(15000));
            QCOMPARE(console.process().exitStatus(), QProcess::CrashExit);
            QTRY_VERIFY_WITH_TIMEOUT(!sandboxAlive(sandbox), 5000);
        }
        // The dead console's lock is still there. Forget its tabs: the next console opens the
        // demo account and saves it only if it owns the profile (not session-only).
        QVERIFY(QFileInfo::exists(lockPath()));
        writeSettings("[ui]\nrestoreTabs=true\n");
        Console next(m_home.path());
        QVERIFY2(next.waitUntilSignedIn(60000), qPrintable(next.output()));
        next.signal(SIGTERM);
        QVERIFY(next.process().waitForFinished(15000));
        QCOMPARE(next.process().exitCode(), 0);
        QCOMPARE(savedTabs(), QStringList{QStringLiteral("A-2B7E41C9")});
    }

    // Issue 14.3 with the real sandbox: 3,003 stored tabs, junk and a 5 MB entry do not freeze
    // the console; it restores at most 20 and repairs the file.
    void hostileSettingsStartQuickly()
    {
        QByteArray tabs = "not-an-account, A-5C19D3E8";
        for (int i = 0; i < 3001; ++i)
            tabs += ", A-" + QByteArray::number(0x10000000 + i, 16).toUpper();
        writeSettings("[ui]\nopenTabs=" + tabs +
                      "\nrecentAccounts=" + QByteArray(5 * 1024 * 1024, '7') + ", A-2B7E41C9\n");
        QElapsedTimer clock;
        clock.start();
        Console console(m_home.path());
        QVERIFY2(console.waitUntilSignedIn(60000), qPrintable(console.output()));
        const qint64 startup = clock.elapsed();
        console.signal(SIGTERM);
        QVERIFY(console.process().waitForFinished(15000));
        QCOMPARE(console.process().exitCode(), 0);
        QVERIFY2(startup < 30000, qPrintable(QString::number(startup)));
        const QStringList saved = savedTabs();
        QCOMPARE(saved.size(), AppSettings::kMaxOpenTabs);
        QCOMPARE(saved.first(), QStringLiteral("A-5C19D3E8"));
        QVERIFY(QFileInfo(settingsPath()).size() < 4096);
    }

    // Issue 14.3: a 55 MB settings file: set aside unread, the console starts on defaults.
    void oversizeSettingsFileIsSetAside()
    {
        writeSettings("[ui]\nrecentAccounts=" + QByteArray(55 * 1024 * 1024, 'B') + "\n");
        Console console(m_home.path());
        QVERIFY2(console.waitUntilSignedIn(60000), qPrintable(console.output()));
        console.signal(SIGTERM);
        QVERIFY(console.process().waitForFinished(15000));
        QCOMPARE(console.process().exitCode(), 0);
        QCOMPARE(savedTabs(), QStringList{QStringLiteral("A-2B7E41C9")});
        const QStringList aside =
            QFileInfo(settingsPath())
                .dir()
                .entryList({QFileInfo(settingsPath()).fileName() + QStringLiteral(".too-large-*")});
        QCOMPARE(aside.size(), 1);
    }

    // Issue 14.7: a second console on the same profile, both ended by SIGTERM: each stops its
    // own sandbox, and the first console's tabs are what the profile keeps.
    void twoConsolesOnOneProfile()
    {
        writeSettings("[ui]\nopenTabs=A-5C19D3E8, A-7D20A6F3\n");
        Console first(m_home.path());
        QVERIFY2(first.waitUntilSignedIn(60000), qPrintable(first.output()));
        // A second console normally hands over to the first and exits (popsReachTheRunning-
        // Console); one that cannot see the first's socket (another runtime folder) starts.
        Console second(m_home.path(), QDir(m_home.path()).filePath(QStringLiteral("runtime-2")));
        QVERIFY2(second.waitUntilSignedIn(60000), qPrintable(second.output()));
        QVERIFY(first.sandboxPid() != second.sandboxPid());
        second.signal(SIGTERM);
        QVERIFY(second.process().waitForFinished(15000));
        QCOMPARE(second.process().exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!sandboxAlive(second.sandboxPid()), 5000);
        QVERIFY(sandboxAlive(first.sandboxPid()));
        first.signal(SIGTERM);
        QVERIFY(first.process().waitForFinished(15000));
        QCOMPARE(first.process().exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!sandboxAlive(first.sandboxPid()), 5000);
        QCOMPARE(savedTabs(),
                 (QStringList{QStringLiteral("A-5C19D3E8"), QStringLiteral("A-7D20A6F3")}));
    }

    // Issue 18: a console started while one runs hands its pop (or just "come to the front") to
    // the running one and exits 0; every command-line form and the URL open their fixed
    // account there; a refused pop exits 2 and opens nothing.
    void popsReachTheRunningConsole()
    {
        writeSettings("[ui]\nopenTabs=A-8E4B92D1\n"); // so the demo account is not opened
        Console first(m_home.path());
        QVERIFY2(first.waitUntilSignedIn(60000), qPrintable(first.output()));
        const auto hand = [this](const QStringList &arguments, QString *output) {
            QProcess second;
            second.setProcessEnvironment(consoleEnvironment(m_home.path()));
            second.setProcessChannelMode(QProcess::MergedChannels);
            second.start(consoleBinary(), arguments);
            if (!second.waitForFinished(20000))
                return -1;
            *output = QString::fromUtf8(second.readAll());
            return second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -2;
        };
        const auto tabsSoon = [this](const QString &account) {
            return QTest::qWaitFor([&] { return savedTabs().contains(account); }, 20000);
        };
        QString output;
        QCOMPARE(hand({}, &output), 0); // nothing to pop: the running one comes to the front
        QVERIFY2(output.contains(u"already running"), qPrintable(output));

        // Refused first, while the account they name is not open: nothing may open it.
        QCOMPARE(
            hand({QStringLiteral("kraken-agent-console://pop?phone=0491570737&exec=sh")}, &output),
            2);
        QVERIFY2(output.contains(u"exec is not"), qPrintable(output));
        QCOMPARE(
            hand({QStringLiteral("--pop-account"), QStringLiteral("../../etc/passwd")}, &output),
            2);
        QTest::qWait(1000);
        QVERIFY(!savedTabs().contains(u"A-4E2A9C07"));

        struct Form
        {
            QStringList arguments;
            QString account;
        };
        const QList<Form> forms = {
            {{QStringLiteral("--pop-phone"), QStringLiteral("0491 570 157")},
             QStringLiteral("A-5C19D3E8")},
            {{QStringLiteral("--pop-account"), QStringLiteral("a-7d20a6f3")},
             QStringLiteral("A-7D20A6F3")},
            {{QStringLiteral("--pop-nmi"), QStringLiteral("6203501847")},
             QStringLiteral("A-3C8F17A4")},
            {{QStringLiteral("--pop-mirn"), QStringLiteral("5261038472")},
             QStringLiteral("A-9A63F05B")},
            {{QStringLiteral("--pop-call"), QStringLiteral("880001")}, // Bronwyn's fixed call
             QStringLiteral("A-2B7E41C9")},
            {{QStringLiteral("kraken-agent-console://pop?phone=%2B61491570737&contact=c-1")},
             QStringLiteral("A-4E2A9C07")},
        };
        for (const Form &form : forms) {
            QCOMPARE(hand(form.arguments, &output), 0);
            QVERIFY2(tabsSoon(form.account), qPrintable(form.account + u' ' + first.output()));
        }

        first.signal(SIGTERM);
        QVERIFY(first.process().waitForFinished(15000));
        QCOMPARE(first.process().exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConsoleLifecycle)
#include "tst_console_lifecycle.moc"
