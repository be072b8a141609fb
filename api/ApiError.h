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
        OutcomeUnknown,    // a mutation went out and no readable answer came back (a reset, a
                           // cut-short or late answer): it may or may not have run. Never
                           // "try again": the caller checks with a query first.
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
    // Whether a mutation that failed like this may still have run on Kraken's side: true for
    // everything after the request could have reached it without a Kraken answer coming back.
    bool mayHaveReachedKraken() const;

    static ApiError make(Kind kind, const QString &technicalDetail = {});
    static QString kindName(Kind kind);
    // One line for logs ("Kraken KT-CT-4177 AUTHORIZATION at account: Unauthorized."), redacted.
    QString summary() const;
};

} // namespace kac::api

Q_DECLARE_METATYPE(kac::api::ApiError)
