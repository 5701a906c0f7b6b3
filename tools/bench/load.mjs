#!/usr/bin/env node
// `npm run bench:load` (issue 9, "Load"): a realistic mix of requests against the production build
// on an organisation of 10,000 participants. The npm script builds the API first; this script then
//   1. creates a fresh database `mb_bench_load` on the local server (dropped first if it is there),
//      applies the product's migrations (`main.js migrate`), seeds the demo organisation
//      (`main.js seed`, its notes sealed with a master key made for the run) and adds the synthetic
//      organisation of the dashboard benchmark at a tenth of its size (tools/bench/load-data.mjs:
//      10,000 participants in 20 programs and 200 cohorts, 4,000 matches, 200,000 sessions,
//      check-ins, pulses, concerns, goals, closures), with program roles, HR leads, executives, a
//      pool of mentors and mentees who can sign in, and its confidential texts sealed with the
//      same master key (the pairs' own pages decrypt them);
//   2. starts the production API on it (`main.js serve`, NODE_ENV=production, background jobs on
//      as in production), waits for its start-up refresh of the reporting views and for the first
//      run of every background job, then signs the pool in through POST /api/auth/login (the login
//      limits count failed attempts only, so no setting is relaxed for these sign-ins);
//   3. drives the mix (MIX below: 70 % reads of home screens and lists by mentors, mentees and HR
//      leads, 20 % sessions logged by the pair's mentor with a note, 10 % dashboards read by
//      executives) from 50 autocannon connections: BENCH_LOAD_WARMUP_S (10) of warm-up, then
//      BENCH_LOAD_SOAK_S (60; 600 for the ten-minute soak) measured. Every status is recorded per
//      endpoint; the API's resident memory (VmRSS) is sampled every 5 s;
//   4. prints the per-endpoint table and, as the last line, one JSON object; stops the API and
//      drops the database (also on failure or Ctrl-C). Any 5xx, connection error or timeout fails
//      the run (exit code 1, after the report).
// Environment: PG_SERVER_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_PORT
// (a free one), BENCH_LOAD_SOAK_S (60), BENCH_LOAD_WARMUP_S (10), BENCH_LOAD_CONNECTIONS (50),
// BENCH_LOAD_PARTICIPANTS (10000: synthetic participants; e.g. 1000 for a quick try),
// BENCH_LOAD_USERS (mentors:200,mentees:200,hr:10,executives:5), BENCH_KEEP_DB=1 (keep the
// database afterwards), BENCH_API_MAIN (another build of main.js to measure); the API's own
// settings pass through (e.g. DATABASE_POOL_SIZE, default 10).
import autocannon from 'autocannon';
import { hash } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pg from 'pg';
import {
  benchSizes,
  buildSteps,
  countOrganisation,
  deriveSnapshotHistory,
} from './dashboard-data.mjs';
import { loadPool, loadSteps, sealSyntheticTexts } from './load-data.mjs';
import {
  createRunner,
  describe,
  freePort,
  loadAverage,
  machineInfo,
  percentile,
  root,
  round1,
  table,
} from './runner.mjs';

/** BENCH_PORT, or a port that is free now (other benchmarks may hold the usual ones). */
const PORT = Number(process.env.BENCH_PORT ?? (await freePort()));
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const WARM_UP_S = Number(process.env.BENCH_LOAD_WARMUP_S ?? 10);
const DURATION_S = Number(process.env.BENCH_LOAD_SOAK_S ?? 60);
const PARTICIPANTS = Number(process.env.BENCH_LOAD_PARTICIPANTS ?? 10_000);
const RSS_EVERY_S = 5;
const SOLO_RUNS = 15;
const PASSWORD = 'bench-load-password';
const TARGETS = { rps: 300, p95Ms: 300, p99Ms: 1000 };
/**
 * Who signs in. Two hundred mentors rather than a few dozen: the session logging (a fifth of the
 * mix, ~65 a second) lands on their pairs, and a pair's sessions and notes are listed unpaged, so
 * with 40 mentors every pair would gain ~60 sessions a minute, far beyond real use.
 */
const POOL = {
  mentors: 200,
  mentees: 200,
  hr: 10,
  executives: 5,
  ...Object.fromEntries(
    (process.env.BENCH_LOAD_USERS ?? '')
      .split(',')
      .filter(Boolean)
      .map((part) => part.split(':'))
      .map(([role, n]) => [role.trim(), Number(n)]),
  ),
};

// Its own copy of the API, apart from the dashboard benchmark's (dist/tools/bench/api).
const runner = createRunner({
  database: 'mb_bench_load',
  port: PORT,
  apiCopyDir: 'dist/tools/bench/load-api',
});
const { base: BASE, log, state } = runner;
const pick = (list) => list[Math.floor(Math.random() * list.length)];
/** The product's envelope cipher (libs/api/core), bundled for this script. */
async function productCipher() {
  const { buildSync } = await import('esbuild');
  const bundle = join(root, 'dist/tools/bench/envelope-cipher.cjs');
  mkdirSync(dirname(bundle), { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp`;
  buildSync({
    entryPoints: [join(root, 'libs/api/core/src/lib/crypto/envelope-cipher.ts')],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  renameSync(temporary, bundle);
  return createRequire(import.meta.url)(bundle);
}

/** Runs `task` over `items`, `parallel` at a time. */
async function eachLimited(items, parallel, task) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i], i);
      }
    }),
  );
  return results;
}

let logged = 0;
const runTag = randomBytes(4).toString('hex');
const MODES = ['video', 'video', 'in_person', 'phone'];

/** A session the mentor logs from the home screen: in the last two weeks, with a short note. */
function logSession(user) {
  const matchId = pick(user.matches);
  const n = ++logged;
  return {
    method: 'POST',
    path: `/api/matches/${matchId}/sessions/log`,
    user,
    body: {
      idempotencyKey: `load-${runTag}-${n}`,
      date: new Date(Date.now() - (1 + Math.random() * 14 * 24) * 3_600_000).toISOString(),
      durationMinutes: pick([30, 45, 60, 60, 90]),
      mode: pick(MODES),
      outcome: n % 12 === 0 ? 'cancelled_by_mentee' : 'held',
      note: `Session ${n}: we went through the plan for the next review and agreed two actions.`,
      noteVisibility: n % 3 === 0 ? 'shared' : 'private',
    },
  };
}

const get = (path) => (user) => ({ method: 'GET', path, user });
const ofMatch = (suffix) => (user) => ({
  method: 'GET',
  path: `/api/matches/${pick(user.matches)}/${suffix}`,
  user,
});

/**
 * The mix: [name, % of all requests, pool, request]. Reads 70 % (mentors 28, mentees 22, HR 20),
 * session logging 20 %, dashboards 10 %.
 */
const MIX = [
  ['mentor GET /api/me/matches', 5, 'mentors', get('/api/me/matches')],
  ['mentor GET /api/me/pairs', 5, 'mentors', get('/api/me/pairs')],
  ['mentor GET /api/me/pulses', 4, 'mentors', get('/api/me/pulses')],
  ['mentor GET /api/matches/:id/sessions', 6, 'mentors', ofMatch('sessions')],
  ['mentor GET /api/matches/:id/overview', 4, 'mentors', ofMatch('overview')],
  ['mentor GET /api/matches/:id/notes', 4, 'mentors', ofMatch('notes')],
  ['mentee GET /api/auth/me', 2, 'mentees', get('/api/auth/me')],
  ['mentee GET /api/me/matches', 4, 'mentees', get('/api/me/matches')],
  ['mentee GET /api/me/pairs', 4, 'mentees', get('/api/me/pairs')],
  ['mentee GET /api/me/pulses', 4, 'mentees', get('/api/me/pulses')],
  ['mentee GET /api/matches/:id/sessions', 4, 'mentees', ofMatch('sessions')],
  ['mentee GET /api/matches/:id/overview', 4, 'mentees', ofMatch('overview')],
  ['HR GET /api/reporting/needs-action', 5, 'hr', get('/api/reporting/needs-action')],
  [
    'HR GET /api/cohorts/:id/pairs',
    6,
    'hr',
    (user) => ({ method: 'GET', path: `/api/cohorts/${pick(user.cohorts)}/pairs`, user }),
  ],
  ['HR GET /api/programs?pageSize=25', 3, 'hr', get('/api/programs?pageSize=25')],
  ['HR GET /api/support/summary', 3, 'hr', get('/api/support/summary')],
  ['HR GET /api/organisation/stats', 3, 'hr', get('/api/organisation/stats')],
  ['mentor POST /api/matches/:id/sessions/log', 20, 'mentors', logSession],
  ['exec GET /api/reporting/overview', 3, 'executives', get('/api/reporting/overview')],
  [
    'exec GET /api/reporting/cohorts/:id',
    7,
    'executives',
    (user) => ({
      method: 'GET',
      path: `/api/reporting/cohorts/${user.dashboards[user.next++ % user.dashboards.length]}`,
      user,
    }),
  ],
];

function mixPicker(pools) {
  const total = MIX.reduce((t, [, share]) => t + share, 0);
  if (total !== 100) throw new Error(`the mix adds up to ${total} %, not 100 %`);
  const cumulative = [];
  let sum = 0;
  for (const [name, share, pool, build] of MIX) {
    sum += share;
    cumulative.push({ upTo: sum, name, pool, build });
  }
  return () => {
    const x = Math.random() * 100;
    const entry = cumulative.find((c) => x < c.upTo) ?? cumulative.at(-1);
    return { name: entry.name, ...entry.build(pick(pools[entry.pool])) };
  };
}

/** Request options for autocannon / fetch: the user's cookies, and CSRF on writes. */
function requestOf(op) {
  const headers = { accept: 'application/json', cookie: op.user.cookie };
  if (op.method !== 'GET') {
    headers['content-type'] = 'application/json';
    headers['x-xsrf-token'] = op.user.csrf;
  }
  return {
    method: op.method,
    path: op.path,
    headers,
    body: op.body ? JSON.stringify(op.body) : undefined,
  };
}

/** Least-squares slope of RSS over time, MB per minute. */
function slopePerMinute(samples) {
  if (samples.length < 2) return 0;
  const n = samples.length;
  const mx = samples.reduce((t, s) => t + s.t, 0) / n;
  const my = samples.reduce((t, s) => t + s.mb, 0) / n;
  const sxy = samples.reduce((t, s) => t + (s.t - mx) * (s.mb - my), 0);
  const sxx = samples.reduce((t, s) => t + (s.t - mx) ** 2, 0);
  return sxx ? (sxy / sxx) * 60 : 0;
}

/** The load: one autocannon run of warm-up + measurement; only the measured part is counted. */
function drive(next) {
  return new Promise((done, fail) => {
    const byOp = new Map(MIX.map(([name]) => [name, { latencies: [], statuses: new Map() }]));
    const measured = { latencies: [], statuses: new Map(), errors: 0, warmUpResponses: 0 };
    const rss = [];
    let measureStart = Infinity;
    let measureEnd = Infinity;
    let cpuStart = null;
    let answered = null;
    const loadStart = performance.now();
    const sampleRss = () => {
      const mb = runner.apiRssMb();
      if (mb !== null) rss.push({ t: (performance.now() - loadStart) / 1000, mb });
      return mb;
    };
    sampleRss();
    const sampler = setInterval(sampleRss, RSS_EVERY_S * 1000);
    const warmUpTimer = setTimeout(() => {
      measureStart = performance.now();
      measured.startedAt = new Date();
      measured.rssStart = sampleRss();
      cpuStart = runner.cpuNow();
      log(`warm-up done (${measured.warmUpResponses} responses); measuring ${DURATION_S} s`);
    }, WARM_UP_S * 1000);
    let lastProgress = performance.now();
    const instance = autocannon(
      {
        url: BASE,
        connections: CONNECTIONS,
        duration: WARM_UP_S + DURATION_S,
        timeout: 10,
        requests: [
          {
            method: 'GET',
            path: '/api/health',
            setupRequest: (request, context) => {
              const op = next();
              context.op = op.name;
              return { ...request, ...requestOf(op) };
            },
            onResponse: (status, _body, context) => {
              answered = context.op;
            },
          },
        ],
      },
      (error) => {
        clearInterval(sampler);
        clearTimeout(warmUpTimer);
        if (error) return fail(error);
        measureEnd = Math.min(measureEnd, performance.now());
        const cpuEnd = runner.cpuNow();
        measured.rssEnd = sampleRss();
        measured.seconds = (measureEnd - measureStart) / 1000;
        const cpu = (k) =>
          cpuStart ? Math.round((100 * (cpuEnd[k] - cpuStart[k])) / measured.seconds) : null;
        measured.cpu = {
          api: cpu('api'),
          postgres: cpu('postgres'),
          client: cpu('client'),
          machine: cpu('machine'),
        };
        measured.rss = rss;
        done({ byOp, measured });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      const now = performance.now();
      if (now < measureStart) {
        measured.warmUpResponses++;
        return;
      }
      measured.latencies.push(ms);
      measured.statuses.set(status, (measured.statuses.get(status) ?? 0) + 1);
      const op = byOp.get(answered);
      if (op) {
        op.latencies.push(ms);
        op.statuses.set(status, (op.statuses.get(status) ?? 0) + 1);
      }
      if (now - lastProgress > 30_000) {
        lastProgress = now;
        log(
          `  ${Math.round((now - measureStart) / 1000)} s: ${measured.latencies.length} responses, ` +
            `API RSS ${runner.apiRssMb()} MB, load ${loadAverage()}`,
        );
      }
    });
    instance.on('reqError', () => {
      if (performance.now() >= measureStart) measured.errors++;
    });
  });
}

async function main() {
  const machine = machineInfo();
  const size = benchSizes(PARTICIPANTS / 100_000);
  const main = runner.apiCopy();
  const cipherModule = await productCipher();
  const scratch = runner.createScratch();
  const { url } = runner;
  // The master key of the run: in a key file for the CLI (as outside production), and in
  // NOTES_MASTER_KEY for the production server.
  const masterKey = randomBytes(32);
  const keyFile = join(scratch, 'notes.key');
  writeFileSync(keyFile, `${masterKey.toString('base64')}\n`, { mode: 0o600 });
  const cipher = new cipherModule.EnvelopeCipher(masterKey);

  // 1. A fresh database: migrations, the demo organisation, then the synthetic one.
  const version = await runner.createDatabase(machine);
  const baseEnv = runner.apiEnv({ NOTES_KEY_FILE: keyFile });
  delete baseEnv.NOTES_MASTER_KEY;
  runner.cli(main, ['migrate'], baseEnv);
  log(`migrated ${describe(url)}`);
  runner.cli(main, ['seed'], baseEnv);
  log('demo organisation seeded (main.js seed)');

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  let buildMs;
  let counts;
  let pool;
  const passwordHash = await hash(PASSWORD);
  try {
    const buildStarted = performance.now();
    const steps = [
      ...buildSteps(size, { hr: passwordHash, executive: passwordHash }),
      ...loadSteps(POOL, passwordHash),
    ];
    // Statistics last, after the load's own steps.
    const vacuum = steps.findIndex(([label]) => label.startsWith('VACUUM'));
    steps.push(...steps.splice(vacuum, 1));
    for (const [label, sql, params] of steps) {
      if (label.startsWith('VACUUM')) {
        const t = performance.now();
        const result = await sealSyntheticTexts(db, cipher, cipherModule.newDataKey);
        log(
          `  pair keys and sealed texts (${result.pairs} pairs, ${result.sealed} texts): ` +
            `${((performance.now() - t) / 1000).toFixed(1)} s`,
        );
      }
      const t = performance.now();
      await db.query(sql, params);
      log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    buildMs = performance.now() - buildStarted;
    pool = await loadPool(db, passwordHash);
    counts = await countOrganisation(db, buildMs, log);
  } finally {
    await db.end();
  }

  // 2. The production API with its background jobs, its start-up refresh and first job runs.
  // Only our API counts as up: another process could hold the port (then ours exits).
  const { logFile, serveAt } = await runner.startApi(
    main,
    { ...baseEnv, NOTES_MASTER_KEY: masterKey.toString('base64'), JOBS_ENABLED: 'true' },
    { confirmMs: 500 },
  );
  log(`API up at ${BASE} (pid ${state.server.pid}), background jobs on`);
  const watch = new pg.Client({ connectionString: url });
  await watch.connect();
  try {
    const refresh = await runner.waitUntil(watch, {
      what: 'start-up refresh of the reporting views',
      sql: `SELECT refreshed_at >= $1 AS done, duration_ms FROM reporting_refresh WHERE id = 1`,
      params: [serveAt],
      logFile,
    });
    log(`start-up refresh of the reporting views and snapshots: ${refresh.duration_ms} ms`);
    const derived = await deriveSnapshotHistory(watch);
    log(`${derived} earlier monthly snapshots derived from the current ones`);
    const jobsStarted = performance.now();
    await runner.waitUntil(watch, {
      what: 'first run of the background jobs',
      sql: `SELECT bool_and(last_finished_at >= $1) AS done FROM scheduled_job`,
      params: [serveAt],
      logFile,
    });
    const jobs = await watch.query(
      `SELECT name, extract(epoch FROM last_finished_at - last_started_at) * 1000 AS ms, last_error
         FROM scheduled_job ORDER BY name`,
    );
    log(
      `background jobs ran once (waited ${((performance.now() - jobsStarted) / 1000).toFixed(1)} s): ` +
        jobs.rows
          .map((j) => `${j.name} ${Math.round(j.ms)} ms${j.last_error ? ' FAILED' : ''}`)
          .join(', '),
    );
  } finally {
    await watch.end();
  }

  // 3. Sign the pool in, check every request of the mix once, then the load.
  const signInStarted = performance.now();
  const signed = async (rows, extra) =>
    eachLimited(rows, 4, async (row) => ({
      ...(await runner.signIn(row.email, PASSWORD)),
      ...extra(row),
    }));
  const pools = {
    mentors: await signed(pool.mentors, (r) => ({ matches: r.matches })),
    mentees: await signed(pool.mentees, (r) => ({ matches: r.matches })),
    hr: await signed(pool.hr, (r) => ({ cohorts: r.cohorts })),
    executives: await signed(pool.executives, () => ({})),
  };
  log(
    `signed in ${Object.entries(pools)
      .map(([k, v]) => `${v.length} ${k}`)
      .join(', ')} in ${((performance.now() - signInStarted) / 1000).toFixed(1)} s ` +
      `(mentors' active pairs: ${pools.mentors.reduce((t, u) => t + u.matches.length, 0)}, ` +
      `HR leads' running cohorts: ${pools.hr.reduce((t, u) => t + u.cohorts.length, 0)})`,
  );
  for (const [role, users] of Object.entries(pools))
    if (!users.length) throw new Error(`no ${role} in the pool`);
  const overview = await fetch(`${BASE}/api/reporting/overview`, {
    headers: { cookie: pools.executives[0].cookie },
  });
  const cohortIds = (await overview.json()).cohorts.map((c) => c.cohortId);
  pools.executives.forEach((u, i) => Object.assign(u, { dashboards: cohortIds, next: i * 37 }));

  // Each request of the mix, alone: SOLO_RUNS one after the other (different users), all 2xx;
  // the median is what the request costs without queueing.
  const preflight = [];
  for (const [name, , poolName, build] of MIX) {
    const times = [];
    let kb = 0;
    for (let i = 0; i < SOLO_RUNS; i++) {
      const users = pools[poolName];
      const request = requestOf(build(users[i % users.length]));
      const t = performance.now();
      const response = await fetch(BASE + request.path, {
        method: request.method,
        headers: request.headers,
        body: request.body,
      });
      const text = await response.text();
      times.push(performance.now() - t);
      if (response.status < 200 || response.status > 299)
        throw new Error(`preflight ${name} (${request.path}): ${response.status} ${text}`);
      kb += Buffer.byteLength(text) / 1024 / SOLO_RUNS;
    }
    preflight.push({
      name,
      kb: round1(kb),
      ms: round1(
        percentile(
          times.sort((a, b) => a - b),
          0.5,
        ),
      ),
    });
  }
  log(
    `every request of the mix answered 2xx ${SOLO_RUNS} times, alone (median): ${preflight
      .map((p) => `${p.name} ${p.ms} ms`)
      .join(', ')}`,
  );

  log(
    `load: ${CONNECTIONS} connections, ${WARM_UP_S} s warm-up + ${DURATION_S} s measured; ` +
      `API RSS ${runner.apiRssMb()} MB; load ${loadAverage()}`,
  );
  const { byOp, measured } = await drive(mixPicker(pools));

  // Background work while measured (each job's latest run) and errors the API logged.
  const after = new pg.Client({ connectionString: url });
  await after.connect();
  let jobsRan;
  try {
    jobsRan = (
      await after.query(
        `SELECT name, round(extract(epoch FROM last_finished_at - last_started_at) * 1000) AS ms
           FROM scheduled_job WHERE last_started_at >= $1 ORDER BY name`,
        [measured.startedAt],
      )
    ).rows;
  } finally {
    await after.end();
  }
  const apiErrors = readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => /\bERROR\b/.test(line));

  // 4. The report.
  const sorted = measured.latencies.sort((a, b) => a - b);
  const count5xx = (statuses) =>
    [...statuses].filter(([s]) => s >= 500).reduce((t, [, n]) => t + n, 0);
  const countNon2xx = (statuses) =>
    [...statuses].filter(([s]) => s < 200 || s > 299).reduce((t, [, n]) => t + n, 0);
  const total = sorted.length;
  const rows = MIX.map(([name, share]) => {
    const op = byOp.get(name);
    const s = op.latencies.sort((a, b) => a - b);
    return [
      name,
      `${share} %`,
      s.length,
      total ? `${round1((100 * s.length) / total)} %` : '—',
      round1(percentile(s, 0.5) ?? 0),
      round1(percentile(s, 0.95) ?? 0),
      round1(percentile(s, 0.99) ?? 0),
      round1(s.at(-1) ?? 0),
      [...op.statuses]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}×${n}`)
        .join(' '),
      preflight.find((p) => p.name === name)?.ms ?? '',
      preflight.find((p) => p.name === name)?.kb ?? '',
    ];
  });
  const summary = {
    bench: 'load',
    participants: counts.participants,
    durationS: round1(measured.seconds),
    connections: CONNECTIONS,
    rps: Math.round(total / measured.seconds),
    p50Ms: round1(percentile(sorted, 0.5) ?? 0),
    p95Ms: round1(percentile(sorted, 0.95) ?? 0),
    p99Ms: round1(percentile(sorted, 0.99) ?? 0),
    errors5xx: count5xx(measured.statuses),
    non2xx: countNon2xx(measured.statuses),
    rssStartMb: measured.rssStart,
    rssEndMb: measured.rssEnd,
    rssGrowthMb: round1(measured.rssEnd - measured.rssStart),
  };
  const afterWarmUp = measured.rss.filter((s) => s.t >= WARM_UP_S - 0.01);
  const rssValues = afterWarmUp.map((s) => s.mb);
  const met = (ok) => (ok ? 'met' : 'MISSED');

  console.log('');
  console.log(
    `Load on ${counts.participants.toLocaleString('en')} participants (${counts.users.toLocaleString('en')} people), ` +
      `${counts.cohorts} cohorts, ${counts.matches.toLocaleString('en')} matches ` +
      `(${counts.active_matches.toLocaleString('en')} active), ${counts.sessions.toLocaleString('en')} sessions; ` +
      `${CONNECTIONS} connections, ${WARM_UP_S} s warm-up + ${round1(measured.seconds)} s measured; ` +
      `API database pool ${process.env.DATABASE_POOL_SIZE ?? '10 (default)'}; ` +
      `${machine.cores} × ${machine.cpu}, ${machine.memGiB} GiB, Node ${machine.node}, Postgres ${version}; ` +
      `load ${machine.loadBefore} before, ${loadAverage()} after`,
  );
  console.log(
    `CPU while measured (100 % = one core): API ${measured.cpu.api} %, all postgres processes ` +
      `${measured.cpu.postgres} %, this client ${measured.cpu.client} %, whole machine ` +
      `${measured.cpu.machine} % of ${machine.cores * 100} % (other processes ` +
      `${measured.cpu.machine - measured.cpu.api - measured.cpu.postgres - measured.cpu.client} %); ` +
      `sessions logged (whole run): ${logged}`,
  );
  console.log('');
  console.log(
    table(
      [
        'endpoint',
        'mix',
        'count',
        'share',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'max ms',
        'statuses',
        'alone ms',
        'KB/resp',
      ],
      rows,
    ),
  );
  console.log('');
  console.log(
    `All: ${total} responses, ${summary.rps}/s (target ≥ ${TARGETS.rps}: ${met(summary.rps >= TARGETS.rps)}), ` +
      `p50 ${summary.p50Ms} ms, p95 ${summary.p95Ms} ms (≤ ${TARGETS.p95Ms}: ${met(summary.p95Ms <= TARGETS.p95Ms)}), ` +
      `p99 ${summary.p99Ms} ms (≤ ${TARGETS.p99Ms}: ${met(summary.p99Ms <= TARGETS.p99Ms)}), ` +
      `max ${round1(sorted.at(-1) ?? 0)} ms; 5xx ${summary.errors5xx} (0: ${met(summary.errors5xx === 0)}), ` +
      `non-2xx ${summary.non2xx}, connection errors and timeouts ${measured.errors}`,
  );
  console.log(
    `API RSS: ${summary.rssStartMb} MB after warm-up, ${summary.rssEndMb} MB at the end ` +
      `(growth ${summary.rssGrowthMb} MB); min ${Math.min(...rssValues)} / max ${Math.max(...rssValues)} MB ` +
      `over ${afterWarmUp.length} samples every ${RSS_EVERY_S} s; trend ${round1(slopePerMinute(afterWarmUp))} MB/min`,
  );
  // Less sensitive to where a garbage collection happens to fall than two single samples.
  const median = (values) => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  const window = Math.min(60, DURATION_S / 4);
  const firstMb = median(afterWarmUp.filter((s) => s.t - WARM_UP_S <= window).map((s) => s.mb));
  const lastMb = median(
    afterWarmUp.filter((s) => s.t - WARM_UP_S >= measured.seconds - window).map((s) => s.mb),
  );
  console.log(
    `  median RSS of the first ${window} s measured ${firstMb} MB, of the last ${window} s ${lastMb} MB ` +
      `(${lastMb >= firstMb ? '+' : ''}${round1(lastMb - firstMb)} MB)`,
  );
  const every = Math.max(1, Math.round(afterWarmUp.length / 12));
  console.log(
    `  RSS samples (s: MB): ${afterWarmUp
      .filter((s, i, all) => i === 0 || s.t - all[i - 1].t >= 1)
      .filter((_, i, all) => i % every === 0 || i === all.length - 1)
      .map((s) => `${Math.round(s.t - WARM_UP_S)}: ${s.mb}`)
      .join(', ')}`,
  );
  console.log(
    `Background jobs that ran while measured (latest run each): ${
      jobsRan.map((j) => `${j.name} ${j.ms} ms`).join(', ') || 'none'
    }; errors in the API log: ${apiErrors.length}`,
  );
  for (const line of apiErrors.slice(0, 10)) console.log(`  ${line}`);
  console.log(`Total run time so far: ${runner.elapsed()} s`);

  const failures = [];
  if (summary.errors5xx > 0) failures.push(`${summary.errors5xx} responses with a 5xx status`);
  if (measured.errors > 0) failures.push(`${measured.errors} connection errors or timeouts`);
  if (summary.errors5xx > 0) {
    const output = readFileSync(logFile, 'utf8').split('\n');
    console.error(`Last lines of the API log:\n${output.slice(-40).join('\n')}`);
  }
  return { summary, failures };
}

await runner.run(main);
