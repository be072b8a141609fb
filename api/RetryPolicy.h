#pragma once

#include <QByteArray>
#include <QDateTime>

namespace kac::api {

// How long to wait before retrying a transient failure: capped exponential backoff with jitter,
// or what the server asked for (Retry-After), itself capped so a server cannot park an agent's
// screen for minutes.
struct RetryPolicy
{
    int baseDelayMs = 500;       // before the first retry (before jitter)
    int maxDelayMs = 8000;       // cap on the backoff
    int maxRetryAfterMs = 30000; // cap on what Retry-After may ask for

    // Delay before retry number `retry` (1 = first retry). `retryAfterMs` >= 0 is the server's
    // request and wins (capped); otherwise backoff with "equal jitter": half fixed, half random.
    // `random01` in [0, 1) is injected so tests are deterministic.
    int delayMs(int retry, int retryAfterMs, double random01) const;
    int delayMs(int retry, int retryAfterMs) const; // uses QRandomGenerator

    // Parses a Retry-After header in either form: delta-seconds ("120") or an HTTP-date
    // ("Wed, 21 Oct 2015 07:28:00 GMT", also the obsolete RFC 850 and asctime forms).
    // Returns milliseconds from `now` (0 for a date in the past), or -1 when absent/invalid.
    static int parseRetryAfter(const QByteArray &value,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace kac::api
