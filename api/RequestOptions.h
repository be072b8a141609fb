#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace kac::api {

// Per-request knobs. The defaults suit an agent-facing query.
struct RequestOptions
{
    bool authenticated = true; // false only for sign-in (obtainKrakenToken)
    bool retryable = true;     // queries only: mutations are never retried, whatever this says
    int timeoutMs = 30000;     // per attempt: transfer (inactivity) timeout and overall deadline
    int maxAttempts = 4;       // including the first
    // The most this answer may weigh; 0 = the transport's cap (setting network/maxResponseMB).
    // Past it the reply is aborted and the request fails with ApiError::Kind::TooLarge.
    qint64 maxResponseBytes = 0;
    // Background requests (polls, prefetches) never take the last connections, so what the
    // agent is looking at is never queued behind them.
    enum class Priority
    {
        Background,
        Visible
    };
    Priority priority = Priority::Visible;
};

} // namespace kac::api
