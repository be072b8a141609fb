'use strict';
// --kraken-version: Query.krakenVersion answers the number asked for (the console caches what
// it learned of a schema per endpoint and version, so tests need to act out an upgrade).
const test = require('node:test');
const assert = require('node:assert');
const { parseArgs } = require('../lib/cli');
const { spawnSandbox } = require('./helpers/spawn-sandbox');
const { gql, signIn } = require('./helpers/client');

const QUERY = 'query KrakenVersion { krakenVersion { number SHA } }';

async function versionOf(url) {
  const { token } = await signIn(url);
  const { json } = await gql(url, QUERY, { operationName: 'KrakenVersion', token });
  return json.data.krakenVersion;
}

test('--kraken-version needs a value and sets what krakenVersion answers', async (t) => {
  assert.throws(() => parseArgs(['--kraken-version']), /needs a version/);
  assert.strictEqual(parseArgs([]).krakenVersion, null);
  const plain = await spawnSandbox([], { requestLog: false });
  t.after(() => plain.stop());
  const upgraded = await spawnSandbox(['--kraken-version', 'v2026.02.01'], { requestLog: false });
  t.after(() => upgraded.stop());
  const before = await versionOf(plain.url);
  const after = await versionOf(upgraded.url);
  assert.strictEqual(after.number, 'v2026.02.01');
  assert.notStrictEqual(before.number, after.number);
  assert.match(after.SHA, /^[0-9a-f]{12}$/);
  assert.notStrictEqual(before.SHA, after.SHA);
});
