#pragma once

#include "sandbox-launcher/LocalSandbox.h"

#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace kac::test {

// Starts a real sandbox for one test program, with a request log in a temporary directory.
// Usage: SandboxFixture sandbox; QVERIFY2(sandbox.start({"--token-ttl", "2"}), ...);
class SandboxFixture
{
public:
    SandboxFixture();
    ~SandboxFixture();
    SandboxFixture(const SandboxFixture &) = delete;
    SandboxFixture &operator=(const SandboxFixture &) = delete;

    // Starts the sandbox and waits (spinning the event loop) until it reports its URL.
    bool start(const QStringList &extraArguments = {}, int timeoutMs = 30000);
    QUrl url() const { return m_sandbox.url(); }
    QString failure() const { return m_failure; }
    QString requestLogPath() const;

    // Every request-log line written so far, parsed.
    QList<QJsonObject> requestLog() const;

    // Sets the fault for requests without an X-Sandbox-Fault header (needs --allow-faults),
    // e.g. "http-503;op=AccountTransactions"; empty clears it. Waits for the sandbox's answer.
    bool setFault(const QString &spec);

private:
    void keepRequestLog() const;

    launcher::LocalSandbox m_sandbox;
    QTemporaryDir m_directory;
    QString m_failure;
    bool m_servesVariantSchema = false;
};

} // namespace kac::test
