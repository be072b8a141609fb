#include "support/SandboxFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

namespace kac::test {

SandboxFixture::SandboxFixture() = default;

SandboxFixture::~SandboxFixture()
{
    keepRequestLog();
}

void SandboxFixture::keepRequestLog() const
{
    // CTest collects every test's request log so graphql_variables_valid can check the variables
    // the console really sent against the live Kraken schemas (tests/CMakeLists.txt).
    const QString collectDir = qEnvironmentVariable("KAC_REQUEST_LOG_COLLECT_DIR");
    // A sandbox serving a variant schema (--hide, --password-sign-in) acts out another Kraken:
    // what the console sends it is checked by that test, not against the reference.
    if (collectDir.isEmpty() || m_servesVariantSchema || !QFile::exists(requestLogPath()))
        return;
    QDir().mkpath(collectDir);
    static int kept = 0;
    const QString name = QStringLiteral("%1-%2-%3.jsonl")
                             .arg(QCoreApplication::applicationName())
                             .arg(QCoreApplication::applicationPid())
                             .arg(++kept);
    QFile::copy(requestLogPath(), QDir(collectDir).filePath(name));
}

QString SandboxFixture::requestLogPath() const
{
    return m_directory.filePath(QStringLiteral("requests.jsonl"));
}

bool SandboxFixture::start(const QStringList &extraArguments, int timeoutMs)
{
    m_servesVariantSchema = extraArguments.contains(QLatin1String("--password-sign-in")) ||
                            extraArguments.contains(QLatin1String("--hide"));
    QSignalSpy ready(&m_sandbox, &launcher::LocalSandbox::ready);
    QSignalSpy failed(&m_sandbox, &launcher::LocalSandbox::failed);
    m_sandbox.start(QStringList{QStringLiteral("--request-log"), requestLogPath()} +
                    extraArguments);
    const bool answered =
        QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, timeoutMs);
    if (!answered) {
        m_failure = QStringLiteral("the sandbox did not report its URL in time");
        return false;
    }
    if (!failed.isEmpty()) {
        m_failure = failed.first().first().toString();
        return false;
    }
    return true;
}

QList<QJsonObject> SandboxFixture::requestLog() const
{
    QList<QJsonObject> lines;
    QFile file(requestLogPath());
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    const QList<QByteArray> rawLines = file.readAll().split('\n');
    for (const QByteArray &raw : rawLines) {
        if (!raw.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(raw).object();
    }
    return lines;
}

bool SandboxFixture::setFault(const QString &spec)
{
    QUrl faultUrl = url();
    faultUrl.setPath(QStringLiteral("/sandbox/fault"));
    QNetworkAccessManager network;
    QNetworkRequest request(faultUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
    QNetworkReply *reply = network.put(request, spec.toUtf8());
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    const bool ok = finished && reply->error() == QNetworkReply::NoError &&
                    answer.value(QLatin1String("fault")).toString() == spec;
    if (!ok)
        m_failure =
            QStringLiteral("setting the fault '%1' failed: %2").arg(spec, reply->errorString());
    delete reply;
    return ok;
}

} // namespace kac::test
