'use strict';
// createAccountNote with state: the next AccountNotes query shows the note, the request log
// records it (without its text), and run-time faults apply to the mutation, including those
// that keep the note and lose the answer.
const test = require('node:test');
const assert = require('node:assert');
const { spawnSandbox, readLog } = require('./helpers/spawn-sandbox');
const { gql, request, signIn } = require('./helpers/client');

const ACCOUNT = 'A-2B7E41C9';
const CREATE = `mutation CreateAccountNote($input: CreateAccountNoteInput!) {
  createAccountNote(input: $input) { note { id body isPinned createdAt unpinAt } } }`;
const NOTES = 'query AccountNotes($accountNumber: String!) { account(accountNumber: $accountNumber) { number notes { id body isPinned createdAt unpinAt } } }';

test('account notes', async (t) => {
  const sb = await spawnSandbox(['--allow-faults']);
  t.after(() => sb.stop());
  const { token } = await signIn(sb.url);
  const create = (input, headers = {}) => gql(sb.url, CREATE, { token, operationName: 'CreateAccountNote', variables: { input: { accountNumber: ACCOUNT, isPinned: false, ...input } }, headers });
  const notesWith = async (body) => {
    const r = await gql(sb.url, NOTES, { token, operationName: 'AccountNotes', variables: { accountNumber: ACCOUNT } });
    return r.json.data.account.notes.filter((n) => n.body === body);
  };
  const setFault = (spec) => request(`${sb.url.replace(/\/v1\/graphql\/?$/, '')}/sandbox/fault`, { method: 'PUT', body: spec });

  await t.test('a created note is in the next query, newest first, and logged without its text', async () => {
    const before = (await gql(sb.url, NOTES, { token, variables: { accountNumber: ACCOUNT } })).json.data.account.notes.length;
    const unpinAt = new Date(Date.now() + 86400000).toISOString();
    const r = await create({ note: 'Customer asked for paper bills', isPinned: true, unpinAt });
    assert.strictEqual(r.status, 200, r.text);
    const note = r.json.data.createAccountNote.note;
    assert.strictEqual(note.body, 'Customer asked for paper bills');
    assert.strictEqual(note.isPinned, true);
    assert.strictEqual(note.unpinAt, unpinAt);
    const after = (await gql(sb.url, NOTES, { token, variables: { accountNumber: ACCOUNT } })).json.data.account.notes;
    assert.strictEqual(after.length, before + 1);
    assert.deepStrictEqual(after[0], note);
    const line = readLog(sb.logPath).find((l) => l.operationName === 'CreateAccountNote');
    assert.strictEqual(line.operationType, 'mutation');
    assert.strictEqual(line.outcome, 'ok');
    assert.strictEqual(line.variables.input.note, '(REDACTED)');
    assert.ok(!JSON.stringify(readLog(sb.logPath)).includes('paper bills'));
  });

  await t.test('documented refusals', async () => {
    const code = async (input) => (await create(input)).json.errors[0].extensions.errorCode;
    assert.strictEqual(await code({ note: '   ' }), 'KT-CT-4180');
    assert.strictEqual(await code({ note: 'x', accountNumber: '' }), 'KT-AU-4110');
    assert.strictEqual(await code({ note: 'x', accountNumber: 'A-00000000' }), 'KT-CT-4123');
    assert.strictEqual(await code({ note: 'x', isPinned: false, unpinAt: new Date(Date.now() + 60000).toISOString() }), 'KT-CT-4195');
    assert.strictEqual(await code({ note: 'x', isPinned: true, unpinAt: '2020-01-01T00:00:00Z' }), 'KT-CT-4196');
  });

  // Which faults run the mutation: the note is there exactly once, or not at all.
  const cases = [
    ['reset', 0], ['http-503', 0], ['expired-token', 0], ['reset-after-commit', 1], ['truncate', 1], ['trickle=300', 1],
  ];
  for (const [fault, kept] of cases) {
    await t.test(`fault ${fault} on the mutation: the note is kept ${kept} time(s)`, async () => {
      const body = `Note under ${fault}`;
      const set = await setFault(`${fault};op=CreateAccountNote`);
      assert.strictEqual(set.status, 200, set.text);
      await create({ note: body });
      await setFault('');
      assert.strictEqual((await notesWith(body)).length, kept);
      const lines = readLog(sb.logPath).filter((l) => l.operationName === 'CreateAccountNote' && l.fault);
      assert.strictEqual(lines[lines.length - 1].fault, `${fault};op=CreateAccountNote`);
    });
  }
});

test('an agent signed in with a look-only key is refused every mutation but sign-in', async (t) => {
  const sb = await spawnSandbox(['--look-only-key', 'sk_sandbox_look_only']);
  t.after(() => sb.stop());
  const { token } = await signIn(sb.url, { APIKey: 'sk_sandbox_look_only' });
  const body = 'Written by an agent who may not';
  const r = await gql(sb.url, CREATE, { token, operationName: 'CreateAccountNote', variables: { input: { accountNumber: ACCOUNT, note: body, isPinned: false } } });
  assert.strictEqual(r.status, 200, r.text);
  assert.strictEqual(r.json.errors[0].extensions.errorCode, 'KT-CT-4177');
  assert.strictEqual(r.json.data.createAccountNote, null);
  // Looking is still allowed, and nothing was written.
  const notes = await gql(sb.url, NOTES, { token, operationName: 'AccountNotes', variables: { accountNumber: ACCOUNT } });
  assert.ok(notes.json.data.account.notes.every((n) => n.body !== body));
  // The default agent may still act on the same sandbox.
  const agent = await signIn(sb.url);
  const allowed = await gql(sb.url, CREATE, { token: agent.token, operationName: 'CreateAccountNote', variables: { input: { accountNumber: ACCOUNT, note: body, isPinned: false } } });
  assert.strictEqual(allowed.json.data.createAccountNote.note.body, body);
});
