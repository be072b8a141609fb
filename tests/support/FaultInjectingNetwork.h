#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QString>
#include <functional>

namespace kac::test {

// The test-only network seam: a QNetworkAccessManager a test hands to its Transport
// (Transport(QNetworkAccessManager *)), which adds the sandbox's X-Sandbox-Fault header to the
// requests a rule picks. The sandbox's run-time fault (SandboxFixture::setFault) hits every
// request alike (or every one of an operation); this picks single requests, so a fault can hit
// one service while another account loads untouched on the same transport, or start at the
// n-th page of an export. Shipping code knows nothing of faults.
class FaultInjectingNetwork : public QNetworkAccessManager
{
public:
    // Whether a request gets the fault, from its GraphQL operation name and its JSON body.
    using Picker = std::function<bool(const QString &operationName, const QByteArray &body)>;

    using QNetworkAccessManager::QNetworkAccessManager;

    // From now on, the picked requests (every request when `picks` is empty) carry `fault`,
    // starting with the `fromMatch`-th picked one (1-based). An empty fault clears it.
    void setFault(const QByteArray &fault, Picker picks = {}, int fromMatch = 1);
    void clearFault() { setFault({}); }

    // Requests that carried the fault since the last setFault.
    int faultedCount() const { return m_faulted; }

    // Picks only requests of this operation.
    static Picker operation(const QString &operationName);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QByteArray m_fault;
    Picker m_picks;
    int m_fromMatch = 1;
    int m_matched = 0;
    int m_faulted = 0;
};

} // namespace kac::test
