'use strict';
// --hide and --password-sign-in (lib/schema-variations.js): the served schema loses (or gains)
// exactly what was asked, in introspection and in validation, and still builds.
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { parse, validate, validateSchema } = require('graphql');
const { loadSchema } = require('../lib/schema');
const { spawnSandbox } = require('./helpers/spawn-sandbox');
const { gql, signIn, SIGN_IN } = require('./helpers/client');

const SERVER = path.join(__dirname, '..', 'server.js');

const validationMessages = (schema, query) => validate(schema, parse(query)).map((e) => e.message);

test('hiding a field, an enum value and a whole type', () => {
  const base = loadSchema();
  const schema = loadSchema({ hide: ['AccountSearchInputType.nmi', 'CampaignStatus.INACTIVE', 'LifeSupportType'] });
  assert.deepStrictEqual(validateSchema(schema), []);
  assert.ok(base.getType('AccountSearchInputType').getFields().nmi, 'the base schema has the field');
  assert.strictEqual(schema.getType('AccountSearchInputType').getFields().nmi, undefined);
  assert.ok(schema.getType('AccountSearchInputType').getFields().mirn, 'only the named input field goes');
  assert.deepStrictEqual(schema.getType('CampaignStatus').getValues().map((v) => v.name), ['ACTIVE']);
  assert.strictEqual(schema.getType('LifeSupportType'), undefined);
  // Every field of that type went with it (e.g. the one at schema.graphql's `lifeSupport: LifeSupportType`).
  for (const type of Object.values(schema.getTypeMap())) {
    if (!type.getFields || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      assert.doesNotMatch(String(field.type), /\bLifeSupportType\b/, `${type.name}.${field.name}`);
    }
  }
  assert.ok(base.getType('LifeSupportType'), 'the base schema is not changed by a variation');
});

test('hiding an interface drops it from implementations; hiding a union member; a type left empty goes too', () => {
  const schema = loadSchema({ hide: ['Meter'] });
  assert.deepStrictEqual(validateSchema(schema), []);
  assert.strictEqual(schema.getType('Meter'), undefined);
  assert.deepStrictEqual(schema.getType('ElectricityMeterType').getInterfaces().map((i) => i.name), []);

  const union = Object.values(loadSchema().getTypeMap()).find((t) => t.getTypes && t.getTypes().length >= 2 && !t.name.startsWith('__'));
  const [first, ...rest] = union.getTypes().map((t) => t.name);
  const trimmed = loadSchema({ hide: [first] });
  assert.deepStrictEqual(validateSchema(trimmed), []);
  assert.deepStrictEqual(trimmed.getType(union.name).getTypes().map((t) => t.name), rest);

  // A small input type whose every field is hidden disappears, and so do the arguments using it.
  const emptied = loadSchema({ hide: ['QueryComplexityInputType.query', 'QueryComplexityInputType.variables', 'QueryComplexityInputType.operationName'] });
  assert.deepStrictEqual(validateSchema(emptied), []);
  assert.strictEqual(emptied.getType('QueryComplexityInputType'), undefined);
  assert.deepStrictEqual(emptied.getQueryType().getFields().queryComplexity.args, []);
});

test('Query fields can be hidden; a query using a hidden field no longer validates', () => {
  const schema = loadSchema({ hide: ['Query.accountsSearch'] });
  assert.strictEqual(schema.getQueryType().getFields().accountsSearch, undefined);
  const query = 'query S { accountsSearch(searchTerms: {nmi: "1"}) { score } }';
  assert.deepStrictEqual(validationMessages(loadSchema(), query), []);
  assert.match(validationMessages(schema, query).join('\n'), /Cannot query field "accountsSearch" on type "Query"/);
});

test('--password-sign-in adds email and password to ObtainJSONWebTokenInput only', () => {
  const fields = (schema) => Object.keys(schema.getType('ObtainJSONWebTokenInput').getFields()).sort();
  assert.deepStrictEqual(fields(loadSchema()), ['APIKey', 'organizationSecretKey', 'preSignedKey', 'refreshToken']);
  assert.deepStrictEqual(fields(loadSchema({ passwordSignIn: true })), ['APIKey', 'email', 'organizationSecretKey', 'password', 'preSignedKey', 'refreshToken']);
});

test('unknown names and malformed names are refused with a message that names them', () => {
  assert.throws(() => loadSchema({ hide: ['NoSuchType'] }), /--hide NoSuchType: the schema has no type NoSuchType/);
  assert.throws(() => loadSchema({ hide: ['AccountType.noSuchField'] }), /AccountType has no field or value noSuchField/);
  assert.throws(() => loadSchema({ hide: ['Query'] }), /root type cannot be hidden/);
  const bad = spawnSync(process.execPath, [SERVER, '--hide', 'a.b.c'], { encoding: 'utf8' });
  assert.strictEqual(bad.status, 2);
  assert.match(bad.stderr, /--hide a\.b\.c: expected Type or Type\.field/);
  const unknown = spawnSync(process.execPath, [SERVER, '--port', '0', '--hide', 'NoSuchType'], { encoding: 'utf8', timeout: 20000 });
  assert.strictEqual(unknown.status, 1);
  assert.match(unknown.stderr, /could not start: --hide NoSuchType: the schema has no type NoSuchType/);
});

test('a server with --hide serves the reduced schema: introspection and validation', async (t) => {
  const sb = await spawnSandbox(['--hide', 'AccountSearchInputType.nmi', '--hide', 'Query.inkLiveChatConversations', '--hide', 'LifeSupportType'], { requestLog: false });
  t.after(() => sb.stop());
  const { token } = await signIn(sb.url);

  const intro = await gql(sb.url, `{
    search: __type(name: "AccountSearchInputType") { inputFields { name } }
    life: __type(name: "LifeSupportType") { name }
    query: __schema { queryType { fields { name } } }
  }`);
  assert.strictEqual(intro.status, 200, intro.text);
  const inputs = intro.json.data.search.inputFields.map((f) => f.name);
  assert.ok(inputs.includes('mirn') && !inputs.includes('nmi'), inputs.join(','));
  assert.strictEqual(intro.json.data.life, null);
  const roots = intro.json.data.query.queryType.fields.map((f) => f.name);
  assert.ok(roots.includes('accountsSearch') && !roots.includes('inkLiveChatConversations'));

  const hiddenInput = await gql(sb.url, 'query S { accountsSearch(searchTerms: {nmi: "4102000001"}) { score } }', { token });
  assert.strictEqual(hiddenInput.status, 400, hiddenInput.text);
  assert.match(hiddenInput.json.errors[0].message, /"nmi" is not defined by type "AccountSearchInputType"/);
  const hiddenRoot = await gql(sb.url, 'query Q { inkLiveChatConversations(first: 5) { edges { node { id } } } }', { token });
  assert.strictEqual(hiddenRoot.status, 400, hiddenRoot.text);
  assert.match(hiddenRoot.json.errors[0].message, /Cannot query field "inkLiveChatConversations" on type "Query"/);

  const visible = await gql(sb.url, 'query S { accountsSearch(searchTerms: {mirn: "5210000001"}) { score } }', { token });
  assert.strictEqual(visible.status, 200, visible.text);
  assert.strictEqual(visible.json.errors, undefined, visible.text);
});

test('email and password sign in only with --password-sign-in', async (t) => {
  const input = { email: 'agent@sandbox.kraken.test', password: 'sandbox-agent' };
  const plain = await spawnSandbox([], { requestLog: false });
  t.after(() => plain.stop());
  const refused = await gql(plain.url, SIGN_IN, { variables: { input }, operationName: 'SignIn' });
  assert.strictEqual(refused.status, 400, refused.text);
  assert.match(refused.json.errors[0].message, /Field "email" is not defined by type "ObtainJSONWebTokenInput"/);

  const older = await spawnSandbox(['--password-sign-in', '--user', 'second@sandbox.kraken.test:another-pass'], { requestLog: false });
  t.after(() => older.stop());
  const viaPassword = await signIn(older.url, input);
  assert.strictEqual(viaPassword.payload.email, 'agent@sandbox.kraken.test');
  assert.strictEqual(viaPassword.payload.gty, 'EMAIL-AND-PASSWORD');
  assert.ok((await signIn(older.url, { email: 'second@sandbox.kraken.test', password: 'another-pass' })).token);
  const wrong = await gql(older.url, SIGN_IN, { variables: { input: { ...input, password: 'nope' } }, operationName: 'SignIn' });
  assert.strictEqual(wrong.status, 200, wrong.text);
  assert.strictEqual(wrong.json.data.obtainKrakenToken, null);
  assert.strictEqual(wrong.json.errors[0].extensions.errorCode, 'KT-CT-1138');
  assert.ok((await signIn(older.url)).token, 'the API key still works alongside');
});
