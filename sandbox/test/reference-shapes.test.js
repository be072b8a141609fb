'use strict';
// The sandbox speaks real Kraken: every type, field, argument, input field, enum value, union
// member and interface the sandbox schema shares with the Origin AU reference has the same
// type there, and everything the sandbox has that the reference lacks is listed, with a
// reason, in sandbox/reference-differences.json. Anything unlisted fails; so does a listed
// entry that is no longer a difference (stale). The reference lives outside the repository
// (../shared/kraken-schemas next to the worktree); where it is absent the test says so.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const {
  buildASTSchema, parse, isObjectType, isInterfaceType, isUnionType, isEnumType, isInputObjectType,
  isScalarType, isSpecifiedScalarType, isIntrospectionType,
} = require('graphql');
const { loadSchema } = require('../lib/schema');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
// KRAKEN_SCHEMAS_DIR points elsewhere when ../shared/kraken-schemas is not beside the worktree.
const SCHEMAS_DIR = process.env.KRAKEN_SCHEMAS_DIR || path.join(REPO_ROOT, '..', 'shared', 'kraken-schemas');
const REFERENCE = path.join(SCHEMAS_DIR, 'origin-au-2026-07-27.graphql');
const ALLOW_LIST = path.join(__dirname, '..', 'reference-differences.json');

function kindOf(type) {
  if (isObjectType(type)) return 'object';
  if (isInterfaceType(type)) return 'interface';
  if (isUnionType(type)) return 'union';
  if (isEnumType(type)) return 'enum';
  if (isInputObjectType(type)) return 'input';
  return 'scalar';
}

/**
 * Compare two schemas. Returns {extra: [coordinate], mismatches: [text]}: what `ours` has that
 * `reference` lacks (coordinates: `Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`,
 * `Union = Member`, `Type implements Interface`), and what both have with different types.
 */
function compareSchemas(ours, reference) {
  const extra = [];
  const mismatches = [];
  const same = (where, a, b) => { if (String(a) !== String(b)) mismatches.push(`${where}: ${a} here, ${b} in the reference`); };
  const compareArgs = (where, args, refArgs) => {
    const byName = new Map(refArgs.map((a) => [a.name, a]));
    for (const arg of args) {
      const ref = byName.get(arg.name);
      if (!ref) extra.push(`${where}(${arg.name})`);
      else same(`${where}(${arg.name})`, arg.type, ref.type);
    }
  };
  for (const type of Object.values(ours.getTypeMap())) {
    if (isIntrospectionType(type) || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    const ref = reference.getType(type.name);
    if (!ref) { extra.push(type.name); continue; }
    if (kindOf(type) !== kindOf(ref)) { mismatches.push(`${type.name}: ${kindOf(type)} here, ${kindOf(ref)} in the reference`); continue; }
    if (isObjectType(type) || isInterfaceType(type)) {
      const refFields = ref.getFields();
      for (const field of Object.values(type.getFields())) {
        const where = `${type.name}.${field.name}`;
        const refField = refFields[field.name];
        if (!refField) { extra.push(where); continue; }
        same(where, field.type, refField.type);
        compareArgs(where, field.args, refField.args);
      }
      const refInterfaces = new Set(ref.getInterfaces().map((i) => i.name));
      for (const iface of type.getInterfaces()) if (!refInterfaces.has(iface.name)) extra.push(`${type.name} implements ${iface.name}`);
    } else if (isInputObjectType(type)) {
      const refFields = ref.getFields();
      for (const field of Object.values(type.getFields())) {
        const where = `${type.name}.${field.name}`;
        if (!refFields[field.name]) extra.push(where);
        else same(where, field.type, refFields[field.name].type);
      }
    } else if (isEnumType(type)) {
      const refValues = new Set(ref.getValues().map((v) => v.name));
      for (const value of type.getValues()) if (!refValues.has(value.name)) extra.push(`${type.name}.${value.name}`);
    } else if (isUnionType(type)) {
      const refMembers = new Set(ref.getTypes().map((m) => m.name));
      for (const member of type.getTypes()) if (!refMembers.has(member.name)) extra.push(`${type.name} = ${member.name}`);
    }
  }
  return { extra, mismatches };
}

test('compareSchemas finds changed types and unlisted additions', () => {
  const a = buildASTSchema(parse(`type Query { f(x: Int, y: Int): String g: [Int] } enum E { A B } union U = Q1 | Q2
    type Q1 { a: Int } type Q2 { a: Int } input I { a: Int b: Int } interface N { id: ID } type T implements N { id: ID }`));
  const b = buildASTSchema(parse(`type Query { f(x: String): String g: [Int!] } enum E { A } union U = Q1
    type Q1 { a: Int } input I { a: Int } interface N { id: ID } type T { id: ID }`));
  const { extra, mismatches } = compareSchemas(a, b);
  assert.deepStrictEqual(extra.sort(), ['E.B', 'I.b', 'Q2', 'Query.f(y)', 'T implements N', 'U = Q2'].sort());
  assert.deepStrictEqual(mismatches.sort(), [
    'Query.f(x): Int here, String in the reference',
    'Query.g: [Int] here, [Int!] in the reference',
  ]);
});

test('the sandbox schema has the Origin reference shapes; its additions are all listed and justified', (t) => {
  if (!fs.existsSync(REFERENCE)) {
    t.skip(`${REFERENCE} absent: shapes not compared with the Origin reference`);
    return;
  }
  // The dumps carry a few spec nits that do not matter here (see kraken-schemas/README.md).
  const reference = buildASTSchema(parse(fs.readFileSync(REFERENCE, 'utf8')), { assumeValidSDL: true, assumeValid: true });
  const allowed = JSON.parse(fs.readFileSync(ALLOW_LIST, 'utf8'));
  for (const [entry, reason] of Object.entries(allowed)) {
    assert.ok(typeof reason === 'string' && reason.trim().length > 10, `${entry}: give a one-line justification`);
  }
  const { extra, mismatches } = compareSchemas(loadSchema(), reference);
  assert.deepStrictEqual(mismatches, [], 'shared types, fields and arguments have the reference type');
  const unlisted = extra.filter((e) => !(e in allowed));
  assert.deepStrictEqual(unlisted, [], `not in the reference and not listed in ${path.basename(ALLOW_LIST)}`);
  const stale = Object.keys(allowed).filter((e) => !extra.includes(e));
  assert.deepStrictEqual(stale, [], `listed in ${path.basename(ALLOW_LIST)} but no longer a difference`);
});
