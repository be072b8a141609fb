'use strict';
// Schema variations: the sandbox can serve a schema that differs from schema.graphql the way
// real Kraken instances differ from each other (Origin has no `telephoneNumber`, GB has no NMI,
// older instances still sign in with email and password), so tests can show how a client copes.
//
// applyVariations(documentAST, {hide, passwordSignIn}) returns a new SDL document:
//   hide: ['Type', 'Type.field', ...]  a type, or a field of an object/interface/input type, or
//         a value of an enum. The served schema (execution and introspection) no longer has it.
//         Removing a type removes everything that refers to it: fields and arguments of that
//         type, union members, `implements` entries. A type left empty by that (no fields, no
//         members, no values) goes too, and so on until nothing changes, so the schema still
//         builds. A field an interface requires is hidden from the interface as well.
//   passwordSignIn: adds `email: String` and `password: String` to ObtainJSONWebTokenInput,
//         as the older (2024/2025 UK) instances have.
// Unknown names throw a VariationError that says which name and why.
const { Kind, visit } = require('graphql');

class VariationError extends Error {}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

const TYPE_KINDS = new Set([
  Kind.OBJECT_TYPE_DEFINITION, Kind.INTERFACE_TYPE_DEFINITION, Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.ENUM_TYPE_DEFINITION, Kind.UNION_TYPE_DEFINITION, Kind.SCALAR_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION, Kind.INTERFACE_TYPE_EXTENSION, Kind.INPUT_OBJECT_TYPE_EXTENSION,
  Kind.ENUM_TYPE_EXTENSION, Kind.UNION_TYPE_EXTENSION, Kind.SCALAR_TYPE_EXTENSION,
]);

function namedType(typeNode) {
  let t = typeNode;
  while (t.kind !== Kind.NAMED_TYPE) t = t.type;
  return t.name.value;
}

/** 'Type' -> {type}, 'Type.member' -> {type, member}; throws on anything else. */
function parseHideName(text) {
  const parts = String(text).split('.');
  if (parts.length > 2 || !parts.every((p) => NAME.test(p))) {
    throw new VariationError(`--hide ${text}: expected Type or Type.field`);
  }
  return { type: parts[0], member: parts[1] };
}

/** Fields (object, interface, input) or values (enum) of a definition; null for others. */
function membersOf(def) {
  if (def.kind === Kind.ENUM_TYPE_DEFINITION || def.kind === Kind.ENUM_TYPE_EXTENSION) return def.values || [];
  if ('fields' in def) return def.fields || [];
  return null;
}

function isEmpty(def) {
  switch (def.kind) {
    case Kind.OBJECT_TYPE_DEFINITION: case Kind.INTERFACE_TYPE_DEFINITION: case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      return !def.fields || def.fields.length === 0;
    case Kind.ENUM_TYPE_DEFINITION: return !def.values || def.values.length === 0;
    case Kind.UNION_TYPE_DEFINITION: return !def.types || def.types.length === 0;
    default: return false;
  }
}

/** Mutable shallow copies of the type definitions (the input AST is left untouched). */
function copyDefinitions(documentAST) {
  return documentAST.definitions.map((def) => {
    if (!TYPE_KINDS.has(def.kind)) return { ...def };
    const copy = { ...def };
    if (def.fields) copy.fields = def.fields.map((f) => ({ ...f, arguments: f.arguments ? [...f.arguments] : f.arguments }));
    if (def.values) copy.values = [...def.values];
    if (def.types) copy.types = [...def.types];
    if (def.interfaces) copy.interfaces = [...def.interfaces];
    return copy;
  });
}

function checkNames(hide, definitions) {
  const byName = new Map();
  for (const def of definitions) if (def.name && TYPE_KINDS.has(def.kind)) byName.set(def.name.value, def);
  for (const entry of hide) {
    const def = byName.get(entry.type);
    if (!def) throw new VariationError(`--hide ${entry.text}: the schema has no type ${entry.type}`);
    if (!entry.member && ROOT_TYPES.has(entry.type)) throw new VariationError(`--hide ${entry.text}: a root type cannot be hidden (hide its fields instead)`);
    if (entry.member) {
      const members = membersOf(def);
      if (!members) throw new VariationError(`--hide ${entry.text}: ${entry.type} has no fields or values to hide`);
      if (!members.some((m) => m.name.value === entry.member)) {
        throw new VariationError(`--hide ${entry.text}: ${entry.type} has no field or value ${entry.member}`);
      }
    }
  }
}

function addPasswordSignIn(definitions) {
  const input = definitions.find((d) => d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && d.name.value === 'ObtainJSONWebTokenInput');
  if (!input) throw new VariationError('--password-sign-in: the schema has no ObtainJSONWebTokenInput');
  const stringField = (name) => ({
    kind: Kind.INPUT_VALUE_DEFINITION,
    name: { kind: Kind.NAME, value: name },
    type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } },
    directives: [],
  });
  for (const name of ['email', 'password']) {
    if (!input.fields.some((f) => f.name.value === name)) input.fields.push(stringField(name));
  }
}

/**
 * @param {import('graphql').DocumentNode} documentAST the SDL of schema.graphql
 * @param {{hide?: string[], passwordSignIn?: boolean}} [variations]
 * @returns {import('graphql').DocumentNode}
 */
function applyVariations(documentAST, { hide = [], passwordSignIn = false } = {}) {
  if (hide.length === 0 && !passwordSignIn) return documentAST;
  const entries = hide.map((text) => ({ text, ...parseHideName(text) }));
  let definitions = copyDefinitions(documentAST);
  checkNames(entries, definitions);
  if (passwordSignIn) addPasswordSignIn(definitions);

  const removedTypes = new Set(entries.filter((e) => !e.member).map((e) => e.type));
  const removedMembers = new Map(); // type name -> Set of member names
  const hideMember = (type, member) => {
    if (!removedMembers.has(type)) removedMembers.set(type, new Set());
    const set = removedMembers.get(type);
    if (set.has(member)) return false;
    set.add(member);
    return true;
  };
  for (const e of entries) if (e.member) hideMember(e.type, e.member);

  const typeDefs = () => definitions.filter((d) => TYPE_KINDS.has(d.kind));
  for (let changed = true; changed;) {
    changed = false;
    definitions = definitions.filter((d) => !(d.name && TYPE_KINDS.has(d.kind) && removedTypes.has(d.name.value)));
    const interfaces = new Map(typeDefs().filter((d) => d.kind === Kind.INTERFACE_TYPE_DEFINITION).map((d) => [d.name.value, d]));
    for (const def of definitions) {
      const name = def.name && def.name.value;
      const gone = removedMembers.get(name);
      const keepMember = (m) => !(gone && gone.has(m.name.value)) && !(m.type && removedTypes.has(namedType(m.type)));
      if (def.fields) {
        const before = def.fields.length;
        def.fields = def.fields.filter(keepMember);
        for (const field of def.fields) {
          if (field.arguments) field.arguments = field.arguments.filter((a) => !removedTypes.has(namedType(a.type)));
        }
        if (def.fields.length !== before) changed = true;
      }
      if (def.kind === Kind.DIRECTIVE_DEFINITION && def.arguments) {
        def.arguments = def.arguments.filter((a) => !removedTypes.has(namedType(a.type)));
      }
      if (def.values) def.values = def.values.filter(keepMember);
      if (def.types) def.types = def.types.filter((t) => !removedTypes.has(t.name.value));
      if (def.interfaces) def.interfaces = def.interfaces.filter((t) => !removedTypes.has(t.name.value));
      // A field an interface requires cannot be missing from an implementation: hide it there too.
      if (def.fields && def.interfaces) {
        const have = new Set(def.fields.map((f) => f.name.value));
        for (const ref of def.interfaces) {
          const iface = interfaces.get(ref.name.value);
          if (!iface) continue;
          for (const f of iface.fields || []) {
            if (!have.has(f.name.value) && hideMember(iface.name.value, f.name.value)) changed = true;
          }
        }
      }
    }
    for (const def of typeDefs()) {
      if (!isEmpty(def)) continue;
      if (ROOT_TYPES.has(def.name.value)) throw new VariationError(`--hide ${hide.join(' ')}: would leave ${def.name.value} without fields`);
      removedTypes.add(def.name.value);
      changed = true;
    }
  }
  // Root operation types that went away (a hidden Mutation's last field) leave the schema block.
  definitions = definitions.map((d) => (d.kind === Kind.SCHEMA_DEFINITION
    ? { ...d, operationTypes: d.operationTypes.filter((o) => !removedTypes.has(o.type.name.value)) } : d));
  return visit({ ...documentAST, definitions }, {}); // a fresh, plain document
}

module.exports = { applyVariations, parseHideName, VariationError };
