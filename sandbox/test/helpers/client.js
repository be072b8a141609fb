'use strict';
// Minimal HTTP client for the server tests, built on node:http so transport-level
// failures (reset, truncation, trickling) are observable rather than hidden.
const http = require('node:http');

/**
 * Send one request. Never rejects: transport errors come back as `error`.
 * @returns {Promise<{status?: number, headers?: object, text: string, bytes: number,
 *   error?: Error, complete: boolean, elapsedMs: number, chunkTimes: number[], json?: any}>}
 */
function request(url, { method = 'POST', body, headers = {}, timeoutMs = 15000 } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const out = { text: '', bytes: 0, complete: false, chunkTimes: [], elapsedMs: 0 };
    const chunks = [];
    let settled = false;
    const done = (extra = {}) => {
      if (settled) return;
      settled = true;
      Object.assign(out, extra, { elapsedMs: Date.now() - started });
      out.text = Buffer.concat(chunks).toString('utf8');
      try {
        out.json = JSON.parse(out.text);
      } catch {
        out.json = undefined;
      }
      resolve(out);
    };
    const req = http.request(url, {
      method,
      agent: false,
      headers: {
        ...(payload !== undefined ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } : {}),
        ...headers,
      },
    }, (res) => {
      out.status = res.statusCode;
      out.headers = res.headers;
      res.on('data', (chunk) => {
        chunks.push(chunk);
        out.bytes += chunk.length;
        out.chunkTimes.push(Date.now() - started);
      });
      res.on('end', () => done({ complete: res.complete }));
      res.on('aborted', () => done({ error: new Error('aborted') }));
      res.on('error', (error) => done({ error }));
      res.on('close', () => done({ complete: res.complete, ...(res.complete ? {} : { error: new Error('closed early') }) }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', (error) => done({ error }));
    req.end(payload);
  });
}

/** POST a GraphQL operation; `token` goes in the Authorization header as-is. */
function gql(url, query, { variables, operationName, token, headers = {}, timeoutMs } = {}) {
  return request(url, {
    body: { query, variables, operationName },
    headers: { ...(token ? { Authorization: token } : {}), ...headers },
    timeoutMs,
  });
}

const SIGN_IN = `mutation SignIn($input: ObtainJSONWebTokenInput!) {
  obtainKrakenToken(input: $input) { token refreshToken refreshExpiresIn payload }
}`;

async function signIn(url, input = { APIKey: 'sk_sandbox_agent_key' }) {
  const r = await gql(url, SIGN_IN, { variables: { input }, operationName: 'SignIn' });
  if (!r.json || !r.json.data || !r.json.data.obtainKrakenToken) {
    throw new Error(`sign-in failed: ${r.status} ${r.text}`);
  }
  return r.json.data.obtainKrakenToken;
}

module.exports = { request, gql, signIn, SIGN_IN };
