'use strict';
// Start the real sandbox (node server.js --port 0 ...) as a child process for a test file.
//   const sb = await spawnSandbox(['--allow-faults']);
//   sb.url      http://127.0.0.1:PORT/v1/graphql/
//   sb.logPath  the --request-log file (a fresh temp file; pass {requestLog: false} to omit)
//   await sb.stop()  -> {code, signal}; SIGTERM, then SIGKILL after a grace period
// Children still running when the test process exits are killed; temp files are removed.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const SANDBOX_DIR = path.resolve(__dirname, '..', '..');
const running = new Set();
const tempDirs = new Set();

process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * @param {string[]} [args] extra server arguments
 * @param {{requestLog?: boolean, startTimeoutMs?: number, stdin?: 'ignore'|'pipe'}} [opts]
 */
function spawnSandbox(args = [], opts = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kraken-sandbox-test-'));
  tempDirs.add(tmp);
  const logPath = opts.requestLog === false ? null : path.join(tmp, 'requests.log');
  const fullArgs = [path.join(SANDBOX_DIR, 'server.js'), '--port', '0', ...(logPath ? ['--request-log', logPath] : []), ...args];
  const child = spawn(process.execPath, fullArgs, { cwd: SANDBOX_DIR, stdio: [opts.stdin || 'ignore', 'pipe', 'pipe'] });
  running.add(child);
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });

  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`sandbox did not start in time; stderr:\n${stderr}`));
    }, opts.startTimeoutMs || 20000);
    const onData = (chunk) => {
      stdout += chunk;
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stdout.resume();
      const firstLine = stdout.slice(0, newline);
      const match = /^listening on (http:\/\/127\.0\.0\.1:(\d+)\/v1\/graphql\/)$/.exec(firstLine);
      if (!match) {
        child.kill('SIGKILL');
        reject(new Error(`unexpected first line: ${JSON.stringify(firstLine)}`));
        return;
      }
      resolve({
        url: match[1],
        port: Number(match[2]),
        firstLine,
        logPath,
        child,
        stderr: () => stderr,
        exited,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGTERM');
            const timer2 = setTimeout(() => child.kill('SIGKILL'), 5000);
            const result = await exited;
            clearTimeout(timer2);
            return result;
          }
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox exited (${code}) before listening; stderr:\n${stderr}`));
    });
  });
}

/** Parsed lines of a request log file. */
function readLog(logPath) {
  if (!logPath || !fs.existsSync(logPath)) return [];
  return fs.readFileSync(logPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

module.exports = { spawnSandbox, readLog, SANDBOX_DIR };
