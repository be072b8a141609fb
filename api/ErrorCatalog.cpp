#include "api/ErrorCatalog.h"

#include "api/Log.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace kac::api {

ErrorCatalog::ErrorCatalog()
{
    QFile file(QStringLiteral(":/kac/errors/catalog.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(kacTransport) << "error catalog missing from resources";
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        m_messages.insert(it.key(), it.value().toString());
}

ErrorCatalog::ErrorCatalog(const QHash<QString, QString> &messages)
    : m_messages(messages)
{}

QString ErrorCatalog::messageFor(const ApiError &error) const
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        // Refused before sending (e.g. a non-HTTPS endpoint): say exactly why.
        if (!error.errorDescription.isEmpty())
            return error.errorDescription;
        return QStringLiteral("Could not reach Kraken; check the network connection and retry.");
    case Kind::Timeout:
        return QStringLiteral("Kraken took too long to answer; retry in a moment.");
    case Kind::HttpStatus:
        if (error.httpStatus == 429)
            return QStringLiteral(
                "Kraken is receiving too many requests; wait a moment and retry.");
        if (error.httpStatus >= 500)
            return QStringLiteral("Kraken is unavailable right now (HTTP %1); retry in a moment.")
                .arg(error.httpStatus);
        if (error.httpStatus >= 300 && error.httpStatus < 400 && !error.errorDescription.isEmpty())
            return error.errorDescription; // a loop, or where it pointed (never followed)
        if (error.httpStatus >= 300 && error.httpStatus < 400)
            return QStringLiteral("Kraken's address redirected somewhere else; check the endpoint "
                                  "setting or contact support.");
        return QStringLiteral("Kraken refused the request (HTTP %1); contact support if this "
                              "keeps happening.")
            .arg(error.httpStatus);
    case Kind::MalformedResponse:
        return QStringLiteral("Kraken's answer could not be read; retry, and contact support if "
                              "this keeps happening.");
    case Kind::Kraken: {
        QString message = m_messages.value(error.errorCode);
        if (!message.isEmpty()) {
            // Some messages name the operation that failed (KT-CT-1188: the console asked for
            // too much in it), so the agent can say which one when reporting it.
            const QString operation = error.operationName.isEmpty() ? QStringLiteral("this request")
                                                                    : error.operationName;
            return message.replace(QLatin1String("{operation}"), operation);
        }
        if (error.errorCode.isEmpty())
            return QStringLiteral("Kraken could not complete the request.");
        return QStringLiteral("Kraken could not complete the request (%1).").arg(error.errorCode);
    }
    case Kind::Cancelled:
        return QStringLiteral("The request was cancelled.");
    case Kind::SignInRequired:
        return QStringLiteral("Your session has ended; sign in again to continue.");
    case Kind::TooLarge:
        // The sentence names the cap and the operation; it is built where both are known.
        if (!error.errorDescription.isEmpty())
            return error.errorDescription;
        return QStringLiteral("Kraken's answer was too large to show; nothing was shown.");
    case Kind::OutcomeUnknown:
        return QStringLiteral("The connection to Kraken was lost before it answered: we don't "
                              "know whether it was saved. Check before sending it again.");
    case Kind::NotOffered: {
        // Shown under the bold "Not offered by this Kraken": the reason, as a sentence.
        QString why = error.errorDescription;
        if (why.isEmpty())
            return QStringLiteral("Not offered by this Kraken.");
        why[0] = why.at(0).toUpper();
        return why + QLatin1Char('.');
    }
    }
    return {};
}

} // namespace kac::api
