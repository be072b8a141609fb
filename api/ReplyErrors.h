#pragma once

#include "api/ApiError.h"

#include <QUrl>

namespace kac::api {

// The errors the exchange makes of a reply it will not use, worded for the agent.

// A redirect (never followed, see Transport): a loop when it points back where the request
// went, else where it pointed (only the path when it stays on Kraken's origin).
ApiError redirectError(const QUrl &requested, const QUrl &target, int httpStatus);

// The answer passed `capBytes` after `receivedBytes` (or declared a bigger Content-Length).
ApiError tooLargeError(qint64 capBytes, qint64 receivedBytes, const QString &operationName);

} // namespace kac::api
