'use strict';
// Executable schema: sandbox/schema.graphql + the DATA helper's resolvers + fallbacks.
// A field resolves from the parent object when it has the property (functions are called as
// fn(args, context, info)); otherwise lib/fallback.js synthesises a deterministic plausible value.
const fs = require('fs');
const path = require('path');
const { buildASTSchema, execute, validate, parse, getOperationAST, validateSchema, GraphQLError } = require('graphql');
const { checkLimits, queryCost } = require('./query-cost');
const { krakenError } = require('./errors');
const { fallback } = require('./fallback');
const { applyVariations, VariationError } = require('./schema-variations');

const SCHEMA_PATH = path.join(__dirname, '..', 'schema.graphql');
let sdlDocument = null;
const schemas = new Map(); // variations key -> GraphQLSchema (one per distinct set of options)

/**
 * The served schema: schema.graphql with the server's variations applied (see
 * lib/schema-variations.js). Built once per distinct variations, so servers with different
 * --hide flags in one process (tests) each get their own.
 * @param {{hide?: string[], passwordSignIn?: boolean}} [variations]
 */
function loadSchema(variations = {}) {
  const hide = [...new Set(variations.hide || [])].sort();
  const passwordSignIn = Boolean(variations.passwordSignIn);
  const key = JSON.stringify({ hide, passwordSignIn });
  if (!schemas.has(key)) {
    if (!sdlDocument) sdlDocument = parse(fs.readFileSync(SCHEMA_PATH, 'utf8'), { noLocation: true });
    const schema = buildASTSchema(applyVariations(sdlDocument, { hide, passwordSignIn }));
    if (hide.length || passwordSignIn) {
      const problems = validateSchema(schema);
      if (problems.length) throw new VariationError(`--hide ${hide.join(', ')} leaves an invalid schema: ${problems[0].message}`);
    }
    schemas.set(key, schema);
  }
  return schemas.get(key);
}

function fieldResolver(parent, args, context, info) {
  const value = parent == null ? undefined : parent[info.fieldName];
  if (value !== undefined) return typeof value === 'function' ? value(args, context, info) : value;
  return fallback(parent, args, info);
}

/** Abstract types: the object's __typename when it names a possible type, else a sensible default. */
function typeResolver(value, context, info, abstractType) {
  const possible = info.schema.getPossibleTypes(abstractType);
  if (value && value.__typename && possible.some((t) => t.name === value.__typename)) return value.__typename;
  const preferred = possible.find((t) => !/Error/.test(t.name)) || possible[0];
  return preferred.name;
}

/**
 * Query.queryComplexity(input: {query, variables, operationName}): the cost of an operation in
 * the same model the limits use (lib/query-cost.js).
 */
function queryComplexityResolver(args, context, info) {
  const input = (args && args.input) || {};
  let variables = {};
  try {
    if (input.variables != null && input.variables !== '') variables = typeof input.variables === 'string' ? JSON.parse(input.variables) : input.variables;
  } catch {
    throw krakenError('KT-CT-1135', 'The variables are not valid JSON.', { validationErrors: [{ message: 'The variables are not valid JSON.', inputPath: ['input', 'variables'] }] });
  }
  try {
    const document = parse(input.query);
    const problems = validate(info.schema, document);
    if (problems.length) throw problems[0];
    return { complexityValue: queryCost(info.schema, document, variables, input.operationName || undefined).complexity };
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    const message = `The query cannot be measured: ${err.message}`;
    throw krakenError('KT-CT-1135', message, { validationErrors: [{ message, inputPath: ['input', 'query'] }] });
  }
}

/**
 * @param {{queryResolvers?: object, mutationResolvers?: object,
 *          variations?: {hide?: string[], passwordSignIn?: boolean},
 *          limits?: {complexityLimit?: number, nodeLimit?: number}}} [options]
 */
function createExecutor({ queryResolvers = {}, mutationResolvers = {}, variations = {}, limits = {} } = {}) {
  const schema = loadSchema(variations);
  const rootValue = { queryComplexity: queryComplexityResolver, ...queryResolvers, ...mutationResolvers };
  return {
    schema,
    /**
     * Parse, validate, check Kraken's limits (page sizes, complexity, nodes), execute.
     * A query that does not parse or validate answers {errors} without data (HTTP 400 in
     * lib/http.js); one over a limit answers {errors, data: null} (HTTP 200, as Kraken).
     */
    async execute({ query, variables, operationName, context }) {
      let document;
      try {
        document = parse(query);
      } catch (err) {
        return { errors: [err] };
      }
      const problems = validate(schema, document);
      if (problems.length) return { errors: problems };
      const overLimit = checkLimits(schema, document, variables, operationName, limits);
      if (overLimit.length) return { errors: overLimit, data: null };
      return execute({
        schema, document, rootValue, contextValue: context, variableValues: variables,
        operationName, fieldResolver, typeResolver,
      });
    },
  };
}

/** {operation: 'query'|'mutation'|'subscription', fields: [top-level field names]} or null. */
function operationFields(document, operationName) {
  const doc = typeof document === 'string' ? parse(document) : document;
  const op = getOperationAST(doc, operationName || undefined);
  if (!op) return null;
  const fragments = new Map(doc.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  const fields = [];
  const walk = (selectionSet) => {
    for (const s of selectionSet.selections) {
      if (s.kind === 'Field') { if (!fields.includes(s.name.value)) fields.push(s.name.value); }
      else if (s.kind === 'InlineFragment') walk(s.selectionSet);
      else if (s.kind === 'FragmentSpread' && fragments.has(s.name.value)) walk(fragments.get(s.name.value).selectionSet);
    }
  };
  walk(op.selectionSet);
  return { operation: op.operation, fields };
}

module.exports = { createExecutor, operationFields, loadSchema, fieldResolver, typeResolver, SCHEMA_PATH };
