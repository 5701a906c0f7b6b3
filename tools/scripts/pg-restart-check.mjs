#!/usr/bin/env node
// `npm run check:pg-restart`: Postgres restarted during traffic. Starts the production build of the
// API (dist/apps/api/main.js serve) on a fresh database of the local server (migrated and seeded
// with the demo), signs in as the demo mentor and keeps a steady stream of reads and committed
// writes (session logs with an idempotency key) going while the Postgres cluster is stopped
// (`pg_ctlcluster … stop -m fast`), left down ~3 s and started again. It checks that:
//   - while Postgres is down every API response is 503 (never 500) and arrives within 2 s;
//   - once Postgres is back the API answers 2xx again within 5 s, by itself, and keeps doing so;
//   - every write the API acknowledged with 2xx is in the database afterwards.
// The last line of output is one JSON object; the exit code is 1 when a condition fails.
// THIS RESTARTS THE WHOLE POSTGRES SERVER: anything else using it sees the outage too.
// Environment: PG_SERVER_URL (default postgres://postgres@127.0.0.1:5432/postgres); PG_CLUSTER
// ("15 main"; default: the cluster listening on PG_SERVER_URL's port); CHECK_PORT (default 4396);
// CHECK_API_MAIN (default dist/apps/api/main.js).
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const apiMain = resolve(root, process.env.CHECK_API_MAIN ?? 'dist/apps/api/main.js');

const SERVER_URL = process.env.PG_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PORT = Number(process.env.CHECK_PORT ?? 4396);
const BASE = `http://127.0.0.1:${PORT}`;
const DEMO = { email: 'mentor@acme.example', password: 'mentorbridge-demo' };
const WORKERS = 4;
const PAUSE_MS = 25;
const WARM_UP_MS = 2000;
const DOWN_MS = 3000;
const AFTER_RECOVERY_MS = 2000;
const MAX_DOWN_LATENCY_MS = 2000;
const RECOVERY_LIMIT_MS = 5000;
const REQUEST_TIMEOUT_MS = 10_000;

const started = performance.now();
const now = () => performance.now() - started;
const log = (message) => console.log(`[${(now() / 1000).toFixed(1).padStart(5)} s] ${message}`);

const state = {
  database: null,
  databaseUrl: null,
  server: null,
  work: null,
  cluster: null,
  postgresStopped: false,
};

async function main() {
  if (!existsSync(apiMain)) throw new Error(`${apiMain} is missing: run npm run build first.`);
  if (await answers(`${BASE}/api/health`)) {
    throw new Error(`something already listens on port ${PORT}; set CHECK_PORT to a free port`);
  }
  state.cluster = await findCluster();
  state.work = mkdtempSync(join(tmpdir(), 'mb-pg-restart-'));
  state.database = `mb_pg_restart_${Date.now().toString(36)}`;
  const url = new URL(SERVER_URL);
  url.pathname = `/${state.database}`;
  state.databaseUrl = url.toString();
  await adminQuery(SERVER_URL, `CREATE DATABASE "${state.database}"`);
  log(`database ${state.database} on cluster ${state.cluster.join(' ')} (${SERVER_URL})`);

  const env = {
    ...process.env,
    DATABASE_URL: state.databaseUrl,
    NOTES_MASTER_KEY: randomBytes(32).toString('base64'),
    MAIL_OUTBOX_DIR: join(state.work, 'outbox'),
    PORT: String(PORT),
    HOST: '127.0.0.1',
    JOBS_ENABLED: 'true',
    JOBS_TICK_SECONDS: '1',
  };
  delete env.NODE_ENV;
  delete env.PGLITE_DATA_DIR;
  await cli(['migrate'], env);
  await cli(['seed'], env);
  log('migrated and seeded the demo');

  const serverLog = join(state.work, 'api.log');
  const out = createWriteStream(serverLog);
  state.server = spawn(process.execPath, [apiMain, 'serve'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  state.server.stdout.pipe(out);
  state.server.stderr.pipe(out);
  state.serverLog = serverLog;
  await waitForHealth(30_000);
  log(`API up on ${BASE} (pid ${state.server.pid})`);

  const client = new HttpClient();
  await client.call('GET', '/api/auth/csrf');
  const login = await client.call('POST', '/api/auth/login', DEMO);
  if (login.status !== 200) throw new Error(`demo sign-in answered ${login.status}`);
  const matches = await client.call('GET', '/api/me/matches');
  const match = Array.isArray(matches.body) ? matches.body.find((m) => m.state === 'active') : null;
  if (!match) throw new Error('the demo mentor has no active match to log sessions for');
  log(`signed in as ${DEMO.email}; logging sessions on match ${match.id}`);

  // The traffic: WORKERS loops of alternating reads and writes until told to stop.
  const runId = randomBytes(4).toString('hex');
  const results = [];
  const acknowledged = new Set();
  let sequence = 0;
  let stop = false;
  const sessionDate = new Date(Date.now() - 3600_000).toISOString();
  const worker = async (index) => {
    for (let i = index; !stop; i++) {
      const write = i % 2 === 0;
      const key = write ? `pgr-${runId}-${++sequence}` : null;
      const begin = now();
      const response = write
        ? await client.call('POST', `/api/matches/${match.id}/sessions/log`, {
            idempotencyKey: key,
            date: sessionDate,
            durationMinutes: 30,
            mode: 'video',
            outcome: 'held',
          })
        : await client.call('GET', i % 4 === 1 ? '/api/me/matches' : '/api/auth/me');
      const end = now();
      results.push({
        begin,
        end,
        status: response.status,
        write,
        error: response.error,
        retryAfter: response.retryAfter,
        code: response.body?.code,
      });
      if (write && response.status >= 200 && response.status < 300) acknowledged.add(key);
      await sleep(PAUSE_MS);
    }
  };
  const workers = Array.from({ length: WORKERS }, (_, i) => worker(i));

  await sleep(WARM_UP_MS);
  const stopIssued = now();
  log('stopping Postgres (fast)…');
  state.postgresStopped = true;
  await pgCtl('stop', '-m', 'fast');
  const stopped = now();
  log(`Postgres stopped (${Math.round(stopped - stopIssued)} ms); waiting ${DOWN_MS} ms`);
  await sleep(DOWN_MS);
  const startIssued = now();
  await pgCtl('start');
  state.postgresStopped = false;
  const backUp = now();
  log(`Postgres started (${Math.round(backUp - startIssued)} ms)`);

  let recoveredAt = null;
  while (now() - backUp < RECOVERY_LIMIT_MS + AFTER_RECOVERY_MS) {
    if (recoveredAt === null) {
      const first = results
        .filter((r) => r.begin >= backUp && r.status >= 200 && r.status < 300)
        .sort((a, b) => a.end - b.end)[0];
      if (first) {
        recoveredAt = first.end;
        log(`API answered 2xx again ${Math.round(recoveredAt - backUp)} ms after Postgres was up`);
      }
    } else if (now() - recoveredAt >= AFTER_RECOVERY_MS) {
      break;
    }
    await sleep(50);
  }
  stop = true;
  await Promise.all(workers);

  // The verdict.
  const isOk = (r) => r.status >= 200 && r.status < 300;
  const warmUp = results.filter((r) => r.end < stopIssued);
  const down = results.filter((r) => r.begin >= stopped && r.end <= startIssued);
  const outage = results.filter((r) => r.begin >= stopIssued && r.begin < backUp);
  const afterRecovery =
    recoveredAt === null ? [] : results.filter((r) => r.begin >= recoveredAt + 250);
  const unexpected = results.filter((r) => !isOk(r) && r.status !== 503);
  const stored = await storedKeys(`pgr-${runId}-`);
  const lost = [...acknowledged].filter((key) => !stored.has(key));
  const maxDownLatencyMs = Math.round(Math.max(0, ...outage.map((r) => r.end - r.begin)));

  const failures = [];
  if (warmUp.length === 0 || !warmUp.every(isOk)) {
    failures.push(`before the restart ${warmUp.filter((r) => !isOk(r)).length} request(s) failed`);
  }
  if (down.length < 10) failures.push(`only ${down.length} response(s) while Postgres was down`);
  const downNot503 = down.filter((r) => r.status !== 503);
  if (downNot503.length > 0) {
    failures.push(
      `${downNot503.length} response(s) while Postgres was down were not 503: ${summarise(downNot503)}`,
    );
  }
  const badShape = results.filter(
    (r) => r.status === 503 && (r.code !== 'unavailable' || !r.retryAfter),
  );
  if (badShape.length > 0) {
    failures.push(`${badShape.length} 503 response(s) without code "unavailable" or Retry-After`);
  }
  if (maxDownLatencyMs > MAX_DOWN_LATENCY_MS) {
    failures.push(
      `a response during the outage took ${maxDownLatencyMs} ms (limit ${MAX_DOWN_LATENCY_MS})`,
    );
  }
  if (unexpected.length > 0) {
    failures.push(`${unexpected.length} response(s) neither 2xx nor 503: ${summarise(unexpected)}`);
  }
  const recoveredInMs = recoveredAt === null ? null : Math.round(recoveredAt - backUp);
  if (recoveredInMs === null || recoveredInMs > RECOVERY_LIMIT_MS) {
    failures.push(`the API did not answer 2xx within ${RECOVERY_LIMIT_MS} ms of Postgres being up`);
  }
  const failedAfter = afterRecovery.filter((r) => !isOk(r));
  if (afterRecovery.length === 0 || failedAfter.length > 0) {
    failures.push(
      `after recovering, ${failedAfter.length} of ${afterRecovery.length} request(s) failed: ${summarise(failedAfter)}`,
    );
  }
  if (acknowledged.size === 0) failures.push('no write was acknowledged');
  if (lost.length > 0)
    failures.push(`${lost.length} acknowledged write(s) missing: ${lost.slice(0, 5).join(', ')}`);

  log(
    `${results.length} requests (${results.filter((r) => r.write).length} writes): ` +
      `${warmUp.length} before the stop, ${down.length} while down, ${afterRecovery.length} after recovery`,
  );
  log(
    `${acknowledged.size} write(s) acknowledged, ${stored.size} stored ` +
      `(${stored.size - (acknowledged.size - lost.length)} stored but not acknowledged: cut off mid-request)`,
  );
  for (const failure of failures) console.log(`FAIL: ${failure}`);
  if (failures.length > 0) console.log(`API log: ${state.serverLog}`);
  return {
    summary: {
      check: 'pg-restart',
      requests: results.length,
      downResponses: down.length,
      status503: results.filter((r) => r.status === 503).length,
      unexpectedStatuses: unexpected.length,
      maxDownLatencyMs,
      pgStopMs: Math.round(stopped - stopIssued),
      pgStartMs: Math.round(backUp - startIssued),
      recoveredInMs,
      acknowledgedWrites: acknowledged.size,
      lostWrites: lost.length,
      ok: failures.length === 0,
    },
    failed: failures.length > 0,
  };
}

function summarise(results) {
  const counts = new Map();
  for (const r of results) {
    const label = r.status === 0 ? `no answer (${r.error})` : String(r.status);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, n]) => `${n}× ${label}`).join(', ') || 'none';
}

/** A tiny cookie-keeping client: session cookie + CSRF cookie echoed in X-XSRF-TOKEN. */
class HttpClient {
  cookies = new Map();

  async call(method, path, body) {
    const headers = { accept: 'application/json' };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    const csrf = this.cookies.get('XSRF-TOKEN');
    if (csrf) headers['x-xsrf-token'] = csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      const response = await fetch(`${BASE}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const at = pair.indexOf('=');
        if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
      }
      const text = await response.text();
      let parsed = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = text;
      }
      return {
        status: response.status,
        body: parsed,
        retryAfter: response.headers.get('retry-after'),
      };
    } catch (error) {
      return { status: 0, body: null, error: error?.name ?? String(error) };
    }
  }
}

async function answers(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

async function waitForHealth(limitMs) {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (state.server.exitCode !== null) break;
    try {
      const response = await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(
    `the API did not become healthy; its log:\n${readFileSync(state.serverLog, 'utf8')}`,
  );
}

async function cli(args, env) {
  try {
    await run(process.execPath, [apiMain, ...args], { cwd: root, env, maxBuffer: 16 << 20 });
  } catch (error) {
    throw new Error(
      `main.js ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
  }
}

/** The pg_ctlcluster "version name" of the cluster on PG_SERVER_URL's port (or PG_CLUSTER). */
async function findCluster() {
  if (process.env.PG_CLUSTER) return process.env.PG_CLUSTER.trim().split(/\s+/);
  let listing;
  try {
    listing = (await run('pg_lsclusters', ['--no-header'])).stdout;
  } catch {
    throw new Error(
      'pg_lsclusters is not available: this check needs a Debian-style local Postgres (pg_ctlcluster).',
    );
  }
  const port = new URL(SERVER_URL).port || '5432';
  const line = listing
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .find((columns) => columns[2] === port);
  if (!line) throw new Error(`no local Postgres cluster listens on port ${port} (pg_lsclusters)`);
  if (line[3] !== 'online') throw new Error(`cluster ${line[0]} ${line[1]} is ${line[3]}`);
  return [line[0], line[1]];
}

function pgCtl(action, ...options) {
  return run('pg_ctlcluster', ['--skip-systemctl-redirect', ...state.cluster, action, ...options]);
}

async function adminQuery(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function storedKeys(prefix) {
  const rows = await adminQuery(
    state.databaseUrl,
    'SELECT idempotency_key AS key FROM mentoring_session WHERE starts_with(idempotency_key, $1)',
    [prefix],
  );
  return new Set(rows.map((r) => r.key));
}

/** Postgres running again, the API stopped, the database dropped, temporary files removed. */
async function cleanUp(keepLog = false) {
  if (state.postgresStopped || (state.cluster && !(await isOnline()))) {
    await pgCtl('start').catch((error) =>
      console.error(`starting Postgres failed: ${error.message}`),
    );
    state.postgresStopped = false;
  }
  const server = state.server;
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((done) => server.once('exit', done));
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (state.database) {
    await adminQuery(SERVER_URL, `DROP DATABASE IF EXISTS "${state.database}" WITH (FORCE)`).catch(
      (error) => console.error(`dropping ${state.database} failed: ${error.message}`),
    );
  }
  if (state.work && !keepLog) rmSync(state.work, { recursive: true, force: true });
}

async function isOnline() {
  try {
    await run('pg_ctlcluster', ['--skip-systemctl-redirect', ...state.cluster, 'status']);
    return true;
  } catch {
    return false;
  }
}

let interrupted = false;
process.once('SIGINT', () => {
  interrupted = true;
  console.error('interrupted: restoring Postgres and cleaning up…');
  void cleanUp().finally(() => process.exit(130));
});

let exitCode = 1;
try {
  const { summary, failed } = await main();
  exitCode = failed ? 1 : 0;
  await cleanUp(failed);
  console.log(JSON.stringify(summary));
} catch (error) {
  console.error(`pg-restart check could not run: ${error.message}`);
  await cleanUp(Boolean(state.serverLog));
  if (state.serverLog) console.error(`API log: ${state.serverLog}`);
  console.log(JSON.stringify({ check: 'pg-restart', ok: false, error: error.message }));
}
if (!interrupted) process.exit(exitCode);
