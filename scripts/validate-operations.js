#!/usr/bin/env node
'use strict';
// Validates every resources/graphql/*.graphql, and the variables the console really sent, against
// the sandbox schema and against every live Kraken schema in ../shared/kraken-schemas that has the
// operation's root fields.
//
//   node scripts/validate-operations.js [--requests LOG.jsonl] [--require-every-operation]
//
// - House rules: one named operation per file, named after the file.
// - sandbox/schema.graphql: every operation valid (a missing schema fails; it is never skipped).
// - Origin AU (the primary reference): every operation valid, no exceptions.
// - Other instances: every failure must be listed in resources/graphql/instance-differences.json
//   (schema file -> operation -> why); with --requests an entry that no longer fails is stale and
//   fails too.
// - --requests: a sandbox request log (one JSON line per request: operationName, variables). Each
//   logged request's variables are coerced against the operation's variable definitions in every
//   schema above, so an input field or enum value a real Kraken lacks fails here, not in a call.
//   With --require-every-operation every operation must appear in the log at least once.
//   Each logged request must also stay within Kraken's per-request limits (complexity and nodes,
//   the strictest instance's), measured with the sandbox's cost model (sandbox/lib/query-cost.js).
// Where ../shared/kraken-schemas is absent this says so in its output; the sandbox check still runs.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const operationsDir = path.join(root, 'resources', 'graphql');
const sandboxSchemaPath = path.join(root, 'sandbox', 'schema.graphql');
const referenceDir = process.env.KAC_REFERENCE_SCHEMAS || path.join(root, '..', 'shared', 'kraken-schemas');
const PRIMARY_REFERENCE = 'origin-au-2026-07-27.graphql';
const allowListPath = path.join(operationsDir, 'instance-differences.json');
const { queryCost, DEFAULT_COMPLEXITY_LIMIT, DEFAULT_NODE_LIMIT } = require(path.join(root, 'sandbox', 'lib', 'query-cost'));

const graphql = require(path.join(root, 'sandbox', 'node_modules', 'graphql'));
const { buildASTSchema, parse, validate, getVariableValues, Kind } = graphql;

function parseArguments(argv) {
  const options = { requests: null, requireEvery: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--requests') options.requests = argv[++i];
    else if (argv[i] === '--require-every-operation') options.requireEvery = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return options;
}

function loadSchema(file) {
  return buildASTSchema(parse(fs.readFileSync(file, 'utf8'), { noLocation: true }), { assumeValidSDL: true });
}

function loadOperations(problems) {
  const files = fs.readdirSync(operationsDir).filter((f) => f.endsWith('.graphql')).sort();
  if (!files.length) problems.push(`no operations in ${path.relative(root, operationsDir)}`);
  const operations = [];
  for (const file of files) {
    const where = path.join('resources', 'graphql', file);
    const expected = path.basename(file, '.graphql');
    let document;
    try {
      document = parse(fs.readFileSync(path.join(operationsDir, file), 'utf8'));
    } catch (err) {
      problems.push(`${where}: ${err.message}`);
      continue;
    }
    const defs = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (defs.length !== 1) problems.push(`${where}: has ${defs.length} operations; one per file`);
    const op = defs[0];
    if (!op) continue;
    const name = op.name && op.name.value;
    if (!name) problems.push(`${where}: anonymous ${op.operation}; name it ${expected}`);
    else if (name !== expected) problems.push(`${where}: operation is named ${name}; the file must be ${name}.graphql`);
    graphql.visit(document, {
      Argument(node) {
        // Kraken refuses first/last of 100 or more before running anything (sandbox/README.md).
        if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.INT &&
            Number(node.value.value) >= 100) problems.push(`${where}: ${node.name.value}: ${node.value.value}; Kraken wants below 100`);
      },
    });
    const rootFields = op.selectionSet.selections.filter((s) => s.kind === Kind.FIELD).map((s) => s.name.value);
    operations.push({ name: expected, where, document, op, rootFields });
  }
  return operations;
}

/** The schema has every root field the operation selects (otherwise the operation does not apply). */
function applies(schema, operation) {
  const rootType = operation.op.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!rootType) return false;
  const fields = rootType.getFields();
  return operation.rootFields.every((f) => f.startsWith('__') || fields[f]);
}

function variableErrors(schema, operation, variables) {
  const { errors } = getVariableValues(schema, operation.op.variableDefinitions || [], variables || {});
  return (errors || []).map((e) => e.message);
}

/** Logged requests from one request-log file or every *.jsonl file of a folder. */
function readRequests(fileOrDir) {
  if (!fs.existsSync(fileOrDir)) throw new Error(`no request log at ${fileOrDir}`);
  const files = fs.statSync(fileOrDir).isDirectory()
    ? fs.readdirSync(fileOrDir).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(fileOrDir, f))
    : [fileOrDir];
  const requests = [];
  for (const file of files) requests.push(...readRequestFile(file));
  return requests;
}

function readRequestFile(file) {
  const requests = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line);
    if (entry.operationName) requests.push({ operationName: entry.operationName, variables: entry.variables });
  }
  return requests;
}

/** Every failure of one operation against one schema: document errors first, then variable errors. */
function failuresOf(schema, operation, requests) {
  const documentErrors = validate(schema, operation.document).map((e) => e.message);
  if (documentErrors.length) return documentErrors;
  const failures = [];
  for (const request of requests.filter((r) => r.operationName === operation.name)) {
    for (const message of variableErrors(schema, operation, request.variables)) {
      const text = `variables ${JSON.stringify(request.variables)}: ${message}`;
      if (!failures.includes(text)) failures.push(text);
    }
  }
  return failures;
}

/** The dearest logged request of each operation stays within the limits a live Kraken enforces. */
function checkCosts(schema, operations, requests, problems) {
  let dearest = { complexity: 0 };
  for (const operation of operations) {
    if (validate(schema, operation.document).length) continue; // reported with the schema's errors
    let worst = null;
    for (const request of requests.filter((r) => r.operationName === operation.name)) {
      let cost;
      try {
        cost = queryCost(schema, operation.document, request.variables || {}, operation.name);
      } catch (err) {
        continue; // variables the schema refuses: reported by the variables check
      }
      if (!worst || cost.complexity > worst.complexity || cost.nodes > worst.nodes) worst = { ...cost, request };
    }
    if (!worst) continue;
    if (worst.complexity > dearest.complexity) dearest = { ...worst, name: operation.name };
    if (worst.complexity > DEFAULT_COMPLEXITY_LIMIT || worst.nodes > DEFAULT_NODE_LIMIT) {
      problems.push(`${operation.name}: costs ${worst.complexity} complexity / ${worst.nodes} nodes with ` +
        `${JSON.stringify(worst.request.variables)} (limits ${DEFAULT_COMPLEXITY_LIMIT} / ${DEFAULT_NODE_LIMIT})`);
    }
  }
  if (dearest.name) {
    process.stdout.write(`query cost: dearest request ${dearest.name} ${dearest.complexity}/${DEFAULT_COMPLEXITY_LIMIT} ` +
      `complexity, ${dearest.nodes}/${DEFAULT_NODE_LIMIT} nodes\n`);
  }
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  const problems = [];
  const operations = loadOperations(problems);
  const requests = options.requests ? readRequests(options.requests) : [];
  if (options.requests && !requests.length) problems.push(`no logged requests in ${options.requests}`);
  if (options.requests) {
    const sent = new Set(requests.map((r) => r.operationName));
    process.stdout.write(`${requests.length} logged request(s) of ${sent.size} operation(s) from ${options.requests}\n`);
    // Tests also send hand-written documents (faults, auth, malformed input): only the console's
    // own operations are checked.
    const foreign = [...sent].filter((name) => !operations.some((o) => o.name === name));
    if (foreign.length) process.stdout.write(`not console operations (sent by tests themselves): ${foreign.sort().join(', ')}\n`);
    if (options.requireEvery) {
      for (const o of operations) if (!sent.has(o.name)) problems.push(`${o.name}: never sent by the variables test`);
    }
  }

  const schemas = [{ file: 'sandbox/schema.graphql', schema: loadSchema(sandboxSchemaPath), strict: true }];
  if (fs.existsSync(referenceDir)) {
    for (const file of fs.readdirSync(referenceDir).filter((f) => /\.graphqls?$/.test(f)).sort()) {
      schemas.push({ file, schema: loadSchema(path.join(referenceDir, file)), strict: file === PRIMARY_REFERENCE });
    }
    if (!schemas.some((s) => s.file === PRIMARY_REFERENCE)) problems.push(`${PRIMARY_REFERENCE} missing from ${referenceDir}`);
  } else {
    process.stdout.write(`NOTE: ${referenceDir} is absent: operations checked against the sandbox schema only, ` +
      'not against any live Kraken schema\n');
  }

  if (requests.length) checkCosts(schemas[0].schema, operations, requests, problems);

  const allowed = fs.existsSync(allowListPath) ? JSON.parse(fs.readFileSync(allowListPath, 'utf8')) : {};
  for (const { file, schema, strict } of schemas) {
    let valid = 0;
    const skipped = [];
    const used = new Set();
    for (const operation of operations) {
      if (!applies(schema, operation)) {
        skipped.push(operation.name);
        if (strict) problems.push(`${file}: ${operation.name}: the schema lacks its root field(s) ${operation.rootFields}`);
        continue;
      }
      const failures = failuresOf(schema, operation, requests);
      const reason = !strict && allowed[file] && allowed[file][operation.name];
      if (reason) used.add(operation.name);
      if (!failures.length) { valid++; continue; }
      if (reason) continue;
      problems.push(`${file}: ${operation.name}: ${failures.length} error(s); first: ${failures[0]}`);
    }
    for (const name of Object.keys((!strict && allowed[file]) || {})) {
      const operation = operations.find((o) => o.name === name);
      if (!operation) { problems.push(`${path.basename(allowListPath)}: ${file}: ${name}: no such operation`); continue; }
      // Some differences show only in the variables sent, so only the run with the request log
      // can tell that an entry is stale.
      if (options.requests && used.has(name) && applies(schema, operation) &&
          !failuresOf(schema, operation, requests).length) {
        problems.push(`${path.basename(allowListPath)}: ${file}: ${name} is valid now: remove the entry`);
      }
    }
    const applicable = operations.length - skipped.length;
    const listed = used.size ? `, ${used.size} listed instance difference(s)` : '';
    const notHere = skipped.length ? `; not applicable (root field absent): ${skipped.join(', ')}` : '';
    process.stdout.write(`${file}: ${valid}/${applicable} operation(s) valid${options.requests ? ' with the logged variables' : ''}${listed}${notHere}\n`);
  }

  if (problems.length) {
    process.stderr.write(`${problems.length} problem(s) in GraphQL operations:\n  ${problems.join('\n  ')}\n`);
    return 1;
  }
  return 0;
}

if (require.main === module) process.exitCode = main();
