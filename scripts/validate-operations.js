#!/usr/bin/env node
'use strict';
// Validates every resources/graphql/*.graphql against sandbox/schema.graphql with graphql-js
// (the sandbox's pinned copy), so a typo in a field name fails the tests, not an agent's call.
// Also checks the house rules: exactly one operation per file, named after the file, no
// anonymous operations. Exits 1 listing every problem; a missing schema is a failure, not a skip.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const schemaPath = path.join(root, 'sandbox', 'schema.graphql');
const operationsDir = path.join(root, 'resources', 'graphql');

function main() {
  let graphql;
  try {
    graphql = require(path.join(root, 'sandbox', 'node_modules', 'graphql'));
  } catch (err) {
    process.stderr.write(`validate-operations: graphql-js not installed in sandbox/node_modules (${err.message})\n`);
    return 1;
  }
  const { buildSchema, parse, validate, Kind } = graphql;
  if (!fs.existsSync(schemaPath)) {
    process.stderr.write(`validate-operations: schema not found: ${path.relative(root, schemaPath)}\n`);
    return 1;
  }
  let schema;
  try {
    schema = buildSchema(fs.readFileSync(schemaPath, 'utf8'));
  } catch (err) {
    process.stderr.write(`validate-operations: ${path.relative(root, schemaPath)} does not build: ${err.message}\n`);
    return 1;
  }
  const files = fs.existsSync(operationsDir) ? fs.readdirSync(operationsDir).filter((f) => f.endsWith('.graphql')).sort() : [];
  if (files.length === 0) {
    process.stderr.write(`validate-operations: no operations in ${path.relative(root, operationsDir)}\n`);
    return 1;
  }
  const problems = [];
  for (const file of files) {
    const where = path.join('resources', 'graphql', file);
    const expectedName = path.basename(file, '.graphql');
    let document;
    try {
      document = parse(fs.readFileSync(path.join(operationsDir, file), 'utf8'));
    } catch (err) {
      problems.push(`${where}: ${err.message}`);
      continue;
    }
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1) problems.push(`${where}: has ${operations.length} operations; one per file`);
    for (const op of operations) {
      const name = op.name && op.name.value;
      if (!name) problems.push(`${where}: anonymous ${op.operation}; name it ${expectedName}`);
      else if (name !== expectedName) problems.push(`${where}: operation is named ${name}; the file must be ${name}.graphql`);
    }
    for (const error of validate(schema, document)) {
      const at = error.locations && error.locations[0] ? `:${error.locations[0].line}:${error.locations[0].column}` : '';
      problems.push(`${where}${at}: ${error.message}`);
    }
  }
  if (problems.length) {
    process.stderr.write(`${problems.length} problem(s) in GraphQL operations:\n  ${problems.join('\n  ')}\n`);
    return 1;
  }
  process.stdout.write(`${files.length} operation(s) valid against ${path.relative(root, schemaPath)}\n`);
  return 0;
}

process.exitCode = main();
