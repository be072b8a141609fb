#include "api/ResponseDecoder.h"

#include "api/Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace kac::api {

namespace {

// When the whole request failed, the error that decides what happens next comes first:
// a refused token (renew and resend), then rate limiting (retry later), then the first.
ApiError primaryError(const QList<ApiError> &errors)
{
    for (const ApiError &error : errors) {
        if (ResponseDecoder::refusesAccessToken(error))
            return error;
    }
    for (const ApiError &error : errors) {
        if (error.errorCode == QLatin1String("KT-CT-1199"))
            return error;
    }
    return errors.first();
}

bool hasUsableData(const QJsonValue &data)
{
    if (!data.isObject())
        return false;
    const QJsonObject object = data.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isNull())
            return true;
    }
    return false;
}

} // namespace

bool ResponseDecoder::isExpiredAccessToken(const ApiError &error)
{
    return error.kind == ApiError::Kind::Kraken &&
           (error.errorCode == QLatin1String("KT-CT-1124") ||
            error.errorCode == QLatin1String("KT-CT-1120"));
}

bool ResponseDecoder::refusesAccessToken(const ApiError &error)
{
    return isExpiredAccessToken(error) || (error.kind == ApiError::Kind::Kraken &&
                                           (error.errorCode == QLatin1String("KT-CT-1111") ||
                                            error.errorCode == QLatin1String("KT-CT-1112")));
}

ApiError ResponseDecoder::errorFromJson(const QJsonObject &json)
{
    ApiError error;
    error.kind = ApiError::Kind::Kraken;
    const QJsonObject extensions = json.value(QLatin1String("extensions")).toObject();
    error.errorCode = extensions.value(QLatin1String("errorCode")).toString();
    error.errorType = extensions.value(QLatin1String("errorType")).toString();
    error.errorDescription = extensions.value(QLatin1String("errorDescription")).toString();
    if (error.errorDescription.isEmpty())
        error.errorDescription = json.value(QLatin1String("message")).toString();
    error.errorDescription = redact(error.errorDescription);
    error.validationErrors = extensions.value(QLatin1String("validationErrors")).toArray();
    const QJsonArray path = json.value(QLatin1String("path")).toArray();
    for (const QJsonValue &part : path)
        error.path << (part.isDouble() ? QString::number(part.toInt()) : part.toString());
    const QJsonValue retryAfter = extensions.value(QLatin1String("retryAfterSeconds"));
    if (retryAfter.isDouble())
        error.retryAfterMs = static_cast<int>(qBound(0.0, retryAfter.toDouble(), 86400.0) * 1000);
    error.technicalDetail = redact(json.value(QLatin1String("message")).toString());
    return error;
}

GraphQLResult ResponseDecoder::decode(const QByteArray &body, int httpStatus)
{
    GraphQLResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError && document.isObject();

    if (!isJson) {
        if (httpStatus >= 300) {
            result.error =
                ApiError::make(ApiError::Kind::HttpStatus,
                               QStringLiteral("HTTP %1 with a non-JSON body").arg(httpStatus));
            result.error.httpStatus = httpStatus;
        } else {
            result.error = ApiError::make(
                ApiError::Kind::MalformedResponse,
                QStringLiteral("response is not a JSON object (%1 at offset %2 of %3 bytes)")
                    .arg(parseError.errorString())
                    .arg(parseError.offset)
                    .arg(body.size()));
        }
        return result;
    }

    const QJsonObject root = document.object();
    QList<ApiError> errors;
    const QJsonArray errorArray = root.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &value : errorArray)
        errors << errorFromJson(value.toObject());

    const QJsonValue data = root.value(QLatin1String("data"));
    if (errors.isEmpty()) {
        if (httpStatus >= 300 || !data.isObject()) {
            result.error = ApiError::make(httpStatus >= 300 ? ApiError::Kind::HttpStatus
                                                            : ApiError::Kind::MalformedResponse,
                                          QStringLiteral("response has neither data nor errors"));
            result.error.httpStatus = httpStatus >= 300 ? httpStatus : 0;
            return result;
        }
        result.data = data.toObject();
        return result;
    }

    if (hasUsableData(data) && httpStatus < 300) {
        // Partial data: Kraken nulls the fields it refused (e.g. KT-CT-1113) and says why.
        result.data = data.toObject();
        result.fieldErrors = errors;
        return result;
    }

    result.error = primaryError(errors);
    if (httpStatus >= 300) {
        result.error.httpStatus = httpStatus;
        // A query that does not parse or validate: GraphQL's own error, not a Kraken code.
        if (result.error.errorCode.isEmpty())
            result.error.kind = ApiError::Kind::HttpStatus;
    }
    return result;
}

} // namespace kac::api
