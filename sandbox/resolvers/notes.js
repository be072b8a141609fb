'use strict';
// Mutation.createAccountNote, with state: a note added here is in the account's `notes` from
// the next query on (newest first), for as long as the sandbox runs. Errors are the codes
// Kraken documents for the mutation.
const { fail, invalid } = require('./common');

const MAX_NOTE_LENGTH = 10000;

function noteResolvers(store, nodes) {
  function createAccountNote(args) {
    const input = (args && args.input) || {};
    const number = typeof input.accountNumber === 'string' ? input.accountNumber.trim() : '';
    if (!number) throw fail('KT-AU-4110');
    const account = store.accountByNumber(number);
    if (!account) throw fail('KT-CT-4123');
    const text = typeof input.note === 'string' ? input.note : '';
    if (!text.trim() || text.length > MAX_NOTE_LENGTH) {
      throw invalid('KT-CT-4180', undefined, [{ message: 'Account note must be a valid string.', inputPath: ['input', 'note'] }]);
    }
    const now = Date.now();
    if (input.unpinAt != null) {
      if (!input.isPinned) throw fail('KT-CT-4195');
      const unpinMs = Date.parse(input.unpinAt);
      if (!Number.isFinite(unpinMs) || unpinMs <= now) throw fail('KT-CT-4196');
    }
    const note = store.addNote(account, { body: text, isPinned: Boolean(input.isPinned), unpinAt: input.unpinAt || null, createdAt: new Date(now).toISOString() });
    return {
      __typename: 'CreateAccountNote',
      note: { __typename: 'AccountNoteType', ...note },
      account: () => nodes.account(account),
    };
  }
  return { createAccountNote };
}

module.exports = { noteResolvers };
