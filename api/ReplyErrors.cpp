#include "api/ReplyErrors.h"

namespace kac::api {

namespace {

QString sizeText(qint64 bytes)
{
    constexpr qint64 kMegabyte = 1024 * 1024;
    if (bytes >= kMegabyte)
        return QStringLiteral("%1 MB").arg(bytes / kMegabyte);
    return QStringLiteral("%1 KB").arg(qMax<qint64>(1, bytes / 1024));
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port();
}

} // namespace

ApiError redirectError(const QUrl &requested, const QUrl &target, int httpStatus)
{
    const QUrl resolved = requested.resolved(target);
    QString description;
    QString detail;
    if (resolved.isEmpty() || resolved.adjusted(QUrl::RemoveFragment) == requested) {
        description = QStringLiteral("Kraken's address redirects to itself (a redirect loop); "
                                     "check the endpoint setting or contact support.");
        detail = QStringLiteral("redirect loop: HTTP %1 back to %2")
                     .arg(httpStatus)
                     .arg(requested.path());
    } else if (sameOrigin(resolved, requested)) {
        description = QStringLiteral("Kraken's address redirected to %1, which the console does "
                                     "not follow; check the endpoint setting or contact support.")
                          .arg(resolved.path());
        detail = QStringLiteral("HTTP %1 to %2 not followed").arg(httpStatus).arg(resolved.path());
    } else {
        description = QStringLiteral("Kraken's address redirected to another site (%1), which the "
                                     "console does not follow; check the endpoint setting or "
                                     "contact support.")
                          .arg(resolved.host());
        detail = QStringLiteral("refused to follow a redirect to another origin: HTTP %1 to %2")
                     .arg(httpStatus)
                     .arg(resolved.host());
    }
    ApiError error = ApiError::make(ApiError::Kind::HttpStatus, detail);
    error.httpStatus = httpStatus;
    error.errorDescription = description;
    return error;
}

ApiError tooLargeError(qint64 capBytes, qint64 receivedBytes, const QString &operationName)
{
    ApiError error = ApiError::make(
        ApiError::Kind::TooLarge,
        QStringLiteral("answer passed the cap of %1 bytes (%2 bytes received or declared)")
            .arg(capBytes)
            .arg(receivedBytes));
    error.errorDescription = QStringLiteral("Kraken sent more than %1 for %2; nothing was shown. "
                                            "Contact support if this keeps happening.")
                                 .arg(sizeText(capBytes), operationName);
    return error;
}

} // namespace kac::api
