'use strict';
// --request-log lines (and that no secret reaches them) and --rate-limit.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const { spawnSandbox, readLog } = require('./helpers/spawn-sandbox');
const { gql, signIn } = require('./helpers/client');

const VIEWER = 'query Viewer { viewer { id givenName email } }';

test('request log', async (t) => {
  const sb = await spawnSandbox(['--allow-faults']);
  t.after(() => sb.stop());

  const byOrganization = await signIn(sb.url, { organizationSecretKey: 'sk_sandbox_org_secret' });
  const byKey = await signIn(sb.url, { APIKey: 'sk_sandbox_agent_key' });
  const byRefresh = await signIn(sb.url, { refreshToken: byOrganization.refreshToken });
  const ok = await gql(sb.url, VIEWER, {
    token: byKey.token,
    operationName: 'Viewer',
    variables: { accountNumber: 'A-1', nested: { clientSecret: 's3cr3t-value', apiKey: 'k-value', reason: 'fine' } },
  });
  await gql(sb.url, VIEWER, { token: 'garbage' });
  await gql(sb.url, VIEWER, { token: byKey.token, headers: { 'X-Sandbox-Fault': 'http-502' } });

  await t.test('one line per request, readable while the server runs', () => {
    const lines = readLog(sb.logPath);
    assert.strictEqual(lines.length, 6);
    const viewer = lines[3];
    assert.match(viewer.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.strictEqual(viewer.operationName, 'Viewer');
    assert.deepStrictEqual(viewer.fields, ['viewer']);
    assert.strictEqual(viewer.outcome, 'ok');
    assert.strictEqual(viewer.status, 200);
    assert.strictEqual(typeof viewer.durationMs, 'number');
    assert.strictEqual(viewer.requestId, ok.headers['x-request-id']);
    assert.match(viewer.tokenHash, /^[0-9a-f]{16}$/);
    assert.deepStrictEqual(viewer.variables, {
      accountNumber: 'A-1', nested: { clientSecret: '(REDACTED)', apiKey: '(REDACTED)', reason: 'fine' },
    });
    assert.strictEqual(lines[0].operationName, 'SignIn');
    assert.deepStrictEqual(lines[0].variables, { input: { organizationSecretKey: '(REDACTED)' } });
    assert.deepStrictEqual(lines[1].variables, { input: { APIKey: '(REDACTED)' } });
    assert.deepStrictEqual(lines[2].variables, { input: { refreshToken: '(REDACTED)' } });
    assert.strictEqual(lines[4].outcome, 'error:KT-CT-1111');
    assert.strictEqual(lines[5].outcome, 'http-502');
    assert.strictEqual(lines[5].status, 502);
  });

  await t.test('no secret key, API key or token appears in the file', async () => {
    await sb.stop();
    const text = fs.readFileSync(sb.logPath, 'utf8');
    const secrets = ['sk_sandbox_org_secret', 'sk_sandbox_agent_key', 's3cr3t-value', 'k-value', 'garbage'];
    for (const r of [byOrganization, byKey, byRefresh]) {
      secrets.push(r.token, r.refreshToken, r.token.split('.')[2]);
    }
    for (const secret of secrets) assert.ok(!text.includes(secret), `log contains ${secret.slice(0, 12)}…`);
    assert.strictEqual(readLog(sb.logPath).length, 6);
  });
});

test('--rate-limit N counts requests per token per minute (KT-CT-1199)', async (t) => {
  const sb = await spawnSandbox(['--rate-limit', '3'], { requestLog: false });
  t.after(() => sb.stop());
  const a = await signIn(sb.url);
  const b = await signIn(sb.url);
  for (let i = 0; i < 3; i++) {
    const r = await gql(sb.url, VIEWER, { token: a.token });
    assert.ok(r.json.data.viewer, r.text);
  }
  const limited = await gql(sb.url, VIEWER, { token: a.token });
  assert.strictEqual(limited.status, 200);
  const ext = limited.json.errors[0].extensions;
  assert.strictEqual(ext.errorCode, 'KT-CT-1199');
  assert.ok(ext.retryAfterSeconds >= 1 && ext.retryAfterSeconds <= 60, JSON.stringify(ext));
  assert.ok((await gql(sb.url, VIEWER, { token: b.token })).json.data.viewer, 'another token is not limited');
  await signIn(sb.url); // signing in is not limited
});

test('rate limiting is off by default', async (t) => {
  const sb = await spawnSandbox([], { requestLog: false });
  t.after(() => sb.stop());
  const { token } = await signIn(sb.url);
  for (let i = 0; i < 30; i++) {
    const r = await gql(sb.url, VIEWER, { token });
    assert.strictEqual(r.json.errors, undefined, r.text);
  }
});

test('secrets written inline in the query text are not logged (the query text never is)', async (t) => {
  const sb = await spawnSandbox([]);
  t.after(() => sb.stop());
  await gql(sb.url, 'mutation { obtainKrakenToken(input: {preSignedKey: "psk_sandbox_agent"}) { token } }');
  await sb.stop();
  const text = fs.readFileSync(sb.logPath, 'utf8');
  assert.ok(!text.includes('psk_sandbox_agent'), 'the query text (with inline secrets) is not logged');
  assert.strictEqual(readLog(sb.logPath)[0].outcome, 'ok');
});
