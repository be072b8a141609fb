'use strict';
// Every seed query, made sendable (fragment spreads -> __typename), validates against the schema and,
// executed with the seed's example variables, returns either data shaped like the seed's example
// response (same keys at the top-level field and one level down) or only errors whose errorCode the
// seed documents for that query. Uses the DATA helper's resolvers when they exist.
const test = require('node:test');
const assert = require('node:assert');
const { parse, validate, isLeafType } = require('graphql');
const { loadSeed, sendableOperation, seedVariables, parseLoose } = require('../tools/seed-parser');
const { createExecutor } = require('../lib/schema');

function loadResolvers() {
  let createResolvers;
  let createStore;
  try {
    ({ createResolvers } = require('../resolvers/index.js'));
    ({ createStore } = require('../data/store.js'));
  } catch (err) {
    if (err.code !== 'MODULE_NOT_FOUND') throw err;
    return { queryResolvers: {}, store: null, source: 'fallbacks only' };
  }
  const store = createStore({ seed: 1, scale: 1 });
  return { queryResolvers: (createResolvers(store) || {}).Query || {}, store, source: 'DATA resolvers' };
}

const seed = loadSeed();
const { queryResolvers, store, source } = loadResolvers();
// The seed's full selection sets are far above Kraken's per-request limits (test/query-cost.test.js
// covers those); this test is about shapes, so the limits are off.
const executor = createExecutor({ queryResolvers, limits: { complexityLimit: 0, nodeLimit: 0 } });
const context = { auth: { subject: 'agent@sandbox.kraken.test', kind: 'user' }, store, headers: {} };

// a bare type name in the seed's example response that names an object/interface/union type
const isBare = (v) => {
  if (typeof v !== 'string' || !v.startsWith('@@')) return false;
  const type = executor.schema.getType(v.slice(2));
  return Boolean(type && !isLeafType(type));
};
const keysOf = (o) => Object.keys(o).sort().join(',');

/** Compare one object of the result with the seed's example object: same keys, nested shapes. */
function compareObject(actual, expected, where, problems) {
  const got = Object.keys(actual).filter((k) => k !== '__typename' || '__typename' in expected);
  if (got.sort().join(',') !== keysOf(expected)) { problems.push(`${where}: keys ${got} != seed ${Object.keys(expected).sort()}`); return; }
  for (const [key, ex] of Object.entries(expected)) {
    const v = actual[key];
    const exItem = Array.isArray(ex) ? ex[0] : ex;
    if (v === null || !isBare(exItem)) continue;
    // an object shown only by name: the sendable operation selects just __typename beneath it
    const items = Array.isArray(v) ? v : [v];
    if (Array.isArray(ex) && !Array.isArray(v)) problems.push(`${where}.${key}: seed shows a list`);
    // (without brackets the reference may still mean a non-null list, so a list is fine either way)
    for (const item of items) {
      if (item === null) continue;
      if (typeof item !== 'object' || keysOf(item) !== '__typename') problems.push(`${where}.${key}: expected an object with {__typename}, got ${JSON.stringify(item).slice(0, 80)}`);
    }
  }
}

// The seed's example variables are placeholders ("abc123"); where a placeholder cannot mean
// anything (a query text to measure), a real value stands in.
const VARIABLE_OVERRIDES = {
  queryComplexity: { input: { query: 'query Viewer { viewer { id } }', operationName: 'Viewer' } },
};

const counts = { validated: 0, data: 0, documentedErrors: 0, emptyLists: 0 };

test(`seed queries (${seed.length}) validate and execute against the schema using ${source}`, async (t) => {
  for (const entry of seed) {
    await t.test(entry.name, async () => {
      const source = sendableOperation(entry.operation);
      const errors = validate(executor.schema, parse(source));
      assert.deepStrictEqual(errors.map((e) => e.message), [], 'validates');
      counts.validated++;
      const variables = { ...seedVariables(entry, executor.schema), ...(VARIABLE_OVERRIDES[entry.name] || {}) };
      const result = await executor.execute({ query: source, variables, context });
      if (result.errors && result.errors.length) {
        const documented = entry.errors.map((e) => e.code);
        for (const err of result.errors) {
          const code = err.extensions && err.extensions.errorCode;
          assert.ok(documented.includes(code), `error ${code || 'without code'} (${err.message}) is not documented for ${entry.name} (${documented})`);
        }
        counts.documentedErrors++;
        return;
      }
      const value = result.data[entry.name];
      const expected = entry.responseText ? parseLoose(entry.responseText).data[entry.name] : undefined;
      assert.notStrictEqual(value, null, 'data is not null');
      assert.notStrictEqual(value, undefined, 'data present');
      const problems = [];
      if (Array.isArray(expected)) {
        assert.ok(Array.isArray(value), 'seed shows a list');
        if (!value.length) counts.emptyLists++;
        if (expected[0] && typeof expected[0] === 'object') value.forEach((v, i) => compareObject(v, expected[0], `${entry.name}[${i}]`, problems));
      } else if (expected && typeof expected === 'object' && Array.isArray(value)) {
        // the reference prints non-null lists ([X!]!) without brackets
        if (!value.length) counts.emptyLists++;
        value.forEach((v, i) => compareObject(v, expected, `${entry.name}[${i}]`, problems));
      } else if (expected && typeof expected === 'object') {
        assert.strictEqual(typeof value, 'object');
        compareObject(value, expected, entry.name, problems);
      } else if (isBare(expected)) {
        assert.ok(value && typeof value === 'object' && value.__typename, 'abstract result resolves to an object type');
      }
      assert.deepStrictEqual(problems, []);
      counts.data++;
    });
  }
  t.diagnostic(`validated ${counts.validated}/${seed.length}; data ${counts.data} (empty lists ${counts.emptyLists}); documented errors ${counts.documentedErrors}`);
});
