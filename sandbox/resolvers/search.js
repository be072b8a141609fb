'use strict';
// Query resolvers: accountsSearch (AccountSearchInputType), propertiesSearch, propertySearch.
const { invalid } = require('./common');
const { readTerms, validateTerms, searchAccounts, matchLocation } = require('../data/search-index');
const { isValidNmi, isValidMirn } = require('../data/identifiers');

const DEFAULT_MAX = 20;
/** Kraken serialises Decimal as a string: 1 -> "1.0", 0.957 -> "0.957". */
const decimal = (n) => (Number.isInteger(n) ? n.toFixed(1) : String(n));
const LIMIT_MAX = 100;

function searchResolvers(store, nodes) {
  function accountsSearch(args) {
    const { terms, paths } = readTerms(args.searchTerms || {});
    const errors = validateTerms(terms, paths);
    if (!Object.keys(terms).length) errors.push({ message: 'Provide at least one search term.', inputPath: ['searchTerms'] });
    if (args.maxResults != null && (args.maxResults < 1 || args.maxResults > LIMIT_MAX)) {
      errors.push({ message: `maxResults must be between 1 and ${LIMIT_MAX}.`, inputPath: ['maxResults'] });
    }
    if (errors.length) throw invalid('KT-CT-4183', 'One of more search terms failed validations.', errors);
    const rows = searchAccounts(terms, store.indexes, store.accounts, args.maxResults != null ? args.maxResults : DEFAULT_MAX);
    return rows.map((r) => ({ __typename: 'AccountSearchItemType', score: decimal(r.score), account: nodes.account(store.accounts[r.idx]) }));
  }

  /** Free-text property search: NMI / MIRN, postcode, or address words. */
  function searchProperties(term, max = 20) {
    const q = String(term || '').trim();
    if (!q) return [];
    const compact = q.replace(/\s+/g, '').toUpperCase();
    if ((isValidNmi(compact) || isValidMirn(compact)) && /\d/.test(compact)) {
      const a = store.accountByMpxn(compact);
      if (a) return [{ idx: a.idx, score: 1 }];
    }
    const scores = matchLocation(q, store.indexes, store.accounts);
    return [...scores].map(([idx, score]) => ({ idx, score: Math.round(score * 1000) / 1000 }))
      .sort((x, y) => y.score - x.score || x.idx - y.idx).slice(0, max);
  }

  return {
    accountsSearch,
    propertiesSearch(args) {
      return searchProperties(args.searchTerm).map((r) => ({ __typename: 'PropertySearchResult', score: decimal(r.score), property: nodes.property(store.accounts[r.idx]) }));
    },
    propertySearch(args) {
      return searchProperties(args.searchTerm).map((r) => nodes.property(store.accounts[r.idx]));
    },
  };
}

module.exports = { searchResolvers };
