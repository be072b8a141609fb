'use strict';
// Command-line options of server.js. Pure: parseArgs(argv) returns options or throws a
// CliError with a message fit for stderr; HELP is the --help text.

const { parseHideName } = require('./schema-variations');
const { DEFAULT_COMPLEXITY_LIMIT, DEFAULT_NODE_LIMIT } = require('./query-cost');

const DEFAULT_USER = { email: 'agent@sandbox.kraken.test', password: 'sandbox-agent' };
const DEFAULT_API_KEY = 'sk_sandbox_agent_key';
const DEFAULT_ORGANIZATION_SECRET_KEY = 'sk_sandbox_org_secret';
const DEFAULT_PRE_SIGNED_KEY = 'psk_sandbox_agent';

const HELP = `Kraken sandbox: a local, Kraken-compatible GraphQL server with made-up Australian data.
No real customers. Binds 127.0.0.1 only.

Usage: node server.js [options]

  --port N                 port to listen on (default 4000; 0 picks a free port)
  --scale S                data volume multiplier (default 1)
  --seed N                 data seed; same seed, same data (default 1)
  --latency-ms N           fixed delay added to every POST (default 0)
  --token-ttl SECONDS      access token lifetime (default 3600)
  --refresh-ttl SECONDS    refresh token lifetime (default 604800 = 7 days)
  --rate-limit N           requests per minute per token; 0 = off (default 0)
  --complexity-limit N     query-complexity limit per request (default 200; 0 = off)
  --node-limit N           node limit per request (default 10000; 0 = off)
  --allow-faults           honour the X-Sandbox-Fault request header (see README)
  --fault SPEC             with --allow-faults: fault applied when a request has no header
  --request-log FILE       append one JSON line per request (secrets redacted)
  --api-key KEY            accept this API key (repeatable; adds to the default)
  --look-only-key KEY      accept this API key for an agent who may look but not act: every
                           mutation it sends is refused with KT-CT-4177 (repeatable)
  --org-secret-key KEY     accept this organisation secret key (repeatable; adds to the default)
  --pre-signed-key KEY     accept this pre-signed key (repeatable; adds to the default)
  --user EMAIL:PASSWORD    accept this sign-in (repeatable; adds to the default; needs
                           --password-sign-in to be usable)
  --password-sign-in       ObtainJSONWebTokenInput also has email and password (older Kraken)
  --hide NAME              serve the schema without Type, Type.field or Enum.VALUE
                           (repeatable; everything referring to a hidden type goes too)
  --kraken-version NUMBER  what Query.krakenVersion answers (default v2025.11.14-sandbox); lets
                           tests act out a Kraken upgrade
  --exit-with-stdin        exit when stdin closes: the console that started this sandbox keeps
                           its write end open, so the sandbox ends with it however it ends
  --help                   show this text

Default sign-ins: API key ${DEFAULT_API_KEY}, organisation secret key
${DEFAULT_ORGANIZATION_SECRET_KEY}, pre-signed key ${DEFAULT_PRE_SIGNED_KEY}; with --password-sign-in
also ${DEFAULT_USER.email} / ${DEFAULT_USER.password}.
The first line printed is "listening on http://127.0.0.1:PORT/v1/graphql/".
`;

class CliError extends Error {}

function intOption(name, text, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
  if (text === undefined || !/^\d+$/.test(text)) throw new CliError(`${name} needs a whole number`);
  const value = Number(text);
  if (value < min || value > max) throw new CliError(`${name} must be between ${min} and ${max}`);
  return value;
}

function numberOption(name, text) {
  const value = Number(text);
  if (text === undefined || text === '' || !Number.isFinite(value) || value <= 0) {
    throw new CliError(`${name} needs a positive number`);
  }
  return value;
}

/** @param {string[]} argv arguments after `node server.js` */
function parseArgs(argv) {
  const options = {
    help: false,
    port: 4000,
    scale: 1,
    seed: 1,
    latencyMs: 0,
    tokenTtl: 3600,
    refreshTtl: 7 * 24 * 3600,
    rateLimit: 0,
    complexityLimit: DEFAULT_COMPLEXITY_LIMIT,
    nodeLimit: DEFAULT_NODE_LIMIT,
    allowFaults: false,
    fault: null,
    requestLog: null,
    apiKeys: [DEFAULT_API_KEY],
    lookOnlyApiKeys: [],
    organizationSecretKeys: [DEFAULT_ORGANIZATION_SECRET_KEY],
    preSignedKeys: [DEFAULT_PRE_SIGNED_KEY],
    users: [{ ...DEFAULT_USER }],
    passwordSignIn: false,
    hide: [],
    krakenVersion: null,
    exitWithStdin: false,
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const next = () => (value !== undefined ? value : argv[++i]);
    switch (arg) {
      case '--help': case '-h': options.help = true; break;
      case '--port': options.port = intOption(arg, next(), { max: 65535 }); break;
      case '--scale': options.scale = numberOption(arg, next()); break;
      case '--seed': options.seed = intOption(arg, next()); break;
      case '--latency-ms': options.latencyMs = intOption(arg, next(), { max: 600000 }); break;
      case '--token-ttl': options.tokenTtl = intOption(arg, next(), { min: 1 }); break;
      case '--refresh-ttl': options.refreshTtl = intOption(arg, next(), { min: 1 }); break;
      case '--rate-limit': options.rateLimit = intOption(arg, next()); break;
      case '--complexity-limit': options.complexityLimit = intOption(arg, next()); break;
      case '--node-limit': options.nodeLimit = intOption(arg, next()); break;
      case '--kraken-version': {
        const number = next();
        if (!number) throw new CliError('--kraken-version needs a version, e.g. v2026.01.01');
        options.krakenVersion = number;
        break;
      }
      case '--allow-faults': options.allowFaults = true; break;
      case '--fault': {
        const spec = next();
        if (!spec) throw new CliError('--fault needs a fault spec, e.g. http-503;times=1');
        options.fault = spec;
        break;
      }
      case '--request-log': {
        const file = next();
        if (!file) throw new CliError('--request-log needs a file name');
        options.requestLog = file;
        break;
      }
      case '--api-key': {
        const key = next();
        if (!key) throw new CliError('--api-key needs a key');
        options.apiKeys.push(key);
        break;
      }
      case '--look-only-key': {
        const key = next();
        if (!key) throw new CliError('--look-only-key needs a key');
        options.apiKeys.push(key);
        options.lookOnlyApiKeys.push(key);
        break;
      }
      case '--org-secret-key': {
        const key = next();
        if (!key) throw new CliError('--org-secret-key needs a key');
        options.organizationSecretKeys.push(key);
        break;
      }
      case '--pre-signed-key': {
        const key = next();
        if (!key) throw new CliError('--pre-signed-key needs a key');
        options.preSignedKeys.push(key);
        break;
      }
      case '--user': {
        const pair = next() || '';
        const colon = pair.indexOf(':');
        if (colon <= 0 || colon === pair.length - 1) throw new CliError('--user needs EMAIL:PASSWORD');
        options.users.push({ email: pair.slice(0, colon), password: pair.slice(colon + 1) });
        break;
      }
      case '--password-sign-in': options.passwordSignIn = true; break;
      case '--exit-with-stdin': options.exitWithStdin = true; break;
      case '--hide': {
        const name = next();
        if (!name) throw new CliError('--hide needs a name: Type, Type.field or Enum.VALUE');
        try {
          parseHideName(name);
        } catch (err) {
          throw new CliError(err.message);
        }
        options.hide.push(name);
        break;
      }
      default:
        throw new CliError(`unknown option ${arg} (see --help)`);
    }
  }
  if (options.fault && !options.allowFaults) throw new CliError('--fault needs --allow-faults');
  return options;
}

module.exports = {
  parseArgs, HELP, CliError, DEFAULT_USER, DEFAULT_API_KEY, DEFAULT_ORGANIZATION_SECRET_KEY, DEFAULT_PRE_SIGNED_KEY,
};
