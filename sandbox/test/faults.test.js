'use strict';
// Each X-Sandbox-Fault, observed with node's own HTTP client against the real server.
const test = require('node:test');
const assert = require('node:assert');
const { spawnSandbox, readLog } = require('./helpers/spawn-sandbox');
const { gql, request, signIn } = require('./helpers/client');

const VIEWER = 'query Viewer { viewer { id givenName email } }';
const MB = 1024 * 1024;

test('faults with --allow-faults', async (t) => {
  const sb = await spawnSandbox(['--allow-faults']);
  t.after(() => sb.stop());
  const { token } = await signIn(sb.url);
  const withFault = (fault, opts = {}) => gql(sb.url, VIEWER, { token, headers: { 'X-Sandbox-Fault': fault }, ...opts });

  await t.test('latency=MS delays the answer', async () => {
    const r = await withFault('latency=400');
    assert.ok(r.json.data.viewer, r.text);
    assert.ok(r.elapsedMs >= 390, `took ${r.elapsedMs} ms`);
  });

  await t.test('http-502 and http-503 carry Retry-After (default 1, or retry-after=N)', async () => {
    const r502 = await withFault('http-502');
    assert.strictEqual(r502.status, 502);
    assert.strictEqual(r502.headers['retry-after'], '1');
    assert.match(r502.headers['content-type'], /text\/html/);
    const r503 = await withFault('http-503; retry-after=7');
    assert.strictEqual(r503.status, 503);
    assert.strictEqual(r503.headers['retry-after'], '7');
  });

  await t.test('reset closes the connection with no response', async () => {
    const r = await withFault('reset');
    assert.strictEqual(r.status, undefined);
    assert.ok(r.error, 'a transport error');
    assert.match(r.error.code || r.error.message, /ECONNRESET|socket hang up/);
  });

  await t.test('truncate declares the full length but sends half', async () => {
    const r = await withFault('truncate');
    assert.strictEqual(r.status, 200);
    const declared = Number(r.headers['content-length']);
    assert.ok(declared > 0);
    assert.strictEqual(r.bytes, Math.floor(declared / 2));
    assert.strictEqual(r.complete, false);
    assert.ok(r.error);
    assert.strictEqual(r.json, undefined);
  });

  await t.test('malformed-json is a 200 application/json that does not parse', async () => {
    const r = await withFault('malformed-json');
    assert.strictEqual(r.status, 200);
    assert.match(r.headers['content-type'], /application\/json/);
    assert.ok(r.complete);
    assert.throws(() => JSON.parse(r.text));
  });

  await t.test('large-body=MB pads a valid answer to that size', async () => {
    const r = await withFault('large-body=2');
    assert.strictEqual(r.status, 200);
    assert.ok(Math.abs(r.bytes - 2 * MB) < 16, `got ${r.bytes} bytes`);
    assert.ok(r.json.data.viewer);
    assert.strictEqual(typeof r.json.extensions.sandboxPadding, 'string');
  });

  await t.test('trickle=MS sends the answer a few bytes at a time over MS', async () => {
    const r = await withFault('trickle=1500');
    assert.ok(r.json.data.viewer, r.text);
    assert.ok(r.elapsedMs >= 1300, `took ${r.elapsedMs} ms`);
    assert.ok(r.chunkTimes.length >= 10, `${r.chunkTimes.length} chunks`);
    assert.ok(r.chunkTimes[r.chunkTimes.length - 1] - r.chunkTimes[0] >= 1000);
  });

  await t.test('expired-token answers KT-CT-1124', async () => {
    const r = await withFault('expired-token');
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.json.errors[0].extensions.errorCode, 'KT-CT-1124');
    assert.deepStrictEqual(r.json.data, { viewer: null });
  });

  await t.test('rate-limit answers KT-CT-1199 with a retry hint', async () => {
    const r = await withFault('rate-limit');
    assert.strictEqual(r.json.errors[0].extensions.errorCode, 'KT-CT-1199');
    assert.ok(r.json.errors[0].extensions.retryAfterSeconds > 0);
  });

  await t.test('disabled-field nulls one field and adds KT-CT-1113 for it', async () => {
    const r = await withFault('disabled-field');
    assert.strictEqual(r.status, 200);
    const error = r.json.errors.find((e) => e.extensions.errorCode === 'KT-CT-1113');
    assert.ok(error, r.text);
    assert.strictEqual(error.path[0], 'viewer');
    assert.strictEqual(error.path.length, 2);
    assert.strictEqual(r.json.data.viewer[error.path[1]], null);
  });

  await t.test('times=N applies the fault to the first N requests only', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await withFault('http-503;times=2')).status);
    assert.deepStrictEqual(codes, [503, 503, 200, 200]);
  });

  await t.test('op=A|B narrows a fault to those operations; others answer normally', async () => {
    const fault = 'http-503;op=Viewer|Other';
    assert.strictEqual((await withFault(fault)).status, 503);
    const other = await gql(sb.url, 'query Mine { viewer { id } }', { token, headers: { 'X-Sandbox-Fault': fault } });
    assert.strictEqual(other.status, 200, other.text);
    assert.ok(other.json.data.viewer);
    // times=N counts only the operations it applies to.
    const counted = 'http-503;op=Viewer;times=1';
    await gql(sb.url, 'query Mine { viewer { id } }', { token, headers: { 'X-Sandbox-Fault': counted } });
    assert.strictEqual((await withFault(counted)).status, 503);
    assert.strictEqual((await withFault(counted)).status, 200);
    for (const bad of ['http-503;op=', 'http-503;op=no-dashes', 'http-503;op=A||']) {
      const r = await withFault(bad);
      assert.strictEqual(r.status, 400, bad);
      assert.match(r.json.errors[0].message, /op/);
    }
  });

  await t.test('an unknown fault is a 400 naming it', async () => {
    const r = await withFault('explode');
    assert.strictEqual(r.status, 400);
    assert.match(r.json.errors[0].message, /explode/);
  });

  await t.test('faults are logged with their outcome', () => {
    const outcomes = readLog(sb.logPath).map((l) => l.outcome);
    for (const expected of ['http-502', 'http-503', 'fault:reset', 'fault:truncate', 'fault:malformed-json',
      'fault:large-body', 'fault:trickle', 'fault:expired-token', 'fault:rate-limit', 'fault:disabled-field']) {
      assert.ok(outcomes.includes(expected), `log has ${expected}: ${outcomes.join(',')}`);
    }
  });
});

test('--fault SPEC applies when a request has no header', async (t) => {
  const sb = await spawnSandbox(['--allow-faults', '--fault', 'http-503;times=1'], { requestLog: false });
  t.after(() => sb.stop());
  const first = await gql(sb.url, '{ __typename }');
  assert.strictEqual(first.status, 503);
  const second = await gql(sb.url, '{ __typename }');
  assert.strictEqual(second.status, 200);
});

test('/sandbox/fault sets the default fault of a running sandbox', async (t) => {
  const sb = await spawnSandbox(['--allow-faults'], { requestLog: false });
  t.after(() => sb.stop());
  const faultUrl = sb.url.replace('/v1/graphql/', '/sandbox/fault');
  const setFault = (body) => request(faultUrl, { method: 'PUT', body, headers: { 'Content-Type': 'text/plain' } });
  const { token } = await signIn(sb.url);
  assert.deepStrictEqual((await request(faultUrl, { method: 'GET' })).json, { fault: null });

  const set = await setFault('http-503;op=Viewer');
  assert.strictEqual(set.status, 200, set.text);
  assert.deepStrictEqual(set.json, { fault: 'http-503;op=Viewer' });
  assert.strictEqual((await gql(sb.url, VIEWER, { token })).status, 503);
  assert.strictEqual((await gql(sb.url, 'query Other { viewer { id } }', { token })).status, 200);
  // A request's own header still wins.
  assert.strictEqual((await gql(sb.url, VIEWER, { token, headers: { 'X-Sandbox-Fault': 'latency=0' } })).status, 200);

  const bad = await setFault('explode');
  assert.strictEqual(bad.status, 400);
  assert.match(bad.json.errors[0].message, /explode/);
  assert.deepStrictEqual((await request(faultUrl, { method: 'GET' })).json, { fault: 'http-503;op=Viewer' });

  assert.deepStrictEqual((await request(faultUrl, { method: 'DELETE' })).json, { fault: null });
  assert.strictEqual((await gql(sb.url, VIEWER, { token })).status, 200);
  assert.strictEqual((await request(faultUrl, { method: 'POST', body: 'x' })).status, 405);
});

test('without --allow-faults there is no /sandbox/fault', async (t) => {
  const sb = await spawnSandbox([], { requestLog: false });
  t.after(() => sb.stop());
  const faultUrl = sb.url.replace('/v1/graphql/', '/sandbox/fault');
  const r = await request(faultUrl, { method: 'PUT', body: 'http-503', headers: { 'Content-Type': 'text/plain' } });
  assert.strictEqual(r.status, 404);
  const revoke = await request(sb.url.replace('/v1/graphql/', '/sandbox/revoke-tokens'), { method: 'POST', body: '' });
  assert.strictEqual(revoke.status, 404);
});

test('/sandbox/revoke-tokens invalidates every token as a restart would', async (t) => {
  const sb = await spawnSandbox(['--allow-faults'], { requestLog: false });
  t.after(() => sb.stop());
  const revokeUrl = sb.url.replace('/v1/graphql/', '/sandbox/revoke-tokens');
  const { token, refreshToken } = await signIn(sb.url);
  assert.ok((await gql(sb.url, VIEWER, { token })).json.data.viewer);
  assert.strictEqual((await request(revokeUrl, { method: 'GET' })).status, 405);

  const revoked = await request(revokeUrl, { method: 'POST', body: '' });
  assert.strictEqual(revoked.status, 200, revoked.text);
  assert.deepStrictEqual(revoked.json, { revoked: true });
  const refused = await gql(sb.url, VIEWER, { token });
  assert.strictEqual(refused.json.errors[0].extensions.errorCode, 'KT-CT-1111');
  const renewal = await gql(sb.url, 'mutation R($input: ObtainJSONWebTokenInput!) { obtainKrakenToken(input: $input) { token } }',
    { variables: { input: { refreshToken } } });
  assert.strictEqual(renewal.json.errors[0].extensions.errorCode, 'KT-CT-1135');
  // A new sign-in works as before.
  const again = await signIn(sb.url);
  assert.ok((await gql(sb.url, VIEWER, { token: again.token })).json.data.viewer);
});

test('without --allow-faults the header is ignored', async (t) => {
  const sb = await spawnSandbox([], { requestLog: false });
  t.after(() => sb.stop());
  const { token } = await signIn(sb.url);
  for (const fault of ['http-502', 'reset', 'truncate', 'malformed-json', 'expired-token', 'explode']) {
    const r = await gql(sb.url, VIEWER, { token, headers: { 'X-Sandbox-Fault': fault } });
    assert.strictEqual(r.status, 200, `${fault}: ${r.text}`);
    assert.ok(r.json.data.viewer, `${fault}: ${r.text}`);
    assert.strictEqual(r.json.errors, undefined);
  }
});
