#include "api/LocalSandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace kac::api {

namespace {
constexpr int kStopGraceMs = 3000;

QString nodeProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("KAC_NODE");
    return fromEnvironment.isEmpty() ? QStringLiteral("node") : fromEnvironment;
}
} // namespace

LocalSandbox::LocalSandbox(QObject *parent)
    : QObject(parent)
{
    // The sandbox's stderr goes to ours; it never prints secrets or customer data.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
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
    m_process.start(nodeProgram(), QStringList{QStringLiteral("server.js"), QStringLiteral("--port"),
                                               QStringLiteral("0")} + extraArguments);
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

} // namespace kac::api
