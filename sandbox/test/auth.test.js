'use strict';
// Sign-in (obtainKrakenToken) and the Authorization header check, against the real server.
const test = require('node:test');
const assert = require('node:assert');
const { spawnSandbox } = require('./helpers/spawn-sandbox');
const { gql, signIn, SIGN_IN } = require('./helpers/client');

const VIEWER = 'query Viewer { viewer { id givenName email } }';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function errorCode(r) {
  assert.strictEqual(r.status, 200, r.text);
  assert.ok(Array.isArray(r.json.errors), r.text);
  return r.json.errors[0].extensions.errorCode;
}

function decode(part) {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

test('auth', async (t) => {
  const sb = await spawnSandbox(['--api-key', 'sk_extra', '--org-secret-key', 'sk_org_extra', '--pre-signed-key', 'psk_extra'], { requestLog: false });
  t.after(() => sb.stop());

  await t.test('the API key gives a JWT-shaped token, refresh token and expiry', async () => {
    const before = Math.floor(Date.now() / 1000);
    const result = await signIn(sb.url);
    const parts = result.token.split('.');
    assert.strictEqual(parts.length, 3);
    assert.deepStrictEqual(decode(parts[0]), { alg: 'HS256', typ: 'JWT' });
    const payload = decode(parts[1]);
    assert.strictEqual(payload.tokenUse, 'access');
    assert.match(payload.sub, /^kraken\|account-user:\d+$/);
    assert.strictEqual(payload.gty, 'API-KEY');
    assert.ok(payload.iat >= before - 1);
    // exp is rounded up to a whole second, so the token lives at least its full hour.
    assert.ok(payload.exp - payload.iat >= 3600 && payload.exp - payload.iat <= 3601);
    assert.deepStrictEqual(result.payload, payload);
    assert.match(result.refreshToken, /^[0-9a-f]{64}$/);
    const week = 7 * 24 * 3600;
    assert.ok(Math.abs(result.refreshExpiresIn - (payload.iat + week)) <= 1, 'refreshExpiresIn is a unix time a week ahead');
  });

  await t.test('the API key signs in too, and the token works bare or as "JWT <token>"', async () => {
    const { token } = await signIn(sb.url, { APIKey: 'sk_sandbox_agent_key' });
    const bare = await gql(sb.url, VIEWER, { token });
    assert.ok(bare.json.data.viewer, bare.text);
    const prefixed = await gql(sb.url, VIEWER, { token: `JWT ${token}` });
    assert.ok(prefixed.json.data.viewer, prefixed.text);
  });

  await t.test('the organisation secret key and the pre-signed key sign in; their tokens work', async () => {
    const org = await signIn(sb.url, { organizationSecretKey: 'sk_sandbox_org_secret' });
    assert.strictEqual(org.payload.gty, 'ORGANIZATION-SECRET-KEY');
    assert.match(org.payload.sub, /^kraken\|organization:\d+$/);
    const orgAnswer = await gql(sb.url, 'query K { krakenVersion { number } }', { token: org.token });
    assert.strictEqual(orgAnswer.json.errors, undefined, orgAnswer.text);
    const pre = await signIn(sb.url, { preSignedKey: 'psk_sandbox_agent' });
    assert.strictEqual(pre.payload.gty, 'PRE-SIGNED-KEY');
    assert.strictEqual(pre.payload.sub, 'kraken|account-user:1001');
    const viewer = await gql(sb.url, VIEWER, { token: pre.token });
    assert.ok(viewer.json.data.viewer, viewer.text);
  });

  await t.test('--api-key, --org-secret-key and --pre-signed-key add sign-ins', async () => {
    await signIn(sb.url, { APIKey: 'sk_extra' });
    await signIn(sb.url, { organizationSecretKey: 'sk_org_extra' });
    await signIn(sb.url, { preSignedKey: 'psk_extra' });
    await signIn(sb.url); // the default still works
  });

  await t.test('a wrong API key or organisation key is KT-CT-1139, a wrong pre-signed key KT-CT-1135', async () => {
    const badKey = await gql(sb.url, SIGN_IN, { variables: { input: { APIKey: 'sk_wrong' } } });
    assert.strictEqual(errorCode(badKey), 'KT-CT-1139');
    const error = badKey.json.errors[0];
    assert.strictEqual(error.message, 'Invalid data.');
    assert.strictEqual(error.extensions.errorType, 'VALIDATION');
    assert.strictEqual(error.extensions.errorDescription, 'Authentication failed.');
    assert.deepStrictEqual(error.extensions.validationErrors[0].inputPath, ['input', 'apiKey']);
    assert.deepStrictEqual(error.path, ['obtainKrakenToken']);
    assert.strictEqual(badKey.json.data.obtainKrakenToken, null);
    const badOrg = await gql(sb.url, SIGN_IN, { variables: { input: { organizationSecretKey: 'sk_wrong' } } });
    assert.strictEqual(errorCode(badOrg), 'KT-CT-1139');
    assert.deepStrictEqual(badOrg.json.errors[0].extensions.validationErrors[0].inputPath, ['input', 'organizationSecretKey']);
    const badPre = await gql(sb.url, SIGN_IN, { variables: { input: { preSignedKey: 'psk_wrong' } } });
    assert.strictEqual(errorCode(badPre), 'KT-CT-1135');
  });

  await t.test('no credential, or two at once, is KT-CT-1135 (each input field is used standalone)', async () => {
    const none = await gql(sb.url, SIGN_IN, { variables: { input: {} } });
    assert.strictEqual(errorCode(none), 'KT-CT-1135');
    assert.match(none.json.errors[0].extensions.errorDescription, /exactly one of APIKey, organizationSecretKey, preSignedKey, refreshToken/);
    const two = await gql(sb.url, SIGN_IN, { variables: { input: { APIKey: 'sk_sandbox_agent_key', preSignedKey: 'psk_sandbox_agent' } } });
    assert.strictEqual(errorCode(two), 'KT-CT-1135');
    assert.strictEqual(two.json.data.obtainKrakenToken, null);
  });

  await t.test('email and password are not in the input without --password-sign-in', async () => {
    const r = await gql(sb.url, SIGN_IN, { variables: { input: { email: 'agent@sandbox.kraken.test', password: 'sandbox-agent' } } });
    assert.strictEqual(r.status, 400, r.text);
    assert.match(r.json.errors[0].message, /"email" is not defined by type "ObtainJSONWebTokenInput"/);
  });

  await t.test('no Authorization header is KT-CT-1112', async () => {
    const r = await gql(sb.url, VIEWER);
    assert.strictEqual(errorCode(r), 'KT-CT-1112');
    assert.deepStrictEqual(r.json.errors[0].path, ['viewer']);
    assert.deepStrictEqual(r.json.data, { viewer: null });
  });

  await t.test('a bad or tampered token is KT-CT-1111', async () => {
    assert.strictEqual(errorCode(await gql(sb.url, VIEWER, { token: 'not-a-token' })), 'KT-CT-1111');
    const { token } = await signIn(sb.url);
    const [h, p, s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...decode(p), exp: 9999999999 })).toString('base64url');
    assert.strictEqual(errorCode(await gql(sb.url, VIEWER, { token: `${h}.${forged}.${s}` })), 'KT-CT-1111');
    assert.strictEqual(errorCode(await gql(sb.url, VIEWER, { token: `Bearer ${token}` })), 'KT-CT-1111');
  });

  await t.test('refresh tokens give new tokens and rotate (a used one is KT-CT-1135)', async () => {
    const first = await signIn(sb.url);
    const second = await signIn(sb.url, { refreshToken: first.refreshToken });
    assert.notStrictEqual(second.refreshToken, first.refreshToken);
    assert.strictEqual(second.payload.sub, first.payload.sub);
    assert.ok((await gql(sb.url, VIEWER, { token: second.token })).json.data.viewer);
    const reuse = await gql(sb.url, SIGN_IN, { variables: { input: { refreshToken: first.refreshToken } } });
    assert.strictEqual(errorCode(reuse), 'KT-CT-1135');
    const unknown = await gql(sb.url, SIGN_IN, { variables: { input: { refreshToken: 'f'.repeat(64) } } });
    assert.strictEqual(errorCode(unknown), 'KT-CT-1135');
    await signIn(sb.url, { refreshToken: second.refreshToken }); // the rotated one works once
  });
});

test('short lifetimes: expired token is KT-CT-1124, expired refresh token KT-CT-1134', async (t) => {
  const sb = await spawnSandbox(['--token-ttl', '1', '--refresh-ttl', '1'], { requestLog: false });
  t.after(() => sb.stop());
  const { token, refreshToken } = await signIn(sb.url);
  assert.ok((await gql(sb.url, VIEWER, { token })).json.data.viewer);
  await sleep(2100);
  assert.strictEqual(errorCode(await gql(sb.url, VIEWER, { token })), 'KT-CT-1124');
  const r = await gql(sb.url, SIGN_IN, { variables: { input: { refreshToken } } });
  assert.strictEqual(errorCode(r), 'KT-CT-1134');
});

test('with --password-sign-in: email and password sign in (with --user), a wrong password is KT-CT-1138', async (t) => {
  const sb = await spawnSandbox(['--password-sign-in', '--user', 'second@sandbox.kraken.test:another-pass'], { requestLog: false });
  t.after(() => sb.stop());
  const agent = await signIn(sb.url, { email: 'agent@sandbox.kraken.test', password: 'sandbox-agent' });
  assert.strictEqual(agent.payload.gty, 'EMAIL-AND-PASSWORD');
  assert.strictEqual(agent.payload.email, 'agent@sandbox.kraken.test');
  const viewer = await gql(sb.url, VIEWER, { token: agent.token });
  assert.strictEqual(viewer.json.data.viewer.email, 'agent@sandbox.kraken.test');
  await signIn(sb.url, { email: 'second@sandbox.kraken.test', password: 'another-pass' });
  const bad = await gql(sb.url, SIGN_IN, { variables: { input: { email: 'agent@sandbox.kraken.test', password: 'nope' } } });
  assert.strictEqual(errorCode(bad), 'KT-CT-1138');
  assert.strictEqual(bad.json.errors[0].message, 'Invalid data.');
  const mixed = await gql(sb.url, SIGN_IN, { variables: { input: { email: 'agent@sandbox.kraken.test', password: 'sandbox-agent', APIKey: 'sk_sandbox_agent_key' } } });
  assert.strictEqual(errorCode(mixed), 'KT-CT-1135');
  assert.match(mixed.json.errors[0].extensions.errorDescription, /email and password/);
});
