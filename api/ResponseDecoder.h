#pragma once

#include "api/GraphQLResult.h"

#include <QByteArray>

namespace kac::api {

// Turns one HTTP answer's body into a GraphQLResult (data, field errors or the error).
// Pure and thread-safe: the Transport runs it on a worker thread for large bodies.
class ResponseDecoder
{
public:
    static GraphQLResult decode(const QByteArray &body, int httpStatus);

    // One entry of a GraphQL `errors` array as an ApiError (Kind::Kraken when it has an
    // errorCode, otherwise Kind::Kraken with only the description).
    static ApiError errorFromJson(const QJsonObject &error);
};

} // namespace kac::api
