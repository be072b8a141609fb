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

    // Kraken refused the access token the request carried: it expired (KT-CT-1120, KT-CT-1124)
    // or is no longer valid (KT-CT-1111 invalid, KT-CT-1112 missing: a restarted server, a
    // rotated signing key, a revoked token). The transport renews it once, then gives up.
    static bool refusesAccessToken(const ApiError &error);
    static bool isExpiredAccessToken(const ApiError &error);
};

} // namespace kac::api
