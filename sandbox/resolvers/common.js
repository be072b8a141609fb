'use strict';
// Helpers shared by the resolver files: lazy connections, typed errors with the
// seed's wording, and small formatting helpers.
const { connectionFromArray, decodeCursor } = require('../lib/connection');
const { krakenError } = require('../lib/errors');

/** Array-like view that maps items only when connectionFromArray reads them. */
function lazyMap(list, fn) {
  return new Proxy(list, {
    get(target, prop) {
      if (prop === 'length') return target.length;
      if (typeof prop === 'string' && /^\d+$/.test(prop)) {
        const v = target[Number(prop)];
        return v === undefined ? undefined : fn(v, Number(prop));
      }
      return undefined;
    },
  });
}

/**
 * Cursors that do not decode are ignored rather than raised: none of the seed's
 * connection queries documents a cursor error (its examples even send "abc123").
 */
function pagingArgs(args) {
  const out = { ...(args || {}) };
  for (const key of ['after', 'before']) {
    if (out[key] == null) continue;
    try { decodeCursor(out[key]); } catch (e) { delete out[key]; }
  }
  return out;
}

/** A connection field: (args) => connection over `getList()` mapped by `fn`. */
function conn(getList, fn = (x) => x) {
  return (args = {}) => connectionFromArray(lazyMap(getList(args || {}), fn), pagingArgs(args));
}

/** Error with a documented code and description from the seed. */
function fail(code, description, type) {
  return krakenError(code, description, type ? { type } : {});
}

const notFound = (code, description) => fail(code, description, 'NOT_FOUND');

/** Validation error carrying validationErrors [{message, inputPath}]. */
function invalid(code, description, validationErrors) {
  return krakenError(code, description, { type: 'VALIDATION', validationErrors });
}

const dollars = (cents) => (cents / 100).toFixed(2);

module.exports = { lazyMap, conn, pagingArgs, fail, notFound, invalid, dollars, connectionFromArray };
