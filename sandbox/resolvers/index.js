'use strict';
// createResolvers(store) -> { Query: {field: (args, context, info) => value} }.
// Each domain file contributes root fields; shared node builders live on `nodes`
// so accounts, properties, Ink and calls can refer to each other.
const { addAccountNodes } = require('./nodes-account');
const { addPropertyNodes } = require('./nodes-property');
const { accountResolvers } = require('./accounts');
const { searchResolvers } = require('./search');
const { propertyResolvers } = require('./properties');
const { inkResolvers } = require('./ink');
const { callResolvers } = require('./calls');
const { miscResolvers } = require('./misc');
const { noteResolvers } = require('./notes');
const { conformRoot } = require('./conform');

function createResolvers(store) {
  const nodes = {};
  addAccountNodes(nodes, store);
  addPropertyNodes(nodes, store);
  const Query = {
    ...miscResolvers(store, nodes),
    ...accountResolvers(store, nodes),
    ...searchResolvers(store, nodes),
    ...propertyResolvers(store, nodes),
    ...inkResolvers(store, nodes),
    ...callResolvers(store, nodes),
  };
  // Called through the executor (info present), results are conformed to the schema
  // it runs; called directly (tests), resolvers return the raw data objects.
  for (const key of Object.keys(Query)) Query[key] = conformRoot(Query[key]);
  const Mutation = { ...noteResolvers(store, nodes) };
  return { Query, Mutation, nodes };
}

module.exports = { createResolvers };
