#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace kac::api {

// What a GraphQLRequest finishes with: usable data (possibly partial, with per-field errors such
// as KT-CT-1113 for a disabled field) or an error.
struct GraphQLResult
{
    QJsonObject data;
    QList<ApiError> fieldErrors; // errors for fields that came back null next to usable data
    ApiError error;              // kind None when data is usable
    int attempts = 0;            // network sends, including retries and the resend after renewal
    qint64 elapsedMs = 0;

    bool ok() const { return error.isNone(); }
    // The first per-field error: the answer is partial. None when it is complete.
    ApiError partialError() const
    {
        return fieldErrors.isEmpty() ? ApiError{} : fieldErrors.first();
    }
    // Why the answer has no usable `what` (e.g. "voiceCampaign"): the request's error, else the
    // field Kraken refused, else a malformed answer naming what was missing.
    ApiError missing(const QString &what) const
    {
        if (!ok())
            return error;
        if (!fieldErrors.isEmpty())
            return fieldErrors.first();
        return ApiError::make(ApiError::Kind::MalformedResponse,
                              QStringLiteral("no %1 in the answer").arg(what));
    }
};

} // namespace kac::api

Q_DECLARE_METATYPE(kac::api::GraphQLResult)
