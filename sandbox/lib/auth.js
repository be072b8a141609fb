'use strict';
// Sign-in for the sandbox: the obtainKrakenToken mutation and the check of the
// Authorization header on every other request.
//
// Access tokens are JWT-shaped (base64url header.payload.signature, HS256 with a secret
// made fresh for each process, so tokens never outlive the server). Refresh tokens are
// opaque random strings held in memory; using one revokes it (rotation).
//
// Sign-in takes exactly one of the ObtainJSONWebTokenInput fields the reference has (each is
// "use standalone"): APIKey, organizationSecretKey, preSignedKey, refreshToken; email and
// password (together) only with --password-sign-in, as older instances have them.
//
// Error codes: the reference lists KT-CT-1135 and KT-CT-1134 ("Invalid data.") for
// obtainKrakenToken; live instances answer message "Invalid data." with these codes and the
// detail in errorDescription / validationErrors[].inputPath:
//   KT-CT-1139 wrong API key or organisation secret key ("Authentication failed."),
//   KT-CT-1138 wrong email/password, KT-CT-1135 unknown/used refresh token, unknown
//   pre-signed key, or not exactly one credential given, KT-CT-1134 expired refresh token;
// and for the header: KT-CT-1112 missing, KT-CT-1111 invalid, KT-CT-1124 expired.
const crypto = require('node:crypto');
const { krakenError } = require('./errors');

const ISSUER = 'https://sandbox.kraken.test/v1/graphql/';
const KIND_BY_GRANT = { 'API-KEY': 'apiKey', 'ORGANIZATION-SECRET-KEY': 'organization' };
const CREDENTIALS = ['APIKey', 'organizationSecretKey', 'preSignedKey', 'refreshToken'];

function b64url(buffer) {
  return Buffer.from(buffer).toString('base64url');
}

/** Kraken's sign-in errors read "Invalid data." with the detail in errorDescription. */
function signInError(code, description, inputPath) {
  const error = krakenError(code, description, {
    type: 'VALIDATION',
    validationErrors: inputPath ? [{ message: description, inputPath }] : [],
  });
  error.message = 'Invalid data.';
  return error;
}

/** Stable, non-reversible label for a token, safe to log. */
function tokenHash(token) {
  if (!token) return null;
  return crypto.createHash('sha256').update(String(token)).digest('hex').slice(0, 16);
}

/**
 * @param {{users: {email: string, password: string}[], apiKeys: string[],
 *          organizationSecretKeys?: string[], preSignedKeys?: string[], passwordSignIn?: boolean,
 *          tokenTtl: number, refreshTtl: number, now?: () => number}} options  now() returns ms
 */
function createAuth(options) {
  const now = options.now || Date.now;
  let secret = crypto.randomBytes(32);
  const refreshTokens = new Map(); // token -> {identity, expiresAt (unix s)}
  const nowSeconds = () => Math.floor(now() / 1000);

  function identityForUser(email) {
    const index = options.users.findIndex((u) => u.email.toLowerCase() === email.toLowerCase());
    return { kind: 'user', subject: `kraken|account-user:${1001 + index}`, email: options.users[index].email, gty: 'EMAIL-AND-PASSWORD' };
  }

  function identityForKey(key) {
    const index = options.apiKeys.indexOf(key);
    return { kind: 'apiKey', subject: `kraken|account-user:${2001 + index}`, email: null, gty: 'API-KEY' };
  }

  function identityForOrganization(secret) {
    const index = (options.organizationSecretKeys || []).indexOf(secret);
    return { kind: 'organization', subject: `kraken|organization:${3001 + index}`, email: null, gty: 'ORGANIZATION-SECRET-KEY' };
  }

  /** A pre-signed key stands for the default agent (account user 1001), as a short-lived key for a known user. */
  function identityForPreSignedKey() {
    const user = options.users[0];
    return { kind: 'user', subject: 'kraken|account-user:1001', email: user ? user.email : null, gty: 'PRE-SIGNED-KEY' };
  }

  function sign(payload) {
    const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const body = b64url(JSON.stringify(payload));
    const signature = crypto.createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
    return `${head}.${body}.${signature}`;
  }

  function issue(identity, origIat) {
    const iat = nowSeconds();
    // Rounded up so a token lives at least its full TTL (with a floor, a 1 s token issued at
    // x.999 s would be expired 1 ms later).
    const expiryBase = Math.ceil(now() / 1000);
    const payload = {
      sub: identity.subject,
      gty: identity.gty,
      ...(identity.email ? { email: identity.email } : {}),
      tokenUse: 'access',
      iss: ISSUER,
      iat,
      exp: expiryBase + options.tokenTtl,
      origIat: origIat || iat,
      jti: crypto.randomBytes(8).toString('hex'),
    };
    const refreshToken = crypto.randomBytes(32).toString('hex');
    const refreshExpiresIn = expiryBase + options.refreshTtl;
    refreshTokens.set(refreshToken, { identity, expiresAt: refreshExpiresIn, origIat: payload.origIat });
    return { token: sign(payload), refreshToken, refreshExpiresIn, payload };
  }

  function fromRefreshToken(token) {
    const entry = refreshTokens.get(token);
    if (!entry) throw signInError('KT-CT-1135', 'Please make sure the refresh token is correct.', ['input', 'refreshToken']);
    refreshTokens.delete(token); // rotation: one use only
    if (entry.expiresAt <= nowSeconds()) {
      throw signInError('KT-CT-1134', 'The refresh token has expired.', ['input', 'refreshToken']);
    }
    return issue(entry.identity, entry.origIat);
  }

  function fromPassword(input) {
    const email = typeof input.email === 'string' ? input.email : '';
    const password = typeof input.password === 'string' ? input.password : '';
    const user = options.users.find((u) => u.email.toLowerCase() === email.toLowerCase() && u.password === password);
    if (!user || !email) throw signInError('KT-CT-1138', 'Please make sure the credentials are correct.');
    return issue(identityForUser(user.email));
  }

  /** Root resolver for Mutation.obtainKrakenToken(input: ObtainJSONWebTokenInput!). */
  function obtainKrakenToken(args) {
    const input = (args && args.input) || {};
    const given = CREDENTIALS.filter((name) => input[name] != null);
    const password = options.passwordSignIn && (input.email != null || input.password != null);
    if (given.length + (password ? 1 : 0) !== 1) {
      const names = [...CREDENTIALS, ...(options.passwordSignIn ? ['email and password'] : [])].join(', ');
      throw signInError('KT-CT-1135', `Provide exactly one of ${names}.`, ['input']);
    }
    if (password) return fromPassword(input);
    switch (given[0]) {
      case 'refreshToken': return fromRefreshToken(input.refreshToken);
      case 'APIKey':
        if (!options.apiKeys.includes(input.APIKey)) throw signInError('KT-CT-1139', 'Authentication failed.', ['input', 'apiKey']);
        return issue(identityForKey(input.APIKey));
      case 'organizationSecretKey':
        if (!(options.organizationSecretKeys || []).includes(input.organizationSecretKey)) {
          throw signInError('KT-CT-1139', 'Authentication failed.', ['input', 'organizationSecretKey']);
        }
        return issue(identityForOrganization(input.organizationSecretKey));
      default: // preSignedKey
        if (!(options.preSignedKeys || []).includes(input.preSignedKey)) {
          throw signInError('KT-CT-1135', 'Please make sure the pre-signed key is correct.', ['input', 'preSignedKey']);
        }
        return issue(identityForPreSignedKey());
    }
  }

  /** Token from an Authorization header value: bare, or "JWT <token>". */
  function tokenFromHeader(header) {
    if (typeof header !== 'string') return '';
    const value = header.trim();
    return /^JWT\s+/i.test(value) ? value.replace(/^JWT\s+/i, '').trim() : value;
  }

  /**
   * Check an Authorization header. Returns {subject, kind, email, tokenHash, payload};
   * throws a Kraken error (KT-CT-1112 / 1111 / 1124) otherwise.
   */
  function verify(header) {
    const token = tokenFromHeader(header);
    if (!token) throw krakenError('KT-CT-1112');
    const parts = token.split('.');
    if (parts.length !== 3) throw krakenError('KT-CT-1111');
    const expected = crypto.createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
    const given = Buffer.from(parts[2], 'base64url');
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) throw krakenError('KT-CT-1111');
    let payload;
    try {
      payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    } catch {
      throw krakenError('KT-CT-1111');
    }
    if (!payload || payload.tokenUse !== 'access' || typeof payload.exp !== 'number') throw krakenError('KT-CT-1111');
    if (payload.exp <= nowSeconds()) throw krakenError('KT-CT-1124');
    return {
      subject: payload.sub,
      kind: KIND_BY_GRANT[payload.gty] || 'user',
      email: payload.email || null,
      tokenHash: tokenHash(token),
      payload,
    };
  }

  /**
   * What a restart does, on demand (a signing-key rotation plus revocation in production): a new
   * signing secret, so every access token issued so far is KT-CT-1111, and no refresh token left.
   */
  function revokeAll() {
    secret = crypto.randomBytes(32);
    refreshTokens.clear();
  }

  /** Whether this signed-in subject may run mutations: a look-only key's agent may not (KT-CT-4177). */
  function mayAct(subject) {
    return !(options.lookOnlyApiKeys || []).some((key) => identityForKey(key).subject === subject);
  }

  return { obtainKrakenToken, verify, tokenFromHeader, revokeAll, mayAct };
}

module.exports = { createAuth, tokenHash };
