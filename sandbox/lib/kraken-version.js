'use strict';
// --kraken-version NUMBER: Query.krakenVersion answers NUMBER (with a SHA derived from it), so a
// test can act out a Kraken upgrade between two sandboxes on the same port and data. Without
// the flag the resolvers' own answer stands.
const crypto = require('node:crypto');

/** {krakenVersion} resolver override for `number`, or {} when none was asked for. */
function krakenVersionResolver(number) {
  if (!number) return {};
  const SHA = crypto.createHash('sha1').update(number).digest('hex').slice(0, 12);
  return { krakenVersion: () => ({ number, SHA, isPinned: true }) };
}

module.exports = { krakenVersionResolver };
