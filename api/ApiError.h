#pragma once

#include <QJsonArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace kac::api {

// Everything that can go wrong with one GraphQL request, as one value type. Kraken errors carry
// the fields of `errors[].extensions`; the rest carry what the network layer knew.
// `technicalDetail` is for logs and the "details" expander: it is always redacted.
struct ApiError
{
    enum class Kind
    {
        None,              // no error
        Network,           // no usable HTTP answer: refused, reset, DNS, TLS, endpoint refused
        Timeout,           // transfer timeout or the request's own deadline
        HttpStatus,        // an HTTP error status without a Kraken error in the body
        MalformedResponse, // the body was not the JSON we expect (or it was cut short)
        Kraken,            // a GraphQL error from Kraken (errors[].extensions.errorCode ...)
        Cancelled,         // cancel() on the request, or the transport went away
        SignInRequired,    // no token and renewing it failed: the agent must sign in again
        NotOffered,        // never sent: this endpoint's schema cannot answer the operation
                           // (errorDescription says why, e.g. "this Kraken has no field X.y")
        TooLarge,          // the answer passed its size cap; reading stopped, nothing was kept
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorCode; // KT-CT-1124 ...
    QString errorType; // AUTHORIZATION, VALIDATION, NOT_FOUND, THROTTLING ...
    QString errorDescription;
    QJsonArray validationErrors; // [{message, inputPath: [...]}]
    QStringList path;            // the field path the error belongs to
    QString operationName;       // the operation that failed (e.g. AccountTransactions), if known
    QString technicalDetail;     // redacted
    int networkError = 0;        // QNetworkReply::NetworkError for Kind::Network
    int retryAfterMs = -1;       // what the server asked for (Retry-After / retryAfterSeconds)

    bool isNone() const { return kind == Kind::None; }
    // Worth trying again unchanged: connection failures, timeouts, gateway errors, rate limiting.
    bool isTransient() const;

    static ApiError make(Kind kind, const QString &technicalDetail = {});
    static QString kindName(Kind kind);
    // One line for logs ("Kraken KT-CT-4177 AUTHORIZATION at account: Unauthorized."), redacted.
    QString summary() const;
};

} // namespace kac::api

Q_DECLARE_METATYPE(kac::api::ApiError)
