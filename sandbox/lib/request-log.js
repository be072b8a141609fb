'use strict';
// --request-log FILE: one JSON line per request, written synchronously so a reader (a
// test, `tail -f`) sees each line as soon as the response is sent. Variables are
// redacted: any key that names a secret, and a note's text, becomes "(REDACTED)". Tokens are never written;
// the caller passes a hash of the token instead.
const fs = require('node:fs');

const SECRET_KEY = /password|secret|token|key/i;
// What an agent types for a customer's account (createAccountNote's `note`) may hold anything
// the customer said: it is not written either.
const AGENT_TEXT_KEY = /^note$/i;
const REDACTED = '(REDACTED)';

/** Deep copy of `value` with every secret-named key replaced by "(REDACTED)". */
function redact(value, depth = 0) {
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) || AGENT_TEXT_KEY.test(key) ? REDACTED : redact(item, depth + 1);
  }
  return out;
}

/**
 * @param {string|null} file
 * @returns {{write(entry: object): void, close(): void}}
 */
function createRequestLog(file) {
  if (!file) return { write() {}, close() {} };
  let fd = fs.openSync(file, 'a');
  return {
    write(entry) {
      if (fd === null) return;
      const line = JSON.stringify({ ...entry, variables: redact(entry.variables ?? null) }) + '\n';
      fs.writeSync(fd, line);
    },
    close() {
      if (fd === null) return;
      try {
        fs.fsyncSync(fd);
      } catch {
        // not every file system can fsync (pipes, /dev/stdout); the data is already written
      }
      fs.closeSync(fd);
      fd = null;
    },
  };
}

module.exports = { createRequestLog, redact, REDACTED };
