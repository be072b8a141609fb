'use strict';
// The generated SDL builds, and every Query field of the seed (../shared/seed/kraken-queries.txt) exists
// with the seed's argument names and types and its documented return type.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { buildSchema, buildASTSchema, parse, getNamedType, isObjectType } = require('graphql');
const { loadSeed, variableDeclarations, fieldArguments } = require('../tools/seed-parser');
const { SCHEMA_PATH } = require('../lib/schema');
const { RETURN_TYPES } = require('../tools/gen-schema');

const seed = loadSeed();
const schema = buildSchema(fs.readFileSync(SCHEMA_PATH, 'utf8'));
const queryFields = schema.getQueryType().getFields();

// gen-schema.js takes a Query field's return type from the seed's `Type:` line, else from the Origin
// reference, else from its RETURN_TYPES guesses; the reference sits beside the worktree.
const REFERENCE = path.join(process.env.KRAKEN_SCHEMAS_DIR || path.join(__dirname, '..', '..', '..', 'shared', 'kraken-schemas'), 'origin-au-2026-07-27.graphql');
const referenceQuery = fs.existsSync(REFERENCE)
  ? buildASTSchema(parse(fs.readFileSync(REFERENCE, 'utf8')), { assumeValidSDL: true, assumeValid: true }).getQueryType().getFields()
  : null;

test('seed parser finds 167 headed Query entries (+ 6 whose headers the reference lost)', () => {
  assert.strictEqual(seed.filter((e) => !e.headerless).length, 167);
  assert.strictEqual(seed.length, 173);
  assert.strictEqual(new Set(seed.map((e) => e.name)).size, seed.length);
});

test(`schema.graphql builds (${Object.keys(schema.getTypeMap()).length} types)`, () => {
  assert.ok(schema.getQueryType());
  assert.ok(schema.getMutationType().getFields().obtainKrakenToken);
});

test(`all ${seed.length} seed fields exist on Query with the seed's arguments and return types`, (t) => {
  if (!referenceQuery) t.diagnostic(`${REFERENCE} absent: return types without a seed Type: line are checked against gen-schema's guesses only where the seed shows them`);
  const problems = [];
  for (const e of seed) {
    const field = queryFields[e.name];
    if (!field) { problems.push(`${e.name}: missing`); continue; }
    const decls = variableDeclarations(e.operation);
    const want = fieldArguments(e.operation, e.name).map((a) => `${a.name}: ${decls[a.variable]}`);
    const have = field.args.map((a) => `${a.name}: ${a.type}`);
    if (want.join(', ') !== have.join(', ')) problems.push(`${e.name}: args (${have}) != seed (${want})`);
    const fromReference = referenceQuery && referenceQuery[e.name] && String(referenceQuery[e.name].type);
    const rt = e.returnType || fromReference || (referenceQuery ? RETURN_TYPES[e.name] : null);
    if (rt && String(field.type) !== rt) problems.push(`${e.name}: returns ${field.type}, seed says ${rt}`);
  }
  assert.deepStrictEqual(problems, []);
});

test('obtainKrakenToken mutation has the reference input (no email/password) and output fields', () => {
  const m = schema.getMutationType().getFields().obtainKrakenToken;
  assert.strictEqual(String(m.args[0].type), 'ObtainJSONWebTokenInput!');
  const input = Object.keys(schema.getType('ObtainJSONWebTokenInput').getFields()).sort();
  assert.deepStrictEqual(input, ['APIKey', 'organizationSecretKey', 'preSignedKey', 'refreshToken']);
  const out = schema.getType('ObtainKrakenJSONWebToken').getFields();
  assert.deepStrictEqual(Object.keys(out).sort(), ['payload', 'possibleErrors', 'refreshExpiresIn', 'refreshToken', 'token']);
  assert.ok(out.possibleErrors.deprecationReason !== undefined, 'possibleErrors is deprecated, as in the reference');
  assert.strictEqual(String(out.refreshExpiresIn.type), 'Int');
});

// Which connections have totalCount/edgeCount is the reference's business (test/reference-shapes.test.js):
// the Ink connections, for one, have neither.
test('every Relay connection has pageInfo, edges{cursor node} and paging args', () => {
  const problems = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    if (/Connection$/.test(type.name)) {
      const f = type.getFields();
      for (const k of ['pageInfo', 'edges']) if (!f[k]) problems.push(`${type.name}.${k}`);
      const edge = f.edges && getNamedType(f.edges.type);
      if (edge && !(edge.getFields().cursor && edge.getFields().node)) problems.push(`${edge.name} cursor/node`);
    }
    for (const field of Object.values(type.getFields())) {
      if (!/Connection$/.test(getNamedType(field.type).name)) continue;
      const args = field.args.map((a) => a.name);
      for (const a of ['first', 'after', 'last', 'before']) if (!args.includes(a)) problems.push(`${type.name}.${field.name}(${a})`);
    }
  }
  const pageInfo = Object.keys(schema.getType('PageInfo').getFields()).sort();
  assert.deepStrictEqual(pageInfo, ['endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor']);
  assert.deepStrictEqual(problems, []);
  assert.ok(!schema.getType('InkConversationEventsConnection').getFields().totalCount, 'no invented totalCount');
});

test('console types carry the fields an agent needs (in the reference shapes)', () => {
  const need = {
    AccountType: ['number', 'status', 'balance', 'address', 'ledgers', 'transactions', 'bills', 'payments', 'notes', 'properties'],
    AccountUserType: ['givenName', 'familyName', 'email', 'mobile', 'landline', 'dateOfBirth'],
    RichAddressType: ['streetAddress', 'locality', 'administrativeArea', 'postalCode', 'country'],
    PropertyType: ['address', 'postcode', 'meterPoints', 'electricityMeterPoints'],
    MeterPointType: ['identifier', 'nmiChecksum', 'meters'], GasMeterPointType: ['identifier', 'meters'],
    LifeSupportType: ['hasLifeSupportRecord', 'records'],
    Meter: ['id', 'serialNumber'], InkConversation: ['events', 'status', 'buckets', 'tags'],
    InkEmail: ['subject', 'fromHandle', 'toHandles', 'attachments', 'displayContent'],
    VoiceCampaignType: ['name', 'status', 'campaignItems'], CallTagType: ['name'],
  };
  for (const [type, fields] of Object.entries(need)) {
    const have = schema.getType(type).getFields();
    for (const f of fields) assert.ok(have[f], `${type}.${f}`);
  }
});

test('operationFields lists top-level fields and the operation type', () => {
  const { operationFields } = require('../lib/schema');
  const doc = 'query A { viewer { id } ...F } fragment F on Query { account(accountNumber: "x") { id } } mutation B { obtainKrakenToken(input: {}) { token } }';
  assert.deepStrictEqual(operationFields(doc, 'A'), { operation: 'query', fields: ['viewer', 'account'] });
  assert.deepStrictEqual(operationFields(doc, 'B'), { operation: 'mutation', fields: ['obtainKrakenToken'] });
});

test('fallback values are deterministic and realistic', async () => {
  const { createExecutor } = require('../lib/schema');
  const ex = createExecutor({});
  const query = '{ viewer { givenName email mobile dateOfBirth } account(accountNumber: "A-1") { status balance payments(first: 1) { totalCount edgeCount pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } } }';
  const a = await ex.execute({ query });
  const b = await ex.execute({ query });
  assert.deepStrictEqual(a, b);
  assert.ok(!a.errors, JSON.stringify(a.errors));
  assert.match(a.data.viewer.email, /^[a-z.]+@example\.com\.au$/);
  assert.match(a.data.viewer.mobile, /^\+614\d{8}$/);
  assert.match(a.data.viewer.dateOfBirth, /^\d{4}-\d\d-\d\d$/);
  assert.ok(schema.getType('AccountStatus').getValues().some((v) => v.value === a.data.account.status));
  assert.ok(Number.isInteger(a.data.account.balance));
  const p = a.data.account.payments;
  assert.strictEqual(p.edgeCount, 1);
  assert.strictEqual(p.pageInfo.hasNextPage, p.totalCount > 1);
});
