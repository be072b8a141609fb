#include "api/ApiError.h"

#include "api/Redaction.h"

#include <QNetworkReply>

namespace kac::api {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Timeout:
        return true;
    case Kind::Network:
        switch (static_cast<QNetworkReply::NetworkError>(networkError)) {
        // A wrong certificate, a refused redirect or an unsupported scheme will not fix itself.
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
            return false;
        default:
            return true;
        }
    case Kind::HttpStatus:
        return httpStatus == 502 || httpStatus == 503 || httpStatus == 504 || httpStatus == 429;
    case Kind::Kraken:
        return errorCode == QLatin1String("KT-CT-1199");
    default:
        return false;
    }
}

bool ApiError::mayHaveReachedKraken() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::MalformedResponse:
    case Kind::TooLarge:
    case Kind::OutcomeUnknown:
        return true;
    case Kind::Network:
        switch (static_cast<QNetworkReply::NetworkError>(networkError)) {
        // Nothing left the machine (or no connection was ever made).
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::UnknownProxyError:
        case QNetworkReply::NetworkSessionFailedError:
            return false;
        default:
            return true;
        }
    case Kind::HttpStatus:
        // A gateway that lost or timed out on the answer may have passed the request on; a 503
        // (the service refused to take it) or a 4xx did not run it.
        return httpStatus == 502 || httpStatus == 504;
    default:
        return false;
    }
}

ApiError ApiError::make(Kind kind, const QString &technicalDetail)
{
    ApiError error;
    error.kind = kind;
    error.technicalDetail = redact(technicalDetail);
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::HttpStatus:
        return QStringLiteral("HttpStatus");
    case Kind::MalformedResponse:
        return QStringLiteral("MalformedResponse");
    case Kind::Kraken:
        return QStringLiteral("Kraken");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::SignInRequired:
        return QStringLiteral("SignInRequired");
    case Kind::NotOffered:
        return QStringLiteral("NotOffered");
    case Kind::TooLarge:
        return QStringLiteral("TooLarge");
    case Kind::OutcomeUnknown:
        return QStringLiteral("OutcomeUnknown");
    }
    return {};
}

QString ApiError::summary() const
{
    QStringList parts{kindName(kind)};
    if (httpStatus)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!errorCode.isEmpty())
        parts << errorCode;
    if (!errorType.isEmpty())
        parts << errorType;
    if (!path.isEmpty())
        parts << QStringLiteral("at %1").arg(path.join(QLatin1Char('.')));
    QString text = parts.join(QLatin1Char(' '));
    const QString detail = errorDescription.isEmpty() ? technicalDetail : errorDescription;
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return redact(text);
}

} // namespace kac::api
