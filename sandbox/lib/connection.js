'use strict';
// Relay connections as Kraken serves them: edges { cursor node }, pageInfo,
// totalCount and edgeCount, with first/after and last/before. Cursors encode the
// position in a deterministic list, so the same seed gives the same cursors.
const { krakenError } = require('./errors');

const PREFIX = 'arrayconnection:';

function encodeCursor(index) {
  return Buffer.from(PREFIX + index, 'utf8').toString('base64');
}

function decodeCursor(cursor) {
  const text = Buffer.from(String(cursor), 'base64').toString('utf8');
  if (!text.startsWith(PREFIX)) throw krakenError('KT-CT-1135', 'Invalid cursor.', { type: 'VALIDATION' });
  const index = Number(text.slice(PREFIX.length));
  if (!Number.isInteger(index) || index < 0) throw krakenError('KT-CT-1135', 'Invalid cursor.', { type: 'VALIDATION' });
  return index;
}

const MAX_PAGE = 100;

/**
 * Slice `items` (an array, or a function (start, end) => array plus `total`) by Relay args.
 * @param {any[]} items
 * @param {{first?: number, after?: string, last?: number, before?: string, offset?: number}} args
 */
function connectionFromArray(items, args = {}) {
  const total = items.length;
  let start = 0;
  let end = total;
  if (args.after != null) start = Math.max(start, decodeCursor(args.after) + 1);
  if (args.before != null) end = Math.min(end, decodeCursor(args.before));
  if (args.offset != null && args.after == null) start = Math.max(start, args.offset);
  for (const key of ['first', 'last']) {
    if (args[key] != null && (args[key] < 0 || args[key] > MAX_PAGE)) {
      throw krakenError('KT-CT-1135', `Argument '${key}' must be between 0 and ${MAX_PAGE}.`, { type: 'VALIDATION' });
    }
  }
  if (args.first != null) end = Math.min(end, start + args.first);
  else if (args.last != null) start = Math.max(start, end - args.last);
  else end = Math.min(end, start + MAX_PAGE);
  if (end < start) end = start;
  const edges = [];
  for (let i = start; i < end; i++) edges.push({ cursor: encodeCursor(i), node: items[i] });
  return {
    totalCount: total,
    edgeCount: edges.length,
    edges,
    pageInfo: {
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
      hasNextPage: end < total,
      hasPreviousPage: start > 0,
    },
  };
}

module.exports = { connectionFromArray, encodeCursor, decodeCursor, MAX_PAGE };
