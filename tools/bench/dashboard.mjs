#!/usr/bin/env node
// `npm run bench:dashboard` (issue 8, "Performance"): the reporting endpoints on an organisation
// of the full size. The npm script builds the API first; this script then
//   1. creates a fresh database `mb_bench_dashboard` on the local server (dropped first if it is
//      there), applies the product's migrations (`main.js migrate`) and builds a synthetic
//      organisation through the product's schema with set-based SQL (tools/bench/dashboard-data.mjs:
//      100,000 participants, 20 programs, 200 cohorts, 40,000 matches, 2,000,000 sessions,
//      check-ins, pulses, concerns, goals, fit answers, closures and exit surveys), then
//      VACUUM (ANALYZE);
//   2. starts the production API on it (`main.js serve`, background jobs off) and waits for its
//      start-up refresh of the reporting views and snapshots (`reporting_refresh.duration_ms`);
//      freshness = the refresh interval (as the API reports it) + that duration. Five earlier
//      monthly snapshots per cohort are then derived from the current one (cards get a trend and
//      "what moved");
//   3. signs in an executive and an HR lead (organisation-wide admin) through POST /api/auth/login
//      and drives GET /api/reporting/cohorts/:id (rotating over every cohort, as the executive),
//      GET /api/reporting/overview (executive) and GET /api/reporting/needs-action (HR lead) with
//      autocannon: 20 connections, a 3 s warm-up, then 20 s measured; any non-2xx response or
//      error fails the run. Also measured, without a target: the cohort dashboard for the last
//      quarter, and each view refreshed once more with the API idle (what the refresh spends);
//   4. prints a table and, as the last line, one JSON object; stops the API and drops the database
//      (also on failure or Ctrl-C).
// Environment: PG_SERVER_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_PORT
// (4397), BENCH_DURATION (seconds measured per endpoint, 20), BENCH_SCALE (1: multiplies people,
// matches and sessions; e.g. 0.05 for a quick try), BENCH_KEEP_DB=1 (keep the database afterwards,
// e.g. to EXPLAIN the queries), BENCH_API_MAIN (another build of main.js to measure).
import autocannon from 'autocannon';
import { hash } from '@node-rs/argon2';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  benchSizes,
  buildSteps,
  COUNT_SQL,
  SNAPSHOT_HISTORY_SQL,
  STAFF,
} from './dashboard-data.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER_URL = process.env.PG_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'mb_bench_dashboard';
const PORT = Number(process.env.BENCH_PORT ?? 4397);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 20;
const WARM_UP_S = 3;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const KEEP_DB = process.env.BENCH_KEEP_DB === '1';
const PASSWORD = 'bench-dashboard-password';
const TARGETS = { cohortP95Ms: 50, cohortRps: 500, overviewP95Ms: 150, hrHomeP95Ms: 100 };
const FRESHNESS_TARGET_S = 300;

const started = performance.now();
const log = (message) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const round1 = (n) => Math.round(n * 10) / 10;

const state = { server: null, admin: null, created: false, scratch: null, cleaning: null };

function databaseUrl(name) {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

function describe(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** A copy of the built API, so that a rebuild during the run cannot swap it underneath. */
function apiCopy() {
  if (process.env.BENCH_API_MAIN) return resolve(process.env.BENCH_API_MAIN);
  const built = join(root, 'dist/apps/api');
  const copy = join(root, 'dist/tools/bench/api');
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const file of ['main.js', 'matching-worker.js']) {
    if (!existsSync(join(built, file)))
      throw new Error(`${join(built, file)} is missing: build the API (npx nx build api)`);
    copyFileSync(join(built, file), join(copy, file));
  }
  return join(copy, 'main.js');
}

function cli(main, args, env) {
  const result = spawnSync(process.execPath, [main, ...args], { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(
      `main.js ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
}

async function waitForHealth(logFile) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (state.server.exitCode !== null)
      throw new Error(
        `the API exited (${state.server.exitCode}):\n${readFileSync(logFile, 'utf8')}`,
      );
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the API did not start within 180 s:\n${readFileSync(logFile, 'utf8')}`);
}

/** Waits for the start-up refresh of the reporting views and snapshots; returns its row. */
async function waitForRefresh(db, logFile) {
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    const { rows } = await db.query(
      'SELECT refreshed_at, duration_ms FROM reporting_refresh WHERE id = 1',
    );
    if (rows[0]) return rows[0];
    const output = readFileSync(logFile, 'utf8');
    if (output.includes('Refreshing the reporting views failed'))
      throw new Error(`the start-up refresh failed:\n${output}`);
    if (state.server.exitCode !== null) throw new Error(`the API exited:\n${output}`);
    await sleep(500);
  }
  throw new Error('no reporting refresh within 15 minutes');
}

/** Signs in through the API as the web app does; returns the Cookie header for later requests. */
async function signIn(email) {
  const cookies = new Map();
  const keep = (response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  };
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  keep(csrf);
  const { token } = await csrf.json();
  const login = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-xsrf-token': token, cookie: cookieHeader() },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  keep(login);
  if (login.status !== 200)
    throw new Error(`sign-in of ${email} failed: ${login.status} ${await login.text()}`);
  return cookieHeader();
}

async function getJson(path, cookie) {
  const response = await fetch(BASE + path, { headers: { cookie, accept: 'application/json' } });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${text}`);
  return { body: JSON.parse(text), bytes: Buffer.byteLength(text) };
}

/** CPU seconds (user + system) the API process has used so far. */
function apiCpuSeconds() {
  try {
    const fields = readFileSync(`/proc/${state.server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function peakRssMb() {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${state.server.pid}/status`, 'utf8'));
    return kb ? Math.round(Number(kb[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** One autocannon run; latencies are kept per response so percentiles are exact. */
function load(paths, cookie, seconds) {
  return new Promise((done, fail) => {
    let next = 0;
    const latencies = [];
    const statuses = new Map();
    const instance = autocannon(
      {
        url: BASE,
        connections: CONNECTIONS,
        duration: seconds,
        headers: { cookie, accept: 'application/json' },
        requests: [
          {
            method: 'GET',
            path: paths[0],
            setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
          },
        ],
      },
      (error, result) => (error ? fail(error) : done({ result, latencies, statuses })),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  });
}

function percentile(sorted, q) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

async function measure(name, paths, cookie) {
  await load(paths, cookie, WARM_UP_S);
  const cpuBefore = apiCpuSeconds();
  const { result, latencies, statuses } = await load(paths, cookie, DURATION_S);
  const cpuAfter = apiCpuSeconds();
  const sorted = latencies.sort((a, b) => a - b);
  const non2xx = [...statuses].filter(([s]) => s < 200 || s > 299).reduce((t, [, n]) => t + n, 0);
  const row = {
    name,
    requests: latencies.length,
    rps: Math.round(latencies.length / result.duration),
    p50: round1(percentile(sorted, 0.5)),
    p95: round1(percentile(sorted, 0.95)),
    p99: round1(percentile(sorted, 0.99)),
    max: round1(sorted.at(-1) ?? 0),
    non2xx,
    statuses: Object.fromEntries(statuses),
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerResponse: latencies.length ? Math.round(result.throughput.total / latencies.length) : 0,
    apiCpu:
      cpuBefore === null || cpuAfter === null
        ? null
        : Math.round((100 * (cpuAfter - cpuBefore)) / result.duration),
  };
  log(
    `${name}: ${row.requests} requests, ${row.rps}/s, p50 ${row.p50} / p95 ${row.p95} / p99 ${row.p99} ms, ` +
      `non-2xx ${row.non2xx}, errors ${row.errors}, API CPU ${row.apiCpu ?? '?'} %`,
  );
  return row;
}

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function cleanup() {
  state.cleaning ??= (async () => {
    if (state.server && state.server.exitCode === null) {
      const server = state.server;
      await new Promise((done) => {
        const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
        server.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        server.kill('SIGTERM');
      });
      log('API stopped');
    }
    if (state.admin) {
      if (state.created && !KEEP_DB) {
        await state.admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
        log(`database ${DATABASE} dropped`);
      } else if (state.created) {
        log(`database ${DATABASE} kept (BENCH_KEEP_DB=1): ${describe(databaseUrl(DATABASE))}`);
      }
      await state.admin.end();
    }
    if (state.scratch) rmSync(state.scratch, { recursive: true, force: true });
  })();
  return state.cleaning;
}

async function main() {
  const machine = {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadBefore: os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join('/'),
  };
  const size = benchSizes(SCALE);
  const apiMain = apiCopy();
  state.scratch = mkdtempSync(join(os.tmpdir(), 'mb-bench-dashboard-'));
  const url = databaseUrl(DATABASE);

  // 1. A fresh database with the product's schema, then the organisation.
  state.admin = new pg.Client({ connectionString: SERVER_URL });
  await state.admin.connect();
  const version = (await state.admin.query('SHOW server_version')).rows[0].server_version;
  log(
    `Postgres ${version} at ${describe(SERVER_URL)}; ${machine.cores} × ${machine.cpu}, load ${machine.loadBefore}`,
  );
  await state.admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await state.admin.query(`CREATE DATABASE ${DATABASE}`);
  state.created = true;
  const baseEnv = {
    ...process.env,
    DATABASE_URL: url,
    MAIL_OUTBOX_DIR: join(state.scratch, 'outbox'),
  };
  delete baseEnv.PGLITE_DATA_DIR;
  delete baseEnv.NODE_ENV;
  cli(apiMain, ['migrate'], { ...baseEnv, NOTES_KEY_FILE: join(state.scratch, 'notes.key') });
  log(`migrated ${describe(url)}`);

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  let buildMs;
  let counts;
  try {
    const [hr, executive] = await Promise.all([hash(PASSWORD), hash(PASSWORD)]);
    const buildStarted = performance.now();
    for (const [label, sql, params] of buildSteps(size, { hr, executive })) {
      const t = performance.now();
      await db.query(sql, params);
      log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    buildMs = performance.now() - buildStarted;
    counts = Object.fromEntries(
      Object.entries((await db.query(COUNT_SQL)).rows[0]).map(([k, v]) => [k, Number(v)]),
    );
    log(
      `organisation built in ${(buildMs / 1000).toFixed(1)} s: ${counts.participants} participants, ` +
        `${counts.cohorts} cohorts, ${counts.matches} matches (${counts.active_matches} active), ` +
        `${counts.sessions} sessions; database ${Math.round(counts.bytes / 2 ** 20)} MB`,
    );
    log(
      `  rows: ${Object.entries(counts)
        .filter(([k]) => k !== 'bytes')
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  } finally {
    await db.end();
  }

  // 2. The production API on it, and its start-up refresh.
  const logFile = join(state.scratch, 'api.log');
  const out = openSync(logFile, 'a');
  state.server = spawn(process.execPath, [apiMain, 'serve'], {
    cwd: root,
    env: {
      ...baseEnv,
      NODE_ENV: 'production',
      NOTES_MASTER_KEY: randomBytes(32).toString('base64'),
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PUBLIC_URL: BASE,
      JOBS_ENABLED: 'false',
      COOKIE_SECURE: 'never',
    },
    stdio: ['ignore', out, out],
  });
  const serveStarted = performance.now();
  await waitForHealth(logFile);
  log(
    `API up at ${BASE} (pid ${state.server.pid}) in ${((performance.now() - serveStarted) / 1000).toFixed(1)} s`,
  );
  const watch = new pg.Client({ connectionString: url });
  await watch.connect();
  let refresh;
  try {
    refresh = await waitForRefresh(watch, logFile);
    log(`start-up refresh of the reporting views and snapshots: ${refresh.duration_ms} ms`);
    const history = await watch.query(SNAPSHOT_HISTORY_SQL);
    await watch.query('ANALYZE cohort_snapshot');
    log(`${history.rowCount} earlier monthly snapshots derived from the current ones`);
  } finally {
    await watch.end();
  }
  // 3. The endpoints, signed in as the executive and the HR lead.
  const executive = await signIn(STAFF.executive.email);
  const hrLead = await signIn(STAFF.hr.email);
  const overview = await getJson('/api/reporting/overview', executive);
  const cohortIds = overview.body.cohorts.map((c) => c.cohortId);
  const everyS = overview.body.freshness.refreshEverySeconds;
  const freshnessS = round1(everyS + refresh.duration_ms / 1000);
  const needs = await getJson('/api/reporting/needs-action', hrLead);
  const sample = await getJson(`/api/reporting/cohorts/${cohortIds[0]}`, executive);
  log(
    `executive sees ${cohortIds.length} cohorts (overview ${Math.round(overview.bytes / 1024)} KB, ` +
      `a cohort dashboard ${Math.round(sample.bytes / 1024)} KB); HR needs action in ` +
      `${needs.body.cohorts.length} cohorts (${Math.round(needs.bytes / 1024)} KB): ` +
      `${needs.body.atRiskPairs} pairs at risk, ${needs.body.checkInsDue} check-ins due`,
  );
  const rows = [];
  rows.push(
    await measure(
      'cohort dashboard',
      cohortIds.map((id) => `/api/reporting/cohorts/${id}`),
      executive,
    ),
  );
  rows.push(await measure('organisation overview', ['/api/reporting/overview'], executive));
  rows.push(await measure('HR needs action', ['/api/reporting/needs-action'], hrLead));
  rows.push(
    await measure(
      'cohort dashboard, last quarter',
      cohortIds.map((id) => `/api/reporting/cohorts/${id}?period=quarter`),
      executive,
    ),
  );
  const [cohort, orgOverview, hrHome] = rows;
  const peakMb = peakRssMb();

  // What the refresh spends its time on: each view refreshed again the way the job does it
  // (concurrently), now that the API is idle; the rest of the start-up figure is the snapshots.
  const views = new pg.Client({ connectionString: url });
  await views.connect();
  const viewMs = {};
  try {
    for (const view of ['mv_match_health', 'mv_cohort_month']) {
      const t = performance.now();
      await views.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY ${view}`);
      viewMs[view] = Math.round(performance.now() - t);
    }
  } finally {
    await views.end();
  }
  log(
    `views refreshed again (API idle): mv_match_health ${viewMs.mv_match_health} ms, ` +
      `mv_cohort_month ${viewMs.mv_cohort_month} ms`,
  );

  // 4. The report.
  const failures = rows
    .filter((r) => r.non2xx > 0 || r.errors > 0 || r.timeouts > 0)
    .map(
      (r) =>
        `${r.name}: ${r.non2xx} non-2xx (${JSON.stringify(r.statuses)}), ${r.errors} errors, ${r.timeouts} timeouts`,
    );
  const met = (ok) => (ok ? 'met' : 'MISSED');
  const targetOf = {
    'cohort dashboard': [
      `p95 ≤ ${TARGETS.cohortP95Ms} ms, ≥ ${TARGETS.cohortRps}/s`,
      met(cohort.p95 <= TARGETS.cohortP95Ms && cohort.rps >= TARGETS.cohortRps),
    ],
    'organisation overview': [
      `p95 ≤ ${TARGETS.overviewP95Ms} ms`,
      met(orgOverview.p95 <= TARGETS.overviewP95Ms),
    ],
    'HR needs action': [`p95 ≤ ${TARGETS.hrHomeP95Ms} ms`, met(hrHome.p95 <= TARGETS.hrHomeP95Ms)],
  };
  console.log('');
  console.log(
    `Dashboards on ${counts.participants.toLocaleString('en')} participants, ` +
      `${counts.cohorts} cohorts, ${counts.matches.toLocaleString('en')} matches, ` +
      `${counts.sessions.toLocaleString('en')} sessions (built in ${(buildMs / 1000).toFixed(1)} s); ` +
      `${CONNECTIONS} connections, ${DURATION_S} s each after ${WARM_UP_S} s warm-up; ` +
      `${machine.cores} × ${machine.cpu}, ${machine.memGiB} GiB, Node ${machine.node}, Postgres ${version}; ` +
      `load ${machine.loadBefore} before, ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join('/')} after; API peak RSS ${peakMb ?? '?'} MB`,
  );
  console.log('');
  console.log(
    table(
      [
        'endpoint',
        'requests',
        'req/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'max ms',
        'non-2xx',
        'KB/resp',
        'API CPU %',
        'target',
        '',
      ],
      rows.map((r) => [
        r.name,
        r.requests,
        r.rps,
        r.p50,
        r.p95,
        r.p99,
        r.max,
        r.non2xx + r.errors + r.timeouts,
        round1(r.bytesPerResponse / 1024),
        r.apiCpu ?? '?',
        ...(targetOf[r.name] ?? ['(not a target)', '']),
      ]),
    ),
  );
  console.log('');
  console.log(
    `Refresh (views + snapshots) at start-up: ${refresh.duration_ms} ms; freshness ` +
      `${everyS} s + ${round1(refresh.duration_ms / 1000)} s = ${freshnessS} s ` +
      `(target ≤ ${FRESHNESS_TARGET_S} s: ${met(freshnessS <= FRESHNESS_TARGET_S)})`,
  );
  console.log(
    `  (again with the API idle: mv_match_health ${viewMs.mv_match_health} ms, ` +
      `mv_cohort_month ${viewMs.mv_cohort_month} ms; the start-up figure also includes writing ` +
      `${counts.cohorts} cohort snapshots)`,
  );
  console.log(`Total run time so far: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length) {
    for (const failure of failures) console.error(`FAIL: ${failure}`);
    throw new Error('some requests did not succeed: the figures above are not valid');
  }
  return {
    bench: 'dashboard',
    participants: counts.participants,
    matches: counts.matches,
    sessions: counts.sessions,
    cohorts: counts.cohorts,
    cohortRps: cohort.rps,
    cohortP95Ms: cohort.p95,
    overviewP95Ms: orgOverview.p95,
    overviewRps: orgOverview.rps,
    hrHomeP95Ms: hrHome.p95,
    hrHomeRps: hrHome.rps,
    refreshMs: refresh.duration_ms,
    freshnessS,
  };
}

process.once('SIGINT', () => {
  console.error('\nInterrupted: stopping the API and dropping the database…');
  cleanup().finally(() => process.exit(130));
});
process.once('SIGTERM', () => {
  cleanup().finally(() => process.exit(143));
});

try {
  const summary = await main();
  await cleanup();
  log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(JSON.stringify(summary));
} catch (error) {
  console.error(`\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await cleanup().catch((e) => console.error(`cleanup failed: ${e.message}`));
  process.exit(1);
}
