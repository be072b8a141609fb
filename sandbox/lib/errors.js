'use strict';
// Kraken-shaped GraphQL errors. Kraken answers HTTP 200 and puts the problem in
// `errors[].extensions`: errorCode (KT-<area>-<n>), errorType, errorDescription,
// validationErrors. Every resolver and the server raise errors through here so the
// shape is identical everywhere.
const { GraphQLError } = require('graphql');

// Descriptions follow the wording of Kraken's reference (the seed, ../shared/seed/kraken-queries.txt).
const KNOWN = {
  'KT-CT-1111': ['AUTHORIZATION', 'Unauthorized.'],
  'KT-CT-1112': ['AUTHORIZATION', "'Authorization' header not provided."],
  'KT-CT-1113': ['AUTHORIZATION', 'Disabled GraphQL field requested.'],
  'KT-CT-1124': ['AUTHORIZATION', 'JWT has expired.'],
  'KT-CT-1134': ['VALIDATION', 'Refresh token has expired.'],
  'KT-CT-1135': ['VALIDATION', 'Invalid data.'],
  'KT-CT-1138': ['VALIDATION', 'Please make sure the credentials are correct.'],
  'KT-CT-1139': ['VALIDATION', 'Authentication failed.'],
  'KT-CT-1188': ['VALIDATION', 'Query complexity limit exceeded.'],
  'KT-CT-1189': ['VALIDATION', 'Query node limit exceeded.'],
  'KT-CT-1199': ['THROTTLING', 'Too many requests.'],
  'KT-CT-4123': ['AUTHORIZATION', 'Unauthorized.'],
  'KT-CT-4177': ['AUTHORIZATION', 'Unauthorized.'],
  'KT-CT-4178': ['NOT_FOUND', 'No account found with given account number.'],
  'KT-CT-4180': ['VALIDATION', 'Account note must be a valid string.'],
  'KT-CT-4195': ['VALIDATION', 'Unpin at date provided for an unpinned note.'],
  'KT-CT-4196': ['VALIDATION', 'Unpin at date provided is in the past.'],
  'KT-AU-4110': ['VALIDATION', 'Either accountNumber or both supplyPointIdentifier and marketName must be provided.'],
  'KT-CT-4183': ['VALIDATION', 'One of more search terms failed validations.'],
};

/**
 * Build a Kraken error.
 * @param {string} code e.g. 'KT-CT-4178'
 * @param {string} [description] overrides the known description
 * @param {{type?: string, validationErrors?: Array<{message: string, inputPath: string[]}>, path?: any}} [options]
 */
function krakenError(code, description, options = {}) {
  const known = KNOWN[code] || ['VALIDATION', 'Request failed.'];
  const errorDescription = description || known[1];
  return new GraphQLError(errorDescription, {
    path: options.path,
    extensions: {
      errorType: options.type || known[0],
      errorCode: code,
      errorDescription,
      errorClass: options.type || known[0],
      validationErrors: options.validationErrors || [],
    },
  });
}

function isKrakenError(err) {
  const e = err && (err.originalError || err);
  return Boolean(e && e.extensions && typeof e.extensions.errorCode === 'string');
}

module.exports = { krakenError, isKrakenError, KNOWN_ERRORS: KNOWN };
