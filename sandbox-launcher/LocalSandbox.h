#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(kacSandbox) // kac.sandbox: the local sandbox process

namespace kac::launcher {

// Starts the bundled Kraken sandbox (`node sandbox/server.js --port 0 ...`) as a child process
// and reports its URL from the first line it prints. Asynchronous: never blocks the caller.
// The process is terminated (SIGTERM, then killed) when this object is destroyed.
class LocalSandbox : public QObject
{
    Q_OBJECT
public:
    explicit LocalSandbox(QObject *parent = nullptr);
    ~LocalSandbox() override;

    // Where server.js lives: $KAC_SANDBOX_DIR, the source tree this was built from, or the
    // installed share directory next to the executable. Empty when none exists.
    static QString locateSandboxDirectory();

    void start(const QStringList &extraArguments = {});
    void stop();
    QUrl url() const { return m_url; }
    bool isRunning() const;

signals:
    void ready(const QUrl &url);
    void failed(const QString &reason);

private:
    void readFirstLine();

    QProcess m_process;
    QUrl m_url;
    QByteArray m_stdoutBuffer;
};

} // namespace kac::launcher
