'use strict';
// Injected failures, for exercising a client's error handling. Only active with
// --allow-faults; chosen per request by the `X-Sandbox-Fault` header (or --fault as the
// default). Spec: items separated by ';' or ',', each `name` or `name=value`:
//
//   latency=MS        delay the answer by MS (combines with any other fault)
//   http-502          HTTP 502 with `Retry-After` (1 s, or retry-after=N)
//   http-503          HTTP 503 with `Retry-After` (1 s, or retry-after=N)
//   reset             close the connection without any response (TCP reset); nothing runs
//   reset-after-commit  run the operation (a mutation's change is kept), then reset the
//                     connection without any response: the answer is lost, the change is not
//   truncate          run the operation, declare the full Content-Length, send half the JSON,
//                     end the connection (a mutation's change is kept)
//   malformed-json    HTTP 200, application/json, body that is not JSON
//   large-body=MB     the normal answer padded to MB megabytes (extensions.sandboxPadding)
//   trickle[=MS]      the normal answer sent a few bytes at a time over MS (default 3000)
//   expired-token     KT-CT-1124 as if the token had expired
//   rate-limit        KT-CT-1199 as if the rate limit were hit
//   disabled-field    the normal answer with one field nulled and a KT-CT-1113 error for it
//   retry-after=N     (modifier) Retry-After seconds for http-502/503
//   times=N           (modifier) apply only to the first N matching requests of this token
//   op=A|B            (modifier) apply only to operations with these names (others answer
//                     normally), so one pane of a client can fail while the rest work
const { krakenError } = require('./errors');

const PRIMARY = new Set([
  'http-502', 'http-503', 'reset', 'reset-after-commit', 'truncate', 'malformed-json', 'large-body', 'trickle',
  'expired-token', 'rate-limit', 'disabled-field',
]);
const MODIFIERS = new Set(['latency', 'retry-after', 'times', 'op']);
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const MAX_LARGE_BODY_MB = 256;
const MB = 1024 * 1024;

class FaultSpecError extends Error {}

function nonNegative(name, text, { allowFraction = false } = {}) {
  const value = Number(text);
  const ok = text !== undefined && text !== '' && Number.isFinite(value) && value >= 0 && (allowFraction || Number.isInteger(value));
  if (!ok) throw new FaultSpecError(`Fault '${name}' needs a ${allowFraction ? '' : 'whole '}number, got '${text}'.`);
  return value;
}

function operationNames(text) {
  const names = String(text || '').split('|').map((n) => n.trim());
  if (!names.every((n) => OPERATION_NAME.test(n))) {
    throw new FaultSpecError(`Fault modifier 'op' needs operation names separated by '|', got '${text}'.`);
  }
  return new Set(names);
}

/** Whether a parsed fault applies to a request for this operation (op=… narrows it). */
function appliesTo(fault, operationName) {
  return !fault.operations || fault.operations.has(operationName || '');
}

/** Parse a fault spec; null when empty. Throws FaultSpecError on anything unknown. */
function parseFault(spec) {
  if (spec == null || String(spec).trim() === '') return null;
  const fault = { name: null, value: null, latencyMs: 0, retryAfter: 1, times: null, operations: null, spec: String(spec).trim() };
  for (const item of fault.spec.split(/[;,]/)) {
    const text = item.trim();
    if (!text) continue;
    const eq = text.indexOf('=');
    const name = (eq < 0 ? text : text.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? undefined : text.slice(eq + 1).trim();
    if (MODIFIERS.has(name)) {
      if (name === 'latency') fault.latencyMs = Math.min(nonNegative(name, value), 600000);
      if (name === 'retry-after') fault.retryAfter = nonNegative(name, value);
      if (name === 'times') fault.times = nonNegative(name, value);
      if (name === 'op') fault.operations = operationNames(value);
    } else if (PRIMARY.has(name)) {
      if (fault.name) throw new FaultSpecError(`Only one fault at a time: '${fault.name}' and '${name}'.`);
      fault.name = name;
      if (name === 'large-body') {
        fault.value = nonNegative(name, value, { allowFraction: true });
        if (fault.value > MAX_LARGE_BODY_MB) throw new FaultSpecError(`large-body is limited to ${MAX_LARGE_BODY_MB} MB.`);
      } else if (name === 'trickle') {
        fault.value = value === undefined ? 3000 : Math.min(nonNegative(name, value), 120000);
      } else if (value !== undefined) {
        throw new FaultSpecError(`Fault '${name}' takes no value.`);
      }
    } else {
      throw new FaultSpecError(`Unknown fault '${name}'.`);
    }
  }
  return fault;
}

/**
 * Counts uses of `times=N` faults, per token and spec, so a client's retry can be seen
 * succeeding after N failures.
 */
function createFaultCounter() {
  const used = new Map();
  return {
    /** true when this request should get the fault */
    take(fault, tokenKey) {
      if (fault.times == null) return true;
      const key = `${tokenKey}\u0000${fault.spec}`;
      const n = used.get(key) || 0;
      if (n >= fault.times) return false;
      used.set(key, n + 1);
      return true;
    },
  };
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function sendGatewayError(res, status, retryAfter) {
  const title = status === 502 ? '502 Bad Gateway' : '503 Service Unavailable';
  const body = `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>Sandbox fault.</p></body></html>\n`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Retry-After': String(retryAfter),
  });
  res.end(body);
}

function resetConnection(res) {
  const socket = res.socket;
  if (!socket) return;
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}

function sendTruncated(res, bodyText, headers) {
  const body = Buffer.from(bodyText, 'utf8');
  res.writeHead(200, { ...headers, 'Content-Length': body.length });
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => {
    if (res.socket) res.socket.end();
  });
}

function sendMalformed(res, headers) {
  const body = '{"data": {"viewer": {"__typename": "AccountUserType", <html>upstream error</html>';
  res.writeHead(200, { ...headers, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** The response JSON text padded so the whole body is `mb` megabytes. */
function padBody(result, mb) {
  const target = Math.round(mb * MB);
  const withEmpty = { ...result, extensions: { ...(result.extensions || {}), sandboxPadding: '' } };
  const base = Buffer.byteLength(JSON.stringify(withEmpty));
  withEmpty.extensions.sandboxPadding = ' '.repeat(Math.max(0, target - base));
  return JSON.stringify(withEmpty);
}

/** Send `bodyText` in small pieces spread evenly over `totalMs`; beforeLast() runs just before the last piece. */
async function sendTrickle(res, bodyText, headers, totalMs, beforeLast = () => {}) {
  const body = Buffer.from(bodyText, 'utf8');
  res.writeHead(200, { ...headers, 'Content-Length': body.length });
  const size = Math.max(1, Math.ceil(body.length / 40));
  const count = Math.ceil(body.length / size);
  const pause = count > 1 ? totalMs / (count - 1) : 0;
  for (let i = 0; i < count; i++) {
    if (i > 0) await delay(pause);
    if (res.destroyed) return beforeLast();
    if (i === count - 1) beforeLast();
    res.write(body.subarray(i * size, (i + 1) * size));
  }
  res.end();
}

/** Null one field of the answer and add a KT-CT-1113 error for it. */
function disableField(result) {
  const data = result.data;
  const top = data && typeof data === 'object' ? Object.keys(data)[0] : null;
  if (!top) return result;
  let path = [top];
  const value = data[top];
  const newData = { ...data };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const inner = Object.keys(value).find((k) => k !== '__typename' && value[k] !== null) || Object.keys(value)[0];
    if (inner) {
      path = [top, inner];
      newData[top] = { ...value, [inner]: null };
    } else {
      newData[top] = null;
    }
  } else {
    newData[top] = null;
  }
  const error = krakenError('KT-CT-1113', undefined, { path });
  return { ...result, errors: [...(result.errors || []), error.toJSON()], data: newData };
}

module.exports = {
  parseFault, FaultSpecError, appliesTo, createFaultCounter, delay, sendGatewayError, resetConnection,
  sendTruncated, sendMalformed, padBody, sendTrickle, disableField, MB,
};
