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
};

} // namespace kac::api

Q_DECLARE_METATYPE(kac::api::GraphQLResult)
