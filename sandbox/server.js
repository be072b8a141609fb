#!/usr/bin/env node
'use strict';
// Kraken sandbox entry point: options -> data store -> resolvers -> executor -> HTTP.
// Prints exactly `listening on http://127.0.0.1:PORT/v1/graphql/` as its first line, and
// exits 0 on SIGTERM/SIGINT after closing the server and flushing the request log.
const http = require('node:http');
const { validateSchema } = require('graphql');
const { parseArgs, HELP, CliError } = require('./lib/cli');
const { createAuth } = require('./lib/auth');
const { createRateLimiter } = require('./lib/rate-limit');
const { createRequestLog } = require('./lib/request-log');
const { createHandler } = require('./lib/http');
const { krakenVersionResolver } = require('./lib/kraken-version');

function loadModules() {
  return {
    createStore: require('./data/store').createStore,
    createResolvers: require('./resolvers').createResolvers,
    createExecutor: require('./lib/schema').createExecutor,
  };
}

/**
 * Build and start a sandbox. Resolves to {server, port, close()} once listening.
 * @param {ReturnType<typeof parseArgs>} options
 * @param {{createStore: Function, createResolvers: Function, createExecutor: Function}} modules
 */
async function startSandbox(options, modules = loadModules()) {
  const store = modules.createStore({ seed: options.seed, scale: options.scale });
  const resolvers = modules.createResolvers(store) || {};
  const auth = createAuth(options);
  const executor = modules.createExecutor({
    queryResolvers: { ...(resolvers.Query || {}), ...krakenVersionResolver(options.krakenVersion) },
    mutationResolvers: { ...(resolvers.Mutation || {}), obtainKrakenToken: auth.obtainKrakenToken },
    variations: { hide: options.hide || [], passwordSignIn: Boolean(options.passwordSignIn) },
    limits: { complexityLimit: options.complexityLimit, nodeLimit: options.nodeLimit },
  });
  if (executor.schema) {
    const problems = validateSchema(executor.schema);
    if (problems.length) throw new Error(`schema.graphql is not valid: ${problems.slice(0, 3).map((e) => e.message).join('; ')}`);
  }
  const requestLog = createRequestLog(options.requestLog);
  let port = options.port;
  const handler = createHandler({
    executor, auth, store, options, requestLog,
    rateLimiter: createRateLimiter({ perMinute: options.rateLimit }),
    port: () => port,
  });
  const server = http.createServer(handler);
  server.keepAliveTimeout = 5000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = server.address().port;
  let closed = false;
  const close = () => new Promise((resolve) => {
    if (closed) return resolve();
    closed = true;
    server.close(() => resolve());
    server.closeAllConnections();
    requestLog.close();
  });
  return { server, port, close };
}

async function main(argv = process.argv.slice(2), modules) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    process.stderr.write(`server.js: ${err.message}\n`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(HELP);
    return;
  }
  let sandbox;
  try {
    sandbox = await startSandbox(options, modules || loadModules());
  } catch (err) {
    process.stderr.write(`server.js: could not start: ${err.message}\n`);
    process.exit(1);
  }
  const stop = () => {
    sandbox.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  if (options.exitWithStdin) {
    // The parent holds the other end of this pipe; the kernel closes it when the parent dies
    // (even by SIGKILL or a crash, and on every OS), so end of input means "no one is left".
    process.stdin.once('end', stop);
    process.stdin.once('error', stop);
    process.stdin.resume();
  }
  process.stdout.write(`listening on http://127.0.0.1:${sandbox.port}/v1/graphql/\n`);
}

if (require.main === module) main();

module.exports = { startSandbox, main, loadModules };
