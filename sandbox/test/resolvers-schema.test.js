'use strict';
// Every implemented root field, executed through graphql-js against the current
// schema.graphql with generated selection sets: the resolvers' values must fit the
// schema (list-ness, enums, abstract types) without GraphQL errors. Uses
// lib/schema.js's createExecutor when it exists, otherwise a minimal executor with
// the contract's field resolver (property value or function; missing -> null).
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const {
  buildSchema, graphql, getNamedType, getNullableType, isObjectType, isInterfaceType, isUnionType,
  isLeafType, isNonNullType, isInputObjectType, isListType, isEnumType,
} = require('graphql');
const { createStore } = require('../data/store');
const { createResolvers } = require('../resolvers');

const SCHEMA_FILE = path.join(__dirname, '..', 'schema.graphql');
const hasSchema = fs.existsSync(SCHEMA_FILE);

function makeExecutor(Query) {
  const schemaLib = path.join(__dirname, '..', 'lib', 'schema.js');
  if (fs.existsSync(schemaLib) && !process.env.SANDBOX_DATA_TEST_NO_EXECUTOR) {
    try { return require(schemaLib).createExecutor({
      queryResolvers: Query, mutationResolvers: {},
      limits: { complexityLimit: 0, nodeLimit: 0 }, // generated selections exceed Kraken's limits; shapes are the point here
    }); } catch (e) { /* fall through */ }
  }
  // assumeValid: schema validity is the SCHEMA helper's test; this one checks value shapes.
  const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'), { assumeValid: true });
  // Stand-in for lib/fallback.js: a minimal value for missing non-null fields.
  const minimal = (type) => {
    if (!isNonNullType(type)) return null;
    const t = getNullableType(type);
    if (isListType(t)) return [];
    if (isLeafType(t)) return t.name === 'Int' || t.name === 'Float' ? 0 : t.name === 'Boolean' ? false : isEnumType(t) ? t.getValues()[0].value : '';
    return isObjectType(t) && t.getFields().pageInfo ? { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false }, totalCount: 0, edgeCount: 0 } : {};
  };
  const fieldResolver = (source, args, context, info) => {
    const v = source == null ? undefined : source[info.fieldName];
    if (typeof v === 'function') return v(args, context, info);
    return v === undefined ? minimal(info.returnType) : v;
  };
  const typeResolver = (value, ctx, info, abstract) => value.__typename || info.schema.getPossibleTypes(abstract)[0].name;
  return {
    schema,
    execute: ({ query, variables, context }) => graphql({ schema, source: query, rootValue: Query, contextValue: context, variableValues: variables, fieldResolver, typeResolver }),
  };
}

/**
 * Selection set for a type, depth-limited; fields with required args are skipped. Inside an
 * interface or union each member's fields are aliased (Type_field), since members may give
 * one field name different types (identifier: String on one, ID on another).
 */
function selection(schema, type, depth, aliasFor = null) {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (depth <= 0) return '{ __typename }';
  if (isUnionType(named) || isInterfaceType(named)) {
    const parts = schema.getPossibleTypes(named).map((p) => `... on ${p.name} ${selection(schema, p, depth, p.name)}`);
    return `{ __typename ${parts.join(' ')} }`;
  }
  const out = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const sub = selection(schema, f.type, depth - 1);
    const first = f.args.some((a) => a.name === 'first') ? '(first: 2)' : '';
    out.push(`${aliasFor ? `${aliasFor}_${f.name}: ` : ''}${f.name}${first} ${sub}`);
  }
  return `{ ${out.join(' ')} }`;
}

/** Keep only arguments (and input fields) the schema declares. */
function argsFor(schema, fieldName, wanted) {
  const field = schema.getQueryType().getFields()[fieldName];
  if (!field) return null;
  const out = {};
  for (const a of field.args) {
    if (!(a.name in wanted)) continue;
    const t = getNamedType(a.type);
    if (isInputObjectType(t)) {
      const fields = t.getFields();
      const v = Object.fromEntries(Object.entries(wanted[a.name]).filter(([k]) => k in fields));
      if (Object.keys(v).length) out[a.name] = v;
    } else out[a.name] = wanted[a.name];
  }
  return { field, args: out };
}

const CASES = [
  ['account', { accountNumber: 'A-2B7E41C9' }, 3],
  ['accounts', { phoneNumber: '0491570157' }, 2],
  ['accountsSearch', { searchTerms: { billingName: 'Siobhan Mulcahy', accountNumber: 'A-8E4B92D1' }, maxResults: 3 }, 3],
  ['accountUser', { input: { accountUserEmail: 'siobhan.mulcahy@outlook.com' } }, 2],
  ['accountUser', { input: { id: '300008' } }, 2],
  ['accountUserSearch', { input: { givenName: 'Hollie', familyName: 'Pemberton', dateOfBirth: '1996-12-18', email: 'hollie.pemberton@icloud.com', mobile: '+61491570313', landline: '' } }, 2],
  ['accountUserFromAccountNumber', { input: { accountNumber: 'A-9A63F05B' } }, 2],
  ['getUsersForAccount', { accountNumber: 'A-8E4B92D1' }, 2],
  ['getUsersForAccounts', { accountNumbers: ['A-8E4B92D1', 'A-9A63F05B'] }, 2],
  ['viewer', {}, 2],
  ['campaigns', { accountNumber: 'A-9A63F05B', first: 5 }, 3],
  ['propertiesSearch', { searchTerm: '26 Sylvan Road Toowong' }, 4],
  ['propertySearch', { searchTerm: '2204' }, 2],
  ['property', { nmi: '4102918273' }, 4],
  ['meterPoint', { nmi: '3114605528' }, 3],
  ['nmiCheck', { nmi: '4102918273' }, 2],
  ['mirnCheck', { mirn: '5261038472' }, 2],
  ['nmiDiscovery', { input: { houseNumber: '26', streetName: 'Sylvan', streetType: 'ROAD', stateTerritory: 'QUEENSLAND', postcode: '4066', jurisdictionCode: 'QUEENSLAND' } }, 3],
  ['electricityMeterReadings', { meterId: '800000', includeQuarantined: true, first: 3 }, 4],
  ['estimateMeterReadings', { periodStart: '2025-10-01T00:00:00+10:00', periodEnd: '2025-10-03T00:00:00+10:00', marketIdentifier: '5238174650', first: 5 }, 4],
  ['supplyPoints', { accountNumber: 'A-2B7E41C9', first: 5 }, 4],
  ['supplyPoint', { externalIdentifier: '5238174650', marketName: 'AU_GAS' }, 3],
  ['electricityMeterReadings', { meterId: '800004', startAt: '2025-03-01', endAt: '2025-03-01', first: 5 }, 4],
  ['estimateMeterReadings', { periodStart: '2025-10-01T00:00:00+10:00', periodEnd: '2025-10-03T00:00:00+10:00', marketIdentifier: '4102918273', first: 5 }, 4],
  ['embeddedNetwork', { id: 'EN-1' }, 3],
  ['inkConversation', { accountNumber: 'A-8E4B92D1' }, 5],
  ['inkLiveChatConversations', { status: 'OPEN', first: 3 }, 4],
  ['voiceCampaigns', { status: 'ACTIVE', first: 3 }, 4],
  ['voiceCampaign', { campaignId: 'VC-1001' }, 4],
  ['callTags', { isActive: true, first: 5 }, 4],
  ['callTag', { id: '1' }, 2],
  ['call', { id: '880001' }, 3],
  ['agentCallCenterStatus', { supportUserName: 'jordan.ashby' }, 2],
  ['inboundCallAverageWaitTime', {}, 2],
  ['accountReference', { value: 'RE1000000' }, 2],
  ['portfolio', { portfolioNumber: 'P-9A63F05B' }, 3],
  ['accountDebtPosition', { accountNumber: 'A-2B7E41C9' }, 3],
  ['krakenVersion', {}, 2],
  ['accountChargeReasons', {}, 2],
];

test('root fields execute against schema.graphql without errors', { skip: !hasSchema && 'schema.graphql not generated yet' }, async () => {
  const store = createStore({ seed: 1, scale: 1 });
  const { Query } = createResolvers(store);
  const executor = makeExecutor(Query);
  const schema = executor.schema;
  const context = { auth: { subject: 'kraken|account-user:1001', kind: 'user', email: 'agent@sandbox.kraken.test' }, store, headers: {} };
  const problems = [];
  for (const [name, wanted, depth] of CASES) {
    const found = argsFor(schema, name, wanted);
    if (!found) continue; // not in this schema
    const { field, args } = found;
    const missingRequired = field.args.some((a) => isNonNullType(a.type) && !(a.name in args));
    if (missingRequired) continue;
    const varDefs = field.args.filter((a) => a.name in args).map((a) => `$${a.name}: ${a.type}`);
    const argList = field.args.filter((a) => a.name in args).map((a) => `${a.name}: $${a.name}`);
    const query = `query T${varDefs.length ? `(${varDefs.join(', ')})` : ''} { ${name}${argList.length ? `(${argList.join(', ')})` : ''} ${selection(schema, field.type, depth)} }`;
    const result = await executor.execute({ query, variables: args, operationName: 'T', context });
    if (result.errors && result.errors.length) problems.push(`${name}: ${result.errors.slice(0, 3).map((e) => `${e.message} @ ${(e.path || []).join('.')}`).join(' | ')}`);
    else if (result.data[name] == null && !isNonNullType(field.type)) problems.push(`${name}: null`);
  }
  assert.deepStrictEqual(problems, []);
});

test('a real console query through the executor', { skip: !hasSchema && 'schema.graphql not generated yet' }, async () => {
  const store = createStore({ seed: 1, scale: 1 });
  const executor = makeExecutor(createResolvers(store).Query);
  const query = `query Acc($n: String!) { account(accountNumber: $n) { number status balance overdueBalance isInHardship
    transactions(first: 3) { totalCount edgeCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`;
  const r = await executor.execute({ query, variables: { n: 'A-5C19D3E8' }, operationName: 'Acc', context: {} });
  assert.deepStrictEqual(r.errors, undefined);
  assert.strictEqual(r.data.account.number, 'A-5C19D3E8');
  assert.strictEqual(r.data.account.balance, 152380);
  assert.ok(r.data.account.transactions.totalCount >= 10000);
  assert.strictEqual(r.data.account.transactions.edges.length, 3);
  const err = await executor.execute({ query, variables: { n: 'A-00000000' }, operationName: 'Acc', context: {} });
  assert.strictEqual(err.errors[0].extensions.errorCode, 'KT-CT-4177');
});
