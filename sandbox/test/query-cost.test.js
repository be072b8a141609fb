'use strict';
// Kraken's per-request limits (lib/query-cost.js): page sizes below 100, the complexity and
// node limits (KT-CT-1188 / KT-CT-1189, HTTP 200), and Query.queryComplexity with the same model.
const test = require('node:test');
const assert = require('node:assert');
const { parse } = require('graphql');
const { loadSchema } = require('../lib/schema');
const { queryCost, checkLimits, DEFAULT_PAGE_SIZE } = require('../lib/query-cost');
const { spawnSandbox } = require('./helpers/spawn-sandbox');
const { gql, signIn } = require('./helpers/client');

const schema = loadSchema();

const TRANSACTIONS = `query AccountTransactions($first: Int) {
  account(accountNumber: "A-8E4B92D1") {
    number
    transactions(first: $first) { totalCount pageInfo { hasNextPage } edges { node { __typename id amount } } }
  }
}`;
const NESTED = (outer, inner) => `query CampaignItems {
  voiceCampaigns(first: ${outer}) { edges { node { id campaignItems(first: ${inner}) { edges { node { id } } } } } }
}`;

test('the cost model: fields once each, a connection adds its page size, nested pages multiply', () => {
  // 10 fields (__typename is free) + transactions' page of 10.
  assert.deepStrictEqual(queryCost(schema, parse(TRANSACTIONS), { first: 10 }), { complexity: 20, nodes: 13 });
  // nodes: account 1, connection 1, pageInfo 1, 10 edges (an edge and its node are one).
  assert.deepStrictEqual(queryCost(schema, TRANSACTIONS, { first: 50 }), { complexity: 60, nodes: 53 });
  // Without first/last the default page size counts.
  assert.strictEqual(queryCost(schema, TRANSACTIONS, {}).complexity, 10 + DEFAULT_PAGE_SIZE);
  // 8 fields + 20 campaigns + 20 x 50 items; nodes 1 + 20 + 20 connections + 1000 items.
  assert.deepStrictEqual(queryCost(schema, NESTED(20, 50)), { complexity: 1028, nodes: 1041 });
  // Fragments count like the fields they hold; @skip removes what it skips.
  const withFragment = `query F($skip: Boolean!) { account(accountNumber: "A") { ...Bits number @skip(if: $skip) } }
    fragment Bits on AccountType { balance transactions(last: 5) { edges { node { id } } } }`;
  assert.deepStrictEqual(queryCost(schema, withFragment, { skip: false }), { complexity: 7 + 5, nodes: 7 });
  assert.deepStrictEqual(queryCost(schema, withFragment, { skip: true }), { complexity: 6 + 5, nodes: 7 });
  // The operation is chosen by name.
  const two = `query A { viewer { id } } query B { viewer { id givenName } }`;
  assert.strictEqual(queryCost(schema, two, {}, 'B').complexity, 3);
  assert.throws(() => queryCost(schema, two, {}), /Must provide operation name/);
});

test('checkLimits: page size, complexity, nodes, each with its error', () => {
  const page = checkLimits(schema, parse(TRANSACTIONS), { first: 100 }, 'AccountTransactions');
  assert.strictEqual(page.length, 1);
  assert.match(page[0].message, /`first` argument of `transactions` must be set to a value less than 100 \(it was 100\)/);
  assert.strictEqual(page[0].extensions.errorType, 'VALIDATION');
  assert.deepStrictEqual(page[0].extensions.validationErrors[0].inputPath, ['account', 'transactions', 'first']);
  assert.deepStrictEqual(checkLimits(schema, parse(TRANSACTIONS), { first: 99 }, 'AccountTransactions'), []);
  const complex = checkLimits(schema, parse(NESTED(20, 50)), {}, 'CampaignItems');
  assert.strictEqual(complex[0].extensions.errorCode, 'KT-CT-1188');
  assert.match(complex[0].message, /1028 for CampaignItems exceeds the limit of 200/);
  assert.deepStrictEqual(checkLimits(schema, parse(NESTED(20, 50)), {}, 'CampaignItems', { complexityLimit: 1028 }), []);
  const nodes = checkLimits(schema, parse(NESTED(20, 50)), {}, 'CampaignItems', { complexityLimit: 0, nodeLimit: 1000 });
  assert.strictEqual(nodes[0].extensions.errorCode, 'KT-CT-1189');
  assert.match(nodes[0].message, /CampaignItems may return 1041 nodes, above the limit of 1000/);
  // 99 x 99 nested items is exactly the default node limit (1 + 99 + 99 + 9801): allowed.
  assert.deepStrictEqual(checkLimits(schema, parse(NESTED(99, 99)), {}, undefined, { complexityLimit: 0 }), []);
});

test('over HTTP: limits answer HTTP 200 with errors and null data; queryComplexity uses the same model', async (t) => {
  const sb = await spawnSandbox([], { requestLog: false });
  t.after(() => sb.stop());
  const { token } = await signIn(sb.url);

  const ok = await gql(sb.url, TRANSACTIONS, { token, variables: { first: 99 } });
  assert.strictEqual(ok.status, 200, ok.text);
  assert.strictEqual(ok.json.errors, undefined, ok.text);
  assert.ok(ok.json.data.account.transactions.edges.length > 0);

  for (const [query, variables] of [[TRANSACTIONS, { first: 100 }], [TRANSACTIONS.replace('first: $first', 'last: $first'), { first: 150 }]]) {
    const refused = await gql(sb.url, query, { token, variables });
    assert.strictEqual(refused.status, 200, refused.text);
    assert.strictEqual(refused.json.data, null);
    assert.match(refused.json.errors[0].message, /must be set to a value less than 100/);
    assert.strictEqual(refused.json.errors[0].extensions.errorType, 'VALIDATION');
  }

  const complex = await gql(sb.url, NESTED(20, 50), { token });
  assert.strictEqual(complex.status, 200, complex.text);
  assert.strictEqual(complex.json.data, null);
  assert.strictEqual(complex.json.errors[0].extensions.errorCode, 'KT-CT-1188');

  const measured = await gql(sb.url, `query Q($input: QueryComplexityInputType!) { queryComplexity(input: $input) { complexityValue } }`, {
    token, variables: { input: { query: TRANSACTIONS, variables: JSON.stringify({ first: 42 }), operationName: 'AccountTransactions' } },
  });
  assert.strictEqual(measured.json.errors, undefined, measured.text);
  assert.strictEqual(measured.json.data.queryComplexity.complexityValue, queryCost(schema, TRANSACTIONS, { first: 42 }).complexity);
  assert.strictEqual(measured.json.data.queryComplexity.complexityValue, 52);
  const nested = await gql(sb.url, 'query Q($q: String!) { queryComplexity(input: {query: $q}) { complexityValue } }', { token, variables: { q: NESTED(20, 50) } });
  assert.strictEqual(nested.json.data.queryComplexity.complexityValue, 1028, 'an operation over the limit can still be measured');
  const broken = await gql(sb.url, 'query Q { queryComplexity(input: {query: "{ nope }"}) { complexityValue } }', { token });
  assert.strictEqual(broken.status, 200, broken.text);
  assert.match(broken.json.errors[0].message, /cannot be measured: Cannot query field "nope"/);
});

test('--complexity-limit and --node-limit set the limits (0 turns one off)', async (t) => {
  const sb = await spawnSandbox(['--complexity-limit', '0', '--node-limit', '1000'], { requestLog: false });
  t.after(() => sb.stop());
  const { token } = await signIn(sb.url);
  const tooMany = await gql(sb.url, NESTED(20, 50), { token });
  assert.strictEqual(tooMany.status, 200, tooMany.text);
  assert.strictEqual(tooMany.json.data, null);
  assert.strictEqual(tooMany.json.errors[0].extensions.errorCode, 'KT-CT-1189');
  const fits = await gql(sb.url, NESTED(20, 40), { token }); // 1 + 20 + 20 + 800 nodes
  assert.ok(!(fits.json.errors || []).some((e) => /KT-CT-118[89]/.test(e.extensions && e.extensions.errorCode)), fits.text);
  assert.ok(fits.json.data && fits.json.data.voiceCampaigns, fits.text);

  const strict = await spawnSandbox(['--complexity-limit', '15'], { requestLog: false });
  t.after(() => strict.stop());
  const strictToken = (await signIn(strict.url)).token;
  const r = await gql(strict.url, TRANSACTIONS, { token: strictToken, variables: { first: 10 } });
  assert.strictEqual(r.json.errors[0].extensions.errorCode, 'KT-CT-1188');
  assert.match(r.json.errors[0].message, /complexity of 20 for AccountTransactions exceeds the limit of 15/);
});
