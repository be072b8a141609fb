'use strict';
// server.js as a process: start-up line, binding, routes, HTTP errors, --help, shutdown.
const test = require('node:test');
const assert = require('node:assert');
const net = require('node:net');
const os = require('node:os');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { spawnSandbox, SANDBOX_DIR } = require('./helpers/spawn-sandbox');
const { request, gql, signIn } = require('./helpers/client');

const VIEWER = 'query Viewer { viewer { id givenName email } }';

test('server', async (t) => {
  const sb = await spawnSandbox();
  t.after(() => sb.stop());
  const base = sb.url.replace('/v1/graphql/', '');

  await t.test('first stdout line names the loopback URL', () => {
    assert.match(sb.firstLine, /^listening on http:\/\/127\.0\.0\.1:\d+\/v1\/graphql\/$/);
    assert.ok(sb.port > 0);
  });

  await t.test('binds 127.0.0.1 only', async (t2) => {
    const external = Object.values(os.networkInterfaces()).flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return t2.skip('no non-loopback IPv4 interface here');
    const code = await new Promise((resolve) => {
      const socket = net.connect({ host: external.address, port: sb.port });
      socket.once('connect', () => { socket.destroy(); resolve('connected'); });
      socket.once('error', (err) => resolve(err.code));
    });
    assert.notStrictEqual(code, 'connected');
  });

  await t.test('GET /v1/graphql/ and / answer an HTML page about the sandbox', async () => {
    for (const url of [sb.url, `${base}/`]) {
      const r = await request(url, { method: 'GET' });
      assert.strictEqual(r.status, 200);
      assert.match(r.headers['content-type'], /text\/html/);
      assert.match(r.text, /sandbox/i);
      assert.match(r.text, /real customers/i);
      assert.match(r.text, /obtainKrakenToken/);
    }
  });

  await t.test('other paths 404', async () => {
    const r = await request(`${base}/v1/other/`, { method: 'GET' });
    assert.strictEqual(r.status, 404);
  });

  await t.test('methods other than GET/POST get 405', async () => {
    const r = await request(sb.url, { method: 'PUT', body: '{}' });
    assert.strictEqual(r.status, 405);
    assert.match(r.headers.allow, /POST/);
    assert.ok(r.json.errors[0].message);
    const r2 = await request(`${base}/`, { method: 'POST', body: { query: '{ __typename }' } });
    assert.strictEqual(r2.status, 405);
  });

  await t.test('a body that is not JSON gets 400 with a GraphQL-style error', async () => {
    const r = await request(sb.url, { body: '{not json' });
    assert.strictEqual(r.status, 400);
    assert.ok(Array.isArray(r.json.errors));
    assert.match(r.json.errors[0].message, /JSON/);
  });

  await t.test('a body without a query gets 400', async () => {
    const r = await request(sb.url, { body: { variables: {} } });
    assert.strictEqual(r.status, 400);
    assert.match(r.json.errors[0].message, /query/);
  });

  await t.test('a query that does not parse gets 400 with the syntax error', async () => {
    const { token } = await signIn(sb.url);
    const r = await gql(sb.url, '{ viewer { ', { token });
    assert.strictEqual(r.status, 400);
    assert.match(r.json.errors[0].message, /Syntax Error/);
  });

  await t.test('a valid query answers 200 with data and an X-Request-Id', async () => {
    const { token } = await signIn(sb.url);
    const r = await gql(sb.url, VIEWER, { token });
    assert.strictEqual(r.status, 200);
    assert.ok(r.json.data.viewer);
    assert.strictEqual(r.json.errors, undefined);
    assert.match(r.headers['x-request-id'], /^[0-9a-f-]{36}$/);
  });

  await t.test('SIGTERM exits 0', async () => {
    const result = await sb.stop();
    assert.deepStrictEqual(result, { code: 0, signal: null });
  });
});

test('--exit-with-stdin: the sandbox exits 0 when its parent\'s pipe closes', async (t) => {
  const sb = await spawnSandbox(['--exit-with-stdin'], { requestLog: false, stdin: 'pipe' });
  t.after(() => sb.stop());
  const r = await request(sb.url, { body: { query: '{ __typename }' } });
  assert.strictEqual(r.status, 200, 'serves while the pipe is open');
  sb.child.stdin.end(); // what the kernel does when the console dies, however it dies
  const timer = setTimeout(() => sb.child.kill('SIGKILL'), 5000);
  const result = await sb.exited;
  clearTimeout(timer);
  assert.deepStrictEqual(result, { code: 0, signal: null });
});

test('without --exit-with-stdin a closed stdin is ignored', async (t) => {
  const sb = await spawnSandbox([], { requestLog: false, stdin: 'pipe' });
  t.after(() => sb.stop());
  sb.child.stdin.end();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const r = await request(sb.url, { body: { query: '{ __typename }' } });
  assert.strictEqual(r.status, 200);
});

test('--latency-ms delays every POST', async (t) => {
  const sb = await spawnSandbox(['--latency-ms', '300'], { requestLog: false });
  t.after(() => sb.stop());
  const r = await request(sb.url, { body: { query: '{ __typename }' } });
  assert.strictEqual(r.status, 200);
  assert.ok(r.elapsedMs >= 290, `took ${r.elapsedMs} ms`);
});

test('SIGINT also exits 0', async () => {
  const sb = await spawnSandbox([], { requestLog: false });
  sb.child.kill('SIGINT');
  assert.deepStrictEqual(await sb.exited, { code: 0, signal: null });
});

test('--help prints usage and exits 0; unknown flags exit 2', () => {
  const server = path.join(SANDBOX_DIR, 'server.js');
  const help = spawnSync(process.execPath, [server, '--help'], { encoding: 'utf8', timeout: 10000 });
  assert.strictEqual(help.status, 0);
  for (const flag of ['--port', '--scale', '--seed', '--latency-ms', '--token-ttl', '--refresh-ttl',
    '--allow-faults', '--request-log', '--rate-limit', '--api-key', '--user']) {
    assert.ok(help.stdout.includes(flag), `help mentions ${flag}`);
  }
  const bad = spawnSync(process.execPath, [server, '--no-such-flag'], { encoding: 'utf8', timeout: 10000 });
  assert.strictEqual(bad.status, 2);
  assert.match(bad.stderr, /unknown option/);
});
