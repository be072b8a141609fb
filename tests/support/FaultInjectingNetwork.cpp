#include "support/FaultInjectingNetwork.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

namespace kac::test {

void FaultInjectingNetwork::setFault(const QByteArray &fault, Picker picks, int fromMatch)
{
    m_fault = fault;
    m_picks = std::move(picks);
    m_fromMatch = fromMatch;
    m_matched = 0;
    m_faulted = 0;
}

FaultInjectingNetwork::Picker FaultInjectingNetwork::operation(const QString &operationName)
{
    return
        [operationName](const QString &name, const QByteArray &) { return name == operationName; };
}

QNetworkReply *FaultInjectingNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                                    QIODevice *outgoingData)
{
    if (m_fault.isEmpty())
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    // The transport posts a QByteArray, which Qt wraps in a QBuffer: peeking leaves it unread.
    const QByteArray body = outgoingData ? outgoingData->peek(outgoingData->size()) : QByteArray();
    const QString operationName =
        QJsonDocument::fromJson(body).object().value(QLatin1String("operationName")).toString();
    if (m_picks && !m_picks(operationName, body))
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    if (++m_matched < m_fromMatch)
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    ++m_faulted;
    QNetworkRequest faulty(request);
    faulty.setRawHeader(QByteArrayLiteral("X-Sandbox-Fault"), m_fault);
    return QNetworkAccessManager::createRequest(op, faulty, outgoingData);
}

} // namespace kac::test
