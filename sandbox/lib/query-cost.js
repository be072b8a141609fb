'use strict';
// What a GraphQL operation costs, and Kraken's per-request limits on it. Kraken publishes the
// limits (first/last below 100, a query-complexity limit with KT-CT-1188, a node limit with
// KT-CT-1189) but not its formula, so the sandbox uses this one, documented in
// sandbox/README.md ("Query cost"), and the same model answers Query.queryComplexity:
//
//   page size p of a connection field = its `first`, else its `last`, else DEFAULT_PAGE_SIZE.
//   A connection field is one whose type is an object named *Connection with an `edges` field.
//   Items (`edges`, `nodes`) of a connection are resolved p times per connection object.
//
//   complexity = (number of fields selected, counted once each, __typename excluded)
//              + for every connection field: p x (page sizes of every enclosing connection)
//   nodes      = every object the answer may hold: each object-typed field counts once per
//                time it is resolved (so nested pages multiply); an edge and its `node`
//                count as one.
//
// Fragments count in full (a spread on each member of a union adds all of them), @skip and
// @include are honoured, and plain lists count as one object (their length is not asked for).
const {
  parse, getOperationAST, getNamedType, isObjectType, isCompositeType, getVariableValues,
  getArgumentValues, getDirectiveValues, GraphQLSkipDirective, GraphQLIncludeDirective,
  typeFromAST, GraphQLError,
} = require('graphql');
const { krakenError } = require('./errors');

const DEFAULT_PAGE_SIZE = 100;
const PAGE_SIZE_LIMIT = 100; // first/last must be below this
const DEFAULT_COMPLEXITY_LIMIT = 200; // the strictest instance's (the GB ones; Origin has 550)
const DEFAULT_NODE_LIMIT = 10000; // the GB instances' (Origin has 100,000)

function isConnectionType(type) {
  return isObjectType(type) && /Connection$/.test(type.name) && 'edges' in type.getFields();
}

function included(node, variables) {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
  if (skip && skip.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
  return !(include && include.if === false);
}

/** Coerced variable values of an operation; throws a GraphQLError when they do not coerce. */
function coerceVariables(schema, operation, variables) {
  const coerced = getVariableValues(schema, operation.variableDefinitions || [], variables || {}, { maxErrors: 5 });
  if (coerced.errors) throw coerced.errors[0];
  return coerced.coerced;
}

/**
 * Walk an operation, reporting every connection with its page size and the totals.
 * @returns {{complexity: number, nodes: number, pages: {path: string, field: string, argument: string|null, value: number|null, node: object}[]}}
 */
function measure(schema, document, variables, operationName) {
  const operation = getOperationAST(document, operationName || undefined);
  if (!operation) {
    throw new GraphQLError(operationName ? `Unknown operation named "${operationName}".` : 'Must provide operation name if query contains multiple operations.');
  }
  const values = coerceVariables(schema, operation, variables);
  const fragments = new Map();
  for (const def of document.definitions) if (def.kind === 'FragmentDefinition') fragments.set(def.name.value, def);
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) throw new GraphQLError(`This schema has no ${operation.operation} type.`);
  const totals = { complexity: 0, nodes: 0, pages: [] };

  // parentType: composite type of the selection set; multiplicity: times it is resolved;
  // pageProduct: product of the page sizes of the enclosing connections; itemsOf: the
  // page size when this selection set belongs to a connection (its edges/nodes are items);
  // inEdges: the selection set of an edge (its `node` is the same item).
  const walk = (selectionSet, parentType, ctx, path, seenFragments) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection, values)) continue;
      if (selection.kind === 'InlineFragment') {
        const type = selection.typeCondition ? typeFromAST(schema, selection.typeCondition) : parentType;
        if (type) walk(selection.selectionSet, type, ctx, path, seenFragments);
        continue;
      }
      if (selection.kind === 'FragmentSpread') {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seenFragments.has(name)) continue;
        const type = typeFromAST(schema, fragment.typeCondition);
        if (type) walk(fragment.selectionSet, type, ctx, path, new Set([...seenFragments, name]));
        continue;
      }
      const name = selection.name.value;
      if (name === '__typename') continue;
      const fields = parentType.getFields ? parentType.getFields() : {};
      const field = fields[name] || (name === '__schema' ? schema.getType('__Schema') && { type: schema.getType('__Schema'), args: [] } : null)
        || (name === '__type' ? { type: schema.getType('__Type'), args: [] } : null);
      if (!field) continue; // validation reports it
      const key = `${path}${path ? '.' : ''}${selection.alias ? selection.alias.value : name}`;
      totals.complexity += 1;
      const type = getNamedType(field.type);
      if (!isCompositeType(type) || !selection.selectionSet) continue;

      let multiplicity = ctx.multiplicity;
      const isItems = ctx.itemsOf != null && (name === 'edges' || name === 'nodes');
      if (isItems) multiplicity *= ctx.itemsOf;
      const sameItem = ctx.inEdges && name === 'node';
      if (!sameItem) totals.nodes += multiplicity;
      let pageProduct = isItems ? ctx.pageProduct * ctx.itemsOf : ctx.pageProduct;
      let itemsOf = null;
      if (isConnectionType(type)) {
        const args = field.args && field.args.length ? getArgumentValues(field, selection, values) : {};
        const argument = args.first != null ? 'first' : args.last != null ? 'last' : null;
        const value = argument ? args[argument] : null;
        const pageSize = argument ? Math.max(0, value) : DEFAULT_PAGE_SIZE;
        totals.pages.push({ path: key, field: name, argument, value, node: selection });
        totals.complexity += pageSize * pageProduct;
        itemsOf = pageSize;
      }
      walk(selection.selectionSet, type, {
        multiplicity, pageProduct, itemsOf, inEdges: isItems && name === 'edges',
      }, key, seenFragments);
    }
  };
  walk(operation.selectionSet, rootType, { multiplicity: 1, pageProduct: 1, itemsOf: null, inEdges: false }, '', new Set());
  return totals;
}

/**
 * What an operation costs in the sandbox's model (see the top of this file).
 * @param {import('graphql').GraphQLSchema} schema
 * @param {import('graphql').DocumentNode|string} documentAST
 * @param {object} [variables]
 * @param {string} [operationName]
 * @returns {{complexity: number, nodes: number}}
 */
function queryCost(schema, documentAST, variables, operationName) {
  const document = typeof documentAST === 'string' ? parse(documentAST) : documentAST;
  const { complexity, nodes } = measure(schema, document, variables, operationName);
  return { complexity, nodes };
}

/** The validation-style error for a page size Kraken refuses. */
function pageSizeError(page) {
  const message = `The \`${page.argument}\` argument of \`${page.field}\` must be set to a value less than ${PAGE_SIZE_LIMIT} (it was ${page.value}).`;
  const error = new GraphQLError(message, {
    nodes: [page.node],
    extensions: {
      errorType: 'VALIDATION',
      errorDescription: message,
      errorClass: 'VALIDATION',
      validationErrors: [{ message, inputPath: [...page.path.split('.'), page.argument] }],
    },
  });
  return error;
}

/**
 * Kraken's per-request limits, checked before an operation runs: errors to answer with
 * (empty when it may run). Variables that do not coerce are left to execution to report.
 * @param {{complexityLimit?: number, nodeLimit?: number}} [limits] 0 turns a limit off
 */
function checkLimits(schema, document, variables, operationName, limits = {}) {
  const complexityLimit = limits.complexityLimit == null ? DEFAULT_COMPLEXITY_LIMIT : limits.complexityLimit;
  const nodeLimit = limits.nodeLimit == null ? DEFAULT_NODE_LIMIT : limits.nodeLimit;
  let totals;
  try {
    totals = measure(schema, document, variables, operationName);
  } catch (err) {
    if (err instanceof GraphQLError) return [];
    throw err;
  }
  const tooLarge = totals.pages.filter((p) => p.argument && (p.value >= PAGE_SIZE_LIMIT || p.value < 0));
  if (tooLarge.length) return tooLarge.map(pageSizeError);
  const name = operationName || (getOperationAST(document, undefined) || {}).name?.value || 'the operation';
  if (complexityLimit > 0 && totals.complexity > complexityLimit) {
    const error = krakenError('KT-CT-1188', `Query complexity of ${totals.complexity} for ${name} exceeds the limit of ${complexityLimit}.`);
    error.extensions.complexity = totals.complexity;
    error.extensions.complexityLimit = complexityLimit;
    return [error];
  }
  if (nodeLimit > 0 && totals.nodes > nodeLimit) {
    const error = krakenError('KT-CT-1189', `The query for ${name} may return ${totals.nodes} nodes, above the limit of ${nodeLimit}.`);
    error.extensions.nodes = totals.nodes;
    error.extensions.nodeLimit = nodeLimit;
    return [error];
  }
  return [];
}

module.exports = {
  queryCost, checkLimits, isConnectionType,
  DEFAULT_PAGE_SIZE, PAGE_SIZE_LIMIT, DEFAULT_COMPLEXITY_LIMIT, DEFAULT_NODE_LIMIT,
};
