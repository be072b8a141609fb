'use strict';
// The HTTP side of the sandbox: routes, body reading, auth and rate-limit checks,
// fault injection, GraphQL execution and the request log. One request in, one line out.
//
// Answers follow Kraken (graphene-django): HTTP 200 with `errors` for anything a resolver
// or the auth check raised; HTTP 400 for a body that is not JSON, a query that does not
// parse or validate (errors without a path and no data).
const crypto = require('node:crypto');
const { parse, getOperationAST, getLocation, GraphQLError } = require('graphql');
const { krakenError } = require('./errors');
const { tokenHash } = require('./auth');
const faults = require('./faults');

const GRAPHQL_PATHS = new Set(['/v1/graphql/', '/v1/graphql']);
const FAULT_PATH = '/sandbox/fault';
const REVOKE_PATH = '/sandbox/revoke-tokens';
const PUBLIC_FIELDS = new Set(['obtainKrakenToken', '__typename', '__schema', '__type']);
const MAX_BODY_BYTES = 1024 * 1024;
const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };

function page(port) {
  const url = `http://127.0.0.1:${port}/v1/graphql/`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kraken sandbox</title></head>
<body>
<h1>Kraken sandbox</h1>
<p>This is a <strong>local sandbox</strong> that answers Kraken's GraphQL API with made-up,
deterministic Australian data. <strong>None of it belongs to real customers.</strong>
It listens on 127.0.0.1 only.</p>
<h2>Signing in</h2>
<p>POST GraphQL as JSON to <code>${url}</code>. First obtain a token:</p>
<pre>mutation { obtainKrakenToken(input: {APIKey: "sk_sandbox_agent_key"}) {
  token refreshToken refreshExpiresIn } }</pre>
<p>(or <code>input: {organizationSecretKey: "sk_sandbox_org_secret"}</code>, or
<code>input: {preSignedKey: "psk_sandbox_agent"}</code>), then send the token in the
<code>Authorization</code> header of every query. See sandbox/README.md for options and faults.</p>
</body></html>
`;
}

/** Top-level fields of the chosen operation: [{name, alias, loc}] and its type. */
function operationInfo(document, operationName) {
  const operation = getOperationAST(document, operationName || undefined);
  if (!operation) return null;
  const fragments = new Map();
  for (const def of document.definitions) if (def.kind === 'FragmentDefinition') fragments.set(def.name.value, def);
  const fields = [];
  const walk = (selectionSet, depth) => {
    if (!selectionSet || depth > 10) return;
    for (const sel of selectionSet.selections) {
      if (sel.kind === 'Field') fields.push({ name: sel.name.value, key: sel.alias ? sel.alias.value : sel.name.value, loc: sel.loc });
      else if (sel.kind === 'InlineFragment') walk(sel.selectionSet, depth + 1);
      else if (sel.kind === 'FragmentSpread' && fragments.has(sel.name.value)) walk(fragments.get(sel.name.value).selectionSet, depth + 1);
    }
  };
  walk(operation.selectionSet, 0);
  return { type: operation.operation, name: operation.name ? operation.name.value : null, fields };
}

/** Kraken answers a per-field refusal with one error per top-level field and null data. */
function refusal(makeError, info, source) {
  const errors = [];
  const data = {};
  for (const field of info.fields) {
    if (field.name === '__typename') continue;
    const error = makeError();
    const json = error.toJSON();
    const located = { message: json.message };
    if (field.loc && source) located.locations = [getLocation(source, field.loc.start)];
    located.path = [field.key];
    located.extensions = json.extensions;
    errors.push(located);
    data[field.key] = null;
  }
  return { errors, data };
}

function plainError(message, extra = {}) {
  return { errors: [{ message, extensions: { errorType: 'VALIDATION', errorDescription: message, ...extra } }] };
}

function outcomeOf(result) {
  if (!result.errors || result.errors.length === 0) return 'ok';
  const code = result.errors.map((e) => e.extensions && e.extensions.errorCode).find(Boolean);
  return code ? `error:${code}` : 'error:GRAPHQL';
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error('too large'), { tooLarge: true }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * @param {{executor: {execute: Function}, auth: object, rateLimiter: object, requestLog: object,
 *          options: object, store?: object, port: () => number}} deps
 */
function createHandler(deps) {
  const { executor, auth, rateLimiter, requestLog, options, store } = deps;
  const faultCounter = faults.createFaultCounter();

  return async function handle(req, res) {
    const started = process.hrtime.bigint();
    const requestId = crypto.randomUUID();
    const entry = {
      time: new Date().toISOString(), requestId, method: req.method, path: null, operationName: null,
      operationType: null, fields: [], variables: null, durationMs: 0, outcome: 'ok', status: 200,
      tokenHash: tokenHash(auth.tokenFromHeader(req.headers.authorization)), fault: null,
    };
    res.setHeader('X-Request-Id', requestId);
    let logged = false;
    const finish = (outcome, status) => {
      if (logged) return;
      logged = true;
      entry.outcome = outcome;
      entry.status = status;
      entry.durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      try {
        requestLog.write(entry);
      } catch (err) {
        process.stderr.write(`request log: ${err.message}\n`);
      }
    };
    const sendJson = (status, body, outcome, extraHeaders = {}) => {
      const text = JSON.stringify(body);
      finish(outcome, status);
      res.writeHead(status, { ...JSON_HEADERS, ...extraHeaders, 'Content-Length': Buffer.byteLength(text) });
      res.end(req.method === 'HEAD' ? undefined : text);
    };

    try {
      const path = new URL(req.url, 'http://127.0.0.1').pathname;
      entry.path = path;
      const isGraphql = GRAPHQL_PATHS.has(path);
      if (path === FAULT_PATH && options.allowFaults) return await handleFaultSetting(req, sendJson);
      if (path === REVOKE_PATH && options.allowFaults) return revokeTokens(req, sendJson);
      if (!isGraphql && path !== '/') {
        const text = 'Not found.\n';
        finish('http-404', 404);
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
        return res.end(text);
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        const html = page(deps.port());
        finish('ok', 200);
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
        return res.end(req.method === 'HEAD' ? undefined : html);
      }
      if (req.method !== 'POST' || !isGraphql) {
        const allow = isGraphql ? 'GET, HEAD, POST' : 'GET, HEAD';
        return sendJson(405, plainError(`Method ${req.method} is not allowed here.`), 'http-405', { Allow: allow });
      }
      await handlePost(req, res, entry, sendJson, finish);
    } catch (err) {
      process.stderr.write(`sandbox: ${err && err.stack ? err.stack : err}\n`);
      if (!res.headersSent) sendJson(500, plainError('Internal sandbox error.'), 'http-500');
      else res.destroy();
    }
  };

  /**
   * GET shows, PUT sets (body: a fault spec as text; empty clears) the fault used for requests
   * without an X-Sandbox-Fault header: lets a test or a trainer fail one pane of a running
   * client, e.g. `http-503;op=AccountTransactions`. Only with --allow-faults.
   */
  async function handleFaultSetting(req, sendJson) {
    if (req.method === 'PUT' || req.method === 'DELETE') {
      let spec = '';
      try {
        spec = req.method === 'PUT' ? (await readBody(req)).trim() : '';
        faults.parseFault(spec);
      } catch (err) {
        if (err.tooLarge) return sendJson(413, plainError('Request body is too large.'), 'http-413', { Connection: 'close' });
        if (err instanceof faults.FaultSpecError) return sendJson(400, plainError(err.message), 'error:FAULT-SPEC');
        throw err;
      }
      options.fault = spec || null;
    } else if (req.method !== 'GET') {
      return sendJson(405, plainError(`Method ${req.method} is not allowed here.`), 'http-405', { Allow: 'GET, PUT, DELETE' });
    }
    return sendJson(200, { fault: options.fault || null }, 'ok');
  }

  /**
   * POST invalidates every token issued so far, as a restart would (see auth.revokeAll), while
   * the server keeps its port and data: lets a test sign a running client out behind its back.
   * Only with --allow-faults.
   */
  function revokeTokens(req, sendJson) {
    if (req.method !== 'POST') {
      return sendJson(405, plainError(`Method ${req.method} is not allowed here.`), 'http-405', { Allow: 'POST' });
    }
    auth.revokeAll();
    return sendJson(200, { revoked: true }, 'ok');
  }

  async function handlePost(req, res, entry, sendJson, finish) {
    let raw;
    try {
      raw = await readBody(req);
    } catch (err) {
      if (err.tooLarge) return sendJson(413, plainError('Request body is too large.'), 'http-413', { Connection: 'close' });
      throw err;
    }

    // Which fault, if any (it applies once the operation is known: op=… may narrow it).
    let fault = null;
    if (options.allowFaults) {
      const header = req.headers['x-sandbox-fault'];
      try {
        fault = faults.parseFault(header != null ? header : options.fault);
      } catch (err) {
        if (err instanceof faults.FaultSpecError) return sendJson(400, plainError(err.message), 'error:FAULT-SPEC');
        throw err;
      }
    }

    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return sendJson(400, plainError('Could not parse the request body as JSON.'), 'http-400');
    }
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string' || !body.query.trim()) {
      return sendJson(400, plainError('Must provide query string.'), 'http-400');
    }
    const variables = body.variables && typeof body.variables === 'object' ? body.variables : null;
    entry.variables = variables;
    entry.operationName = typeof body.operationName === 'string' ? body.operationName : null;

    let document;
    try {
      document = parse(body.query);
    } catch (err) {
      const json = err instanceof GraphQLError ? err.toJSON() : { message: String(err.message) };
      return sendJson(400, { errors: [json] }, 'error:GRAPHQL');
    }
    const info = operationInfo(document, entry.operationName);
    if (!info) {
      const message = entry.operationName ? `Unknown operation named "${entry.operationName}".` : 'Must provide operation name if query contains multiple operations.';
      return sendJson(400, plainError(message), 'error:GRAPHQL');
    }
    entry.operationType = info.type;
    entry.operationName = entry.operationName || info.name;
    entry.fields = [...new Set(info.fields.map((f) => f.name))];
    const source = document.loc && document.loc.source;

    if (fault && (!faults.appliesTo(fault, entry.operationName) || !faultCounter.take(fault, entry.tokenHash || 'anonymous'))) fault = null;
    entry.fault = fault ? fault.spec : null;
    const wait = options.latencyMs + (fault ? fault.latencyMs : 0);
    if (wait > 0) await faults.delay(wait);
    if (res.destroyed) return finish('client-gone', 0);
    const name = fault && fault.name;

    if (name === 'http-502' || name === 'http-503') {
      finish(name, name === 'http-502' ? 502 : 503);
      return faults.sendGatewayError(res, name === 'http-502' ? 502 : 503, fault.retryAfter);
    }
    if (name === 'reset') {
      finish('fault:reset', 0);
      return faults.resetConnection(res);
    }
    if (name === 'malformed-json') {
      finish('fault:malformed-json', 200);
      return faults.sendMalformed(res, JSON_HEADERS);
    }


    if (name === 'expired-token') {
      return sendJson(200, refusal(() => krakenError('KT-CT-1124'), info, source), 'fault:expired-token');
    }
    if (name === 'rate-limit') {
      const makeError = () => throttled(60);
      return sendJson(200, refusal(makeError, info, source), 'fault:rate-limit');
    }

    // Authentication: everything except sign-in and introspection needs a valid token.
    let viewer = null;
    const needsAuth = info.fields.some((f) => !PUBLIC_FIELDS.has(f.name));
    try {
      viewer = auth.verify(req.headers.authorization);
    } catch (err) {
      if (needsAuth) {
        const code = err.extensions && err.extensions.errorCode;
        return sendJson(200, refusal(() => err, info, source), `error:${code}`);
      }
    }

    if (viewer) {
      const limit = rateLimiter.check(viewer.tokenHash);
      if (!limit.allowed) {
        const makeError = () => throttled(limit.retryAfterSeconds);
        return sendJson(200, refusal(makeError, info, source), 'error:KT-CT-1199');
      }
    }

    // An agent Kraken does not let act (the sandbox's --look-only-key) is refused every mutation
    // but sign-in, before anything runs, as Kraken refuses a permission.
    if (viewer && info.type === 'mutation' && !auth.mayAct(viewer.subject) &&
        info.fields.some((f) => !PUBLIC_FIELDS.has(f.name))) {
      return sendJson(200, refusal(() => krakenError('KT-CT-4177'), info, source), 'error:KT-CT-4177');
    }

    const context = {
      auth: viewer ? { subject: viewer.subject, kind: viewer.kind, email: viewer.email } : null,
      store,
      headers: req.headers,
      requestId: entry.requestId,
    };
    let result = await executor.execute({ query: body.query, variables, operationName: entry.operationName, context });
    result = JSON.parse(JSON.stringify(result)); // plain JSON (GraphQLError -> toJSON)
    const status = result.errors && result.errors.length && result.data === undefined ? 400 : 200;
    let outcome = outcomeOf(result);

    if (name === 'disabled-field') {
      result = faults.disableField(result);
      outcome = 'fault:disabled-field';
    }
    if (res.destroyed) return finish('client-gone', 0);
    if (name === 'reset-after-commit') {
      finish('fault:reset-after-commit', 0);
      return faults.resetConnection(res);
    }
    if (name === 'truncate') {
      finish('fault:truncate', status);
      return faults.sendTruncated(res, JSON.stringify(result), JSON_HEADERS);
    }
    if (name === 'large-body') {
      const text = faults.padBody(result, fault.value);
      finish('fault:large-body', status);
      res.writeHead(status, { ...JSON_HEADERS, 'Content-Length': Buffer.byteLength(text) });
      return res.end(text);
    }
    if (name === 'trickle') {
      // logged just before the last piece goes out, so the line exists once the client has it all
      return faults.sendTrickle(res, JSON.stringify(result), JSON_HEADERS, fault.value, () => finish('fault:trickle', status));
    }
    return sendJson(status, result, outcome);
  }
}

function throttled(retryAfterSeconds) {
  const error = krakenError('KT-CT-1199');
  error.extensions.retryAfterSeconds = retryAfterSeconds;
  return error;
}

module.exports = { createHandler, operationInfo };
