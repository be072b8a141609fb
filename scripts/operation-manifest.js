#!/usr/bin/env node
'use strict';
// Writes the operation manifest: for every resources/graphql/*.graphql, the schema coordinates
// the operation needs from a Kraken, so the console can tell before sending it whether an
// endpoint (learned by introspection at sign-in) can answer it. Coordinates, not the sandbox:
//
//   "Type"               a type the operation names (variable types, `... on Type`, argument types)
//   "Type.field"         a field it selects, or an input field / enum value it writes literally
//   "Type.field(arg)"    an argument it passes
//
// and, for each variable, its type's name ("variables": {"searchTerms": "AccountSearchInputType"}),
// so the console can check the input fields it puts in a variable at run time.
//
// Types are resolved against sandbox/schema.graphql (graphql-js TypeInfo + visitWithTypeInfo),
// which has the reference's shapes. Built-in scalars and introspection (__schema, __type,
// __typename) are left out: every GraphQL server has them.
//
//   node scripts/operation-manifest.js --out FILE     write the manifest
//   node scripts/operation-manifest.js --check FILE   exit 1 when FILE is not what --out writes
//   node scripts/operation-manifest.js                print it
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const schemaPath = path.join(root, 'sandbox', 'schema.graphql');
const operationsDir = path.join(root, 'resources', 'graphql');
const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

function loadGraphql() {
  return require(path.join(root, 'sandbox', 'node_modules', 'graphql'));
}

/** The sorted coordinates one operation document needs. */
function coordinatesOf(graphql, schema, source) {
  const { parse, TypeInfo, visit, visitWithTypeInfo, getNamedType, Kind } = graphql;
  const document = parse(source);
  const needs = new Set();
  const variables = {};
  const addType = (type) => {
    const named = type && getNamedType(type);
    if (named && !BUILT_IN.has(named.name) && !named.name.startsWith('__')) needs.add(named.name);
  };
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, {
    VariableDefinition(node) {
      const typeName = namedTypeName(node.type, Kind);
      variables[node.variable.name.value] = typeName;
      if (!BUILT_IN.has(typeName)) needs.add(typeName);
    },
    Field(node) {
      const parent = typeInfo.getParentType();
      const name = node.name.value;
      if (!parent || name.startsWith('__') || parent.name.startsWith('__')) return;
      needs.add(`${parent.name}.${name}`);
      for (const argument of node.arguments || []) needs.add(`${parent.name}.${name}(${argument.name.value})`);
    },
    Argument() {
      addType(typeInfo.getInputType());
    },
    InlineFragment(node) {
      if (node.typeCondition) needs.add(node.typeCondition.name.value);
    },
    FragmentDefinition(node) {
      needs.add(node.typeCondition.name.value);
    },
    ObjectField(node) {
      const parent = typeInfo.getParentInputType();
      const named = parent && getNamedType(parent);
      if (named) needs.add(`${named.name}.${node.name.value}`);
      addType(typeInfo.getInputType());
    },
    EnumValue(node) {
      const type = typeInfo.getInputType();
      const named = type && getNamedType(type);
      if (named) needs.add(`${named.name}.${node.value}`);
    },
  }));
  const kinds = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).map((d) => d.operation);
  // Document order (not sorted): the first coordinate an endpoint lacks is then the one nearest
  // the root, which is what the console names as the reason.
  return { kind: kinds[0] || 'query', needs: [...needs], variables };
}

function namedTypeName(typeNode, Kind) {
  let node = typeNode;
  while (node.kind !== Kind.NAMED_TYPE) node = node.type;
  return node.name.value;
}

function buildManifest() {
  const graphql = loadGraphql();
  const schema = graphql.buildSchema(fs.readFileSync(schemaPath, 'utf8'));
  const operations = {};
  const files = fs.readdirSync(operationsDir).filter((f) => f.endsWith('.graphql')).sort();
  for (const file of files) {
    const name = path.basename(file, '.graphql');
    operations[name] = coordinatesOf(graphql, schema, fs.readFileSync(path.join(operationsDir, file), 'utf8'));
  }
  return { generatedBy: 'scripts/operation-manifest.js', operations };
}

function render(manifest) {
  return `${JSON.stringify(manifest, null, 1)}\n`;
}

function main(argv) {
  const flag = argv[0];
  const file = argv[1];
  let text;
  try {
    text = render(buildManifest());
  } catch (err) {
    process.stderr.write(`operation-manifest: ${err.message}\n`);
    return 1;
  }
  if (flag === '--out' && file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Unchanged content keeps the file's time, so nothing downstream rebuilds for nothing.
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
    return 0;
  }
  if (flag === '--check' && file) {
    if (!fs.existsSync(file)) {
      process.stderr.write(`operation-manifest: ${file} does not exist; build the project\n`);
      return 1;
    }
    if (fs.readFileSync(file, 'utf8') !== text) {
      process.stderr.write(`operation-manifest: ${file} is out of date with resources/graphql; rebuild\n`);
      return 1;
    }
    process.stdout.write(`operation-manifest: ${file} is current\n`);
    return 0;
  }
  if (flag) {
    process.stderr.write('usage: operation-manifest.js [--out FILE | --check FILE]\n');
    return 2;
  }
  process.stdout.write(text);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { buildManifest, coordinatesOf };
