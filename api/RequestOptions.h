#pragma once

#include <QByteArray>

namespace kac::api {

// Per-request knobs. The defaults suit an agent-facing query.
struct RequestOptions
{
    bool authenticated = true; // false only for sign-in (obtainKrakenToken)
    bool retryable = true;     // queries only: mutations are never retried, whatever this says
    int timeoutMs = 30000;     // per attempt: transfer (inactivity) timeout and overall deadline
    int maxAttempts = 4;       // including the first
    QByteArray faultHeader;    // tests only: sent as X-Sandbox-Fault
};

} // namespace kac::api
