'use strict';
// Make resolver values fit the schema the executor actually runs (info.schema), so
// the data layer keeps working while schema.graphql evolves: a single object where
// the schema wants a list is wrapped, a list where it wants one object gives its
// first item, numbers/strings are coerced for Int/Float/String/ID, an unknown enum
// value falls back to the enum's first value, an unknown __typename for an
// interface/union member falls back to a possible type, and a null for a non-null
// field is hidden (undefined) so the executor's fallback synthesizes it.
// Objects are wrapped lazily in Proxies: only fields a query selects are touched.
const {
  getNullableType, isNonNullType, isListType, isEnumType, isScalarType, isAbstractType, isObjectType,
} = require('graphql');
const { connectionFromArray } = require('../lib/connection');
const { pagingArgs } = require('./common');

/** A Relay connection type: has edges and pageInfo. */
function isConnectionType(t) {
  if (!isObjectType(t)) return false;
  const f = t.getFields();
  return Boolean(f.edges && f.pageInfo);
}
const isConnectionValue = (v) => v && typeof v === 'object' && !Array.isArray(v) && Array.isArray(v.edges);

function conformLeaf(value, type) {
  if (isEnumType(type)) {
    if (type.getValue(String(value))) return String(value);
    const values = type.getValues();
    return values.length ? values[0].value : null;
  }
  switch (type.name) {
    case 'Int': { const n = Number(value); return Number.isFinite(n) ? Math.trunc(n) : null; }
    case 'Float': { const n = Number(value); return Number.isFinite(n) ? n : null; }
    case 'String': case 'ID': return typeof value === 'object' ? JSON.stringify(value) : String(value);
    case 'Boolean': return Boolean(value);
    default: return value; // custom scalars pass through
  }
}

function conform(value, type, schema) {
  if (value === undefined) return undefined;
  const nonNull = isNonNullType(type);
  const t = getNullableType(type);
  if (value === null) return nonNull ? undefined : null;
  if (isListType(t)) {
    const list = Array.isArray(value) ? value : isConnectionValue(value) ? value.edges.map((e) => e && e.node) : [value];
    return list.map((v) => conform(v, t.ofType, schema)).map((v) => (v === undefined ? null : v));
  }
  if (Array.isArray(value)) {
    if (isConnectionType(t)) return conform(connectionFromArray(value, {}), type, schema);
    return value.length ? conform(value[0], type, schema) : (nonNull ? undefined : null);
  }
  if (isScalarType(t) || isEnumType(t)) {
    return typeof value === 'object' && !isScalarType(t) ? null : conformLeaf(value, t);
  }
  if (typeof value !== 'object') return nonNull ? undefined : null;
  let concrete = t;
  if (isAbstractType(t)) {
    const possible = schema.getPossibleTypes(t);
    concrete = possible.find((p) => p.name === value.__typename) || possible[0];
    if (!concrete) return value;
  }
  return wrapObject(value, concrete, schema);
}

function wrapObject(obj, type, schema) {
  if (!isObjectType(type)) return obj;
  const fields = type.getFields();
  return new Proxy(obj, {
    get(target, prop) {
      if (prop === '__typename') return type.name;
      const v = target[prop];
      const field = typeof prop === 'string' ? fields[prop] : undefined;
      if (!field) return v;
      const connection = isConnectionType(getNullableType(field.type));
      if (typeof v === 'function') {
        return (args, context, info) => {
          const r = v.call(target, args, context, info);
          return conform(connection && Array.isArray(r) ? connectionFromArray(r, pagingArgs(args)) : r, field.type, schema);
        };
      }
      // A plain list where the schema has a connection: page it with the field's arguments.
      if (connection && Array.isArray(v)) return (args) => conform(connectionFromArray(v, pagingArgs(args)), field.type, schema);
      return conform(v, field.type, schema);
    },
  });
}

/** Wrap a root resolver so its result is conformed to info.returnType. */
function conformRoot(fn) {
  return function conformed(args, context, info) {
    const result = fn(args, context, info);
    if (!info || !info.schema || !info.returnType) return result;
    if (result && typeof result.then === 'function') return result.then((r) => conform(r, info.returnType, info.schema));
    return conform(result, info.returnType, info.schema);
  };
}

module.exports = { conform, conformRoot };
