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
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import {
  benchSizes,
  buildSteps,
  countOrganisation,
  deriveSnapshotHistory,
  STAFF,
} from './dashboard-data.mjs';
import {
  createRunner,
  describe,
  loadAverage,
  machineInfo,
  percentile,
  round1,
  table,
} from './runner.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4397);
const CONNECTIONS = 20;
const WARM_UP_S = 3;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const PASSWORD = 'bench-dashboard-password';
const TARGETS = { cohortP95Ms: 50, cohortRps: 500, overviewP95Ms: 150, hrHomeP95Ms: 100 };
const FRESHNESS_TARGET_S = 300;

const runner = createRunner({ database: 'mb_bench_dashboard', port: PORT });
const { base: BASE, log, state } = runner;

async function getJson(path, cookie) {
  const response = await fetch(BASE + path, { headers: { cookie, accept: 'application/json' } });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${text}`);
  return { body: JSON.parse(text), bytes: Buffer.byteLength(text) };
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

async function measure(name, paths, cookie) {
  await load(paths, cookie, WARM_UP_S);
  const cpuBefore = runner.apiCpuSeconds();
  const { result, latencies, statuses } = await load(paths, cookie, DURATION_S);
  const cpuAfter = runner.apiCpuSeconds();
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

async function main() {
  const machine = machineInfo();
  const size = benchSizes(SCALE);
  const apiMain = runner.apiCopy();
  const scratch = runner.createScratch();
  const { url } = runner;

  // 1. A fresh database with the product's schema, then the organisation.
  const version = await runner.createDatabase(machine);
  const baseEnv = runner.apiEnv();
  runner.cli(apiMain, ['migrate'], { ...baseEnv, NOTES_KEY_FILE: join(scratch, 'notes.key') });
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
    counts = await countOrganisation(db, buildMs, log);
  } finally {
    await db.end();
  }

  // 2. The production API on it, and its start-up refresh.
  const { logFile, upSeconds } = await runner.startApi(apiMain, {
    ...baseEnv,
    NOTES_MASTER_KEY: randomBytes(32).toString('base64'),
    JOBS_ENABLED: 'false',
  });
  log(`API up at ${BASE} (pid ${state.server.pid}) in ${upSeconds.toFixed(1)} s`);
  const watch = new pg.Client({ connectionString: url });
  await watch.connect();
  let refresh;
  try {
    refresh = await runner.waitUntil(watch, {
      what: 'start-up refresh of the reporting views',
      sql: 'SELECT true AS done, refreshed_at, duration_ms FROM reporting_refresh WHERE id = 1',
      logFile,
      minutes: 15,
      failed: {
        line: 'Refreshing the reporting views failed',
        message: 'the start-up refresh failed',
      },
      timeout: 'no reporting refresh within 15 minutes',
    });
    log(`start-up refresh of the reporting views and snapshots: ${refresh.duration_ms} ms`);
    const derived = await deriveSnapshotHistory(watch);
    log(`${derived} earlier monthly snapshots derived from the current ones`);
  } finally {
    await watch.end();
  }
  // 3. The endpoints, signed in as the executive and the HR lead.
  const executive = (await runner.signIn(STAFF.executive.email, PASSWORD)).cookie;
  const hrLead = (await runner.signIn(STAFF.hr.email, PASSWORD)).cookie;
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
  const peakMb = runner.apiPeakRssMb();

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
      `load ${machine.loadBefore} before, ${loadAverage()} after; API peak RSS ${peakMb ?? '?'} MB`,
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
  console.log(`Total run time so far: ${runner.elapsed()} s`);
  if (failures.length) {
    for (const failure of failures) console.error(`FAIL: ${failure}`);
    throw new Error('some requests did not succeed: the figures above are not valid');
  }
  const summary = {
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
  return { summary };
}

await runner.run(main);
