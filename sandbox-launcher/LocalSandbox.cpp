#include "sandbox-launcher/LocalSandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(kacSandbox, "kac.sandbox", QtInfoMsg)

namespace kac::launcher {

namespace {
constexpr int kStopGraceMs = 3000;

QString nodeProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("KAC_NODE");
    return fromEnvironment.isEmpty() ? QStringLiteral("node") : fromEnvironment;
}

// The sandbox must end with the console however the console ends, a SIGKILL or a crash
// included, when no destructor runs. Two independent ways, so either alone is enough:
// - everywhere: the sandbox runs with --exit-with-stdin and QProcess keeps the write end of
//   its stdin pipe open; the kernel closes it when this process dies, and the sandbox exits.
// - on Linux also the parent-death signal, which needs no cooperation from node: SIGTERM when
//   the thread that started the child (the UI thread) ends.
// Windows (a job object with JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE) and macOS (no parent-death
// signal) rely on the pipe; see packaging/README.md.
void tieChildToParent(QProcess &process)
{
#ifdef Q_OS_LINUX
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        // Runs in the child between fork and exec: async-signal-safe calls only.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) // the console died before prctl took effect
            ::_exit(1);
    });
#else
    Q_UNUSED(process);
#endif
}
} // namespace

LocalSandbox::LocalSandbox(QObject *parent)
    : QObject(parent)
{
    // The sandbox's stderr goes to ours; it never prints secrets or customer data.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    tieChildToParent(m_process);
    // Support staff (and the shutdown tests) can tell which node process is ours.
    connect(&m_process, &QProcess::started, this,
            [this] { qCInfo(kacSandbox, "sandbox process %lld", m_process.processId()); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalSandbox::readFirstLine);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (m_url.isEmpty())
            emit failed(tr("Could not start the sandbox (%1): %2")
                            .arg(nodeProgram(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_url.isEmpty())
            emit failed(tr("The sandbox exited before it was ready (exit code %1).").arg(exitCode));
    });
}

LocalSandbox::~LocalSandbox()
{
    stop();
}

QString LocalSandbox::locateSandboxDirectory()
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("KAC_SANDBOX_DIR");
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    // An installed copy comes before the source tree this binary was built from, so a package
    // built on one machine never reaches into that machine's checkout.
    const QDir appDir(QCoreApplication::applicationDirPath());
    candidates << appDir.filePath(QStringLiteral("../share/kraken-agent-console/sandbox"))
               << appDir.filePath(QStringLiteral("../Resources/sandbox")); // macOS bundle
#ifdef KAC_SOURCE_SANDBOX_DIR
    candidates << QStringLiteral(KAC_SOURCE_SANDBOX_DIR);
#endif
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo::exists(QDir(candidate).filePath(QStringLiteral("server.js"))))
            return QDir(candidate).canonicalPath();
    }
    return {};
}

void LocalSandbox::start(const QStringList &extraArguments)
{
    const QString directory = locateSandboxDirectory();
    if (directory.isEmpty()) {
        emit failed(tr("The sandbox was not found; set KAC_SANDBOX_DIR to its folder."));
        return;
    }
    m_url.clear();
    m_stdoutBuffer.clear();
    m_process.setWorkingDirectory(directory);
    m_process.start(nodeProgram(),
                    QStringList{QStringLiteral("server.js"), QStringLiteral("--port"),
                                QStringLiteral("0"), QStringLiteral("--exit-with-stdin")} +
                        extraArguments);
}

void LocalSandbox::readFirstLine()
{
    if (!m_url.isEmpty()) {
        m_process.readAllStandardOutput(); // later lines are informational only
        return;
    }
    m_stdoutBuffer += m_process.readAllStandardOutput();
    const qsizetype newline = m_stdoutBuffer.indexOf('\n');
    if (newline < 0)
        return;
    const QString line = QString::fromUtf8(m_stdoutBuffer.left(newline)).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^listening on (http://\\S+)$"));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch()) {
        emit failed(tr("The sandbox printed an unexpected first line."));
        return;
    }
    m_url = QUrl(match.captured(1));
    emit ready(m_url);
}

bool LocalSandbox::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void LocalSandbox::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(kStopGraceMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopGraceMs);
    }
}

} // namespace kac::launcher
