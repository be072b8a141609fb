'use strict';
// Per-token request limit over a sliding one-minute window. Off when perMinute is 0.
// check(key) counts the request and says whether it may go ahead; when it may not,
// retryAfterSeconds says when the oldest counted request leaves the window.

const WINDOW_MS = 60 * 1000;

/** @param {{perMinute: number, now?: () => number}} options */
function createRateLimiter({ perMinute, now = Date.now }) {
  const hits = new Map(); // key -> timestamps (ms), oldest first

  function check(key) {
    if (!perMinute) return { allowed: true, remaining: Infinity, retryAfterSeconds: 0 };
    const t = now();
    const list = (hits.get(key) || []).filter((at) => at > t - WINDOW_MS);
    if (list.length >= perMinute) {
      hits.set(key, list);
      const retryAfterSeconds = Math.max(1, Math.ceil((list[0] + WINDOW_MS - t) / 1000));
      return { allowed: false, remaining: 0, retryAfterSeconds };
    }
    list.push(t);
    hits.set(key, list);
    return { allowed: true, remaining: perMinute - list.length, retryAfterSeconds: 0 };
  }

  return { check };
}

module.exports = { createRateLimiter, WINDOW_MS };
