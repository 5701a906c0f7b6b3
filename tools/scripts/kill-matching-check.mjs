#!/usr/bin/env node
// `npm run check:kill-matching`: killing the API during a matching run leaves no partial run.
// Builds a throwaway database on the local Postgres (migrated, demo seeded), adds a large
// synthetic cohort in the matching stage (the in-app matching benchmark's seeded organisation,
// tools/matching/synthetic-cohort.ts; 5,000 mentees × 2,000 mentors by default, so a run takes a
// few seconds), starts the production build of the API (dist/apps/api/main.js serve) and, signed
// in as the demo HR lead, SIGKILLs it twice in the middle of a run:
//   1. "computing": once the run reports scoring or solving progress (the worker thread busy);
//   2. "storing": once the API's connection has begun writing the run's proposals (an INSERT
//      INTO match_proposal in a transaction holding an xid, seen in pg_stat_activity), i.e. with
//      uncommitted proposal rows inside the transaction that stores the draft.
// After each kill it checks in SQL that the run is still "running" (never a draft), has no
// stored proposals or matches, and that the cohort's proposal and match counts are unchanged;
// then restarts the API and checks, through the API, that the run is reported failed with the
// "server stopped" message. Finally a new run is started and must complete as a draft whose
// stored proposals match its objective. The database is dropped at the end, also on failure.
// The last line of output is one JSON object; the exit code is 1 when a condition fails.
// Environment: PG_SERVER_URL (default postgres://postgres@127.0.0.1:5432/postgres);
// CHECK_API_MAIN (default dist/apps/api/main.js); KILL_CHECK_SIZE (mentees x mentors, default
// 5000x2000); KILL_CHECK_KEEP_DB=1 keeps the database for a look afterwards.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureBundle } from '../matching/bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const apiMain = resolve(root, process.env.CHECK_API_MAIN ?? 'dist/apps/api/main.js');
const SERVER_URL = process.env.PG_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const [MENTEES, MENTORS] = (process.env.KILL_CHECK_SIZE ?? '5000x2000').split('x').map(Number);
const HR = { email: 'hr@acme.example', password: 'mentorbridge-demo' };
const DATABASE = `mb_check_kill_matching_${Date.now().toString(36)}`;
const APP_NAME = 'mentorbridge'; // the API pool's application_name (data-source-options.ts)
const STOPPED_MESSAGE = /server stopped during this run/i;
const STORING_ATTEMPTS = 4;
const RUN_LIMIT_MS = 60_000;

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const log = (message) => console.log(`[${seconds().padStart(5)} s] ${message}`);

const state = { created: false, server: null, scratch: null, logFile: null, db: null };
const failures = [];
const fail = (message) => {
  failures.push(message);
  console.log(`FAIL: ${message}`);
};

async function main() {
  if (!existsSync(apiMain)) throw new Error(`${apiMain} is missing: run npx nx build api first.`);
  if (!existsSync(join(dirname(apiMain), 'matching-worker.js')))
    throw new Error('matching-worker.js is missing next to the API build: runs would not use it.');
  const support = createRequire(import.meta.url)(
    await ensureBundle('synthetic-cohort', { external: ['pg', 'pg-native'] }),
  );
  state.scratch = mkdtempSync(join(tmpdir(), 'mb-kill-matching-'));
  state.logFile = join(state.scratch, 'api.log');
  const url = new URL(SERVER_URL);
  url.pathname = `/${DATABASE}`;
  await adminQuery(`CREATE DATABASE "${DATABASE}"`);
  state.created = true;
  log(`database ${DATABASE} on ${redact(SERVER_URL)}`);

  const port = Number(process.env.CHECK_PORT ?? (await support.freePort()));
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    NOTES_MASTER_KEY: randomBytes(32).toString('base64'),
    MAIL_OUTBOX_DIR: join(state.scratch, 'outbox'),
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: base,
    COOKIE_SECURE: 'never',
    JOBS_ENABLED: 'false',
  };
  delete env.NODE_ENV;
  delete env.PGLITE_DATA_DIR;
  await cli(['migrate'], env);
  await cli(['seed'], env);
  log('migrated and seeded the demo');

  state.db = new pg.Client({ connectionString: url.toString() });
  await state.db.connect();
  const db = state.db;
  const [hr] = await query('SELECT id FROM app_user WHERE email = $1', [HR.email]);
  if (!hr) throw new Error(`the demo HR lead ${HR.email} is missing`);
  const seededAt = performance.now();
  const cohort = await support.insertSyntheticCohort(db, {
    mentees: MENTEES,
    mentors: MENTORS,
    seed: 9,
    label: 'kill-check',
    hrId: hr.id,
  });
  log(
    `synthetic cohort ${cohort.cohortId}: ${cohort.mentees} mentees × ${cohort.mentors} mentors ` +
      `(${Math.round(performance.now() - seededAt)} ms)`,
  );

  const startApi = async () => {
    const out = openSync(state.logFile, 'a');
    const t0 = performance.now();
    state.server = spawn(process.execPath, [apiMain, 'serve'], {
      cwd: root,
      env,
      stdio: ['ignore', out, out],
    });
    await support.waitForHealth(base, state.server, state.logFile);
    const api = new support.Api(base);
    await api.signIn(HR.email, HR.password);
    log(`API up (pid ${state.server.pid}, ${Math.round(performance.now() - t0)} ms); signed in`);
    return api;
  };
  const counts = async () => {
    const [row] = await query(
      `SELECT (SELECT count(*)::int FROM match_proposal p JOIN match_run r ON r.id = p.run_id
                WHERE r.cohort_id = $1) AS proposals,
              (SELECT count(*)::int FROM match WHERE cohort_id = $1) AS matches`,
      [cohort.cohortId],
    );
    return row;
  };
  const startRun = async (api) => {
    const response = await api.post(`/api/cohorts/${cohort.cohortId}/match-runs`, {});
    if (response.status !== 202)
      throw new Error(`starting a run: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };

  /** SIGKILL, then wait until Postgres has dropped every connection of the killed process. */
  const killApi = async () => {
    const server = state.server;
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGKILL');
      await exited;
    }
    const deadline = Date.now() + 10_000;
    for (;;) {
      const [{ n }] = await query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = $2`,
        [DATABASE, APP_NAME],
      );
      if (n === 0) break;
      if (Date.now() > deadline) throw new Error(`${n} connection(s) of the killed API linger`);
      await sleep(50);
    }
    state.server = null;
  };

  /** What is stored of the run right after the kill: nothing but the "running" row. */
  const assertNothingStored = async (label, runId, before) => {
    const [run] = await query(
      `SELECT state, progress->>'phase' AS phase, objective, finished_at,
              (SELECT count(*)::int FROM match_proposal WHERE run_id = r.id) AS proposals,
              (SELECT count(*)::int FROM match WHERE run_id = r.id) AS matches
         FROM match_run r WHERE id = $1`,
      [runId],
    );
    const after = await counts();
    log(
      `${label}: after the kill the run is ${run.state} (${run.phase}), ${run.proposals} proposal(s), ` +
        `${run.matches} match(es); cohort ${after.proposals} proposal(s), ${after.matches} match(es) ` +
        `(before ${before.proposals}, ${before.matches})`,
    );
    if (run.state !== 'running') fail(`${label}: the killed run is "${run.state}", not "running"`);
    if (run.phase === 'done' || run.objective !== null || run.finished_at !== null)
      fail(`${label}: the killed run looks finished (phase ${run.phase})`);
    if (run.proposals !== 0)
      fail(`${label}: ${run.proposals} proposal(s) of the killed run stored`);
    if (run.matches !== 0) fail(`${label}: ${run.matches} match(es) of the killed run stored`);
    if (after.proposals !== before.proposals || after.matches !== before.matches)
      fail(`${label}: the cohort's proposals/matches changed`);
    return run;
  };

  /** After a restart: the run is reported failed, with the "server stopped" message. */
  const assertReportedFailed = async (label, api, runId) => {
    const detail = await api.get(`/api/match-runs/${runId}`);
    const list = await api.get(`/api/cohorts/${cohort.cohortId}/match-runs`);
    const summary = Array.isArray(list.body) ? list.body.find((r) => r.id === runId) : null;
    log(
      `${label}: after the restart the API reports run ${detail.body?.number} ${detail.body?.state}: ` +
        `"${detail.body?.error}"`,
    );
    if (detail.status !== 200) fail(`${label}: GET /api/match-runs/:id answered ${detail.status}`);
    else {
      if (detail.body.state !== 'failed')
        fail(`${label}: the run is reported "${detail.body.state}", not "failed"`);
      if (!STOPPED_MESSAGE.test(detail.body.error ?? ''))
        fail(`${label}: the run's error does not say the server stopped: ${detail.body.error}`);
      if ((detail.body.proposals ?? []).length !== 0)
        fail(`${label}: the failed run shows ${detail.body.proposals.length} proposal(s)`);
    }
    if (summary?.state !== 'failed')
      fail(`${label}: the cohort's run list shows the run as ${summary?.state ?? 'missing'}`);
  };

  /** Polls until `ready(summary)` or the run leaves "running"; returns the last summary. */
  const pollRun = async (api, runId, ready, everyMs) => {
    const t0 = performance.now();
    const seen = [];
    for (;;) {
      const list = await api.get(`/api/cohorts/${cohort.cohortId}/match-runs`);
      const summary = list.body.find((r) => r.id === runId);
      if (!summary) throw new Error(`run ${runId} is not in the cohort's list`);
      const label = `${summary.progress.phase} ${summary.progress.percent}%`;
      if (seen[seen.length - 1] !== label) seen.push(label);
      if (summary.state !== 'running' || ready(summary)) return { summary, seen };
      if (performance.now() - t0 > RUN_LIMIT_MS) throw new Error('the run took over a minute');
      await sleep(everyMs);
    }
  };

  const result = { computing: null, storing: null, completed: null };
  let api = await startApi();

  // 1. Killed while computing.
  {
    const before = await counts();
    const run = await startRun(api);
    const t0 = performance.now();
    const { summary, seen } = await pollRun(
      api,
      run.id,
      (s) => s.progress.phase === 'scoring' || s.progress.phase === 'solving',
      50,
    );
    if (summary.state !== 'running')
      throw new Error(
        `run ${run.number} ended (${summary.state}) before it showed progress (${seen.join(' → ')}); ` +
          'use a larger KILL_CHECK_SIZE',
      );
    const atMs = Math.round(performance.now() - t0);
    log(`computing: run ${run.number} at ${seen.join(' → ')} after ${atMs} ms: SIGKILL`);
    await killApi();
    await assertNothingStored('computing', run.id, before);
    api = await startApi();
    await assertReportedFailed('computing', api, run.id);
    result.computing = { run: run.number, killedAtMs: atMs, progress: seen.at(-1) };
  }

  // 2. Killed inside the transaction that stores the proposals.
  for (let attempt = 1; attempt <= STORING_ATTEMPTS && !result.storing; attempt++) {
    const before = await counts();
    const run = await startRun(api);
    const t0 = performance.now();
    const watcher = new pg.Client({ connectionString: url.toString() });
    await watcher.connect();
    let caught = null;
    try {
      while (performance.now() - t0 < RUN_LIMIT_MS) {
        const { rows } = await watcher.query(
          `SELECT state, backend_xid AS xid FROM pg_stat_activity
            WHERE datname = $1 AND application_name = $2
              AND query LIKE 'INSERT INTO "match_proposal"%' AND backend_xid IS NOT NULL`,
          [DATABASE, APP_NAME],
        );
        if (rows.length > 0) {
          state.server.kill('SIGKILL');
          caught = rows[0];
          break;
        }
        const [{ s }] = (
          await watcher.query(`SELECT state AS s FROM match_run WHERE id = $1`, [run.id])
        ).rows;
        if (s !== 'running') break;
      }
    } finally {
      await watcher.end();
    }
    const atMs = Math.round(performance.now() - t0);
    if (!caught) {
      const [{ s }] = await query(`SELECT state AS s FROM match_run WHERE id = $1`, [run.id]);
      log(`storing, attempt ${attempt}: run ${run.number} became ${s} before an insert was seen`);
      if (s === 'running') throw new Error(`run ${run.number} still running after a minute`);
      await api.post(`/api/match-runs/${run.id}/discard`, {});
      continue;
    }
    log(
      `storing, attempt ${attempt}: run ${run.number} inserting proposals ` +
        `(transaction ${caught.xid} ${caught.state}, rows written) after ${atMs} ms: SIGKILL`,
    );
    await killApi();
    const stored = await assertNothingStored('storing', run.id, before);
    api = await startApi();
    await assertReportedFailed('storing', api, run.id);
    result.storing = { run: run.number, attempt, killedAtMs: atMs, stateAfterKill: stored.state };
  }
  if (!result.storing)
    fail(`the kill never landed inside the storing transaction in ${STORING_ATTEMPTS} attempts`);

  // 3. A new run completes.
  {
    const run = await startRun(api);
    const t0 = performance.now();
    const { summary, seen } = await pollRun(api, run.id, () => false, 200);
    const ms = Math.round(performance.now() - t0);
    const detail = await api.get(`/api/match-runs/${run.id}`);
    const [{ n }] = await query(`SELECT count(*)::int AS n FROM match_proposal WHERE run_id = $1`, [
      run.id,
    ]);
    const matched = summary.objective?.matched ?? null;
    log(
      `completed: run ${run.number} ${summary.state} in ${ms} ms (${seen.join(' → ')}): ` +
        `${matched} matched, ${n} proposal(s) stored, ${detail.body?.proposals?.length} shown`,
    );
    if (summary.state !== 'draft') fail(`the new run ended ${summary.state}: ${summary.error}`);
    if (!(n > 0) || n !== matched)
      fail(`the new run stored ${n} proposal(s), objective ${matched}`);
    if (detail.body?.proposals?.length !== n)
      fail(`the new run's detail shows ${detail.body?.proposals?.length} of ${n} proposal(s)`);
    result.completed = { run: run.number, ms, matched, proposals: n };
  }

  const marked = (
    readFileSync(state.logFile, 'utf8').match(/Marked \d+ interrupted match run/g) ?? []
  ).length;
  if (marked < 2) fail(`the API logged marking interrupted runs ${marked} time(s), expected 2`);
  return {
    check: 'kill-matching',
    size: `${cohort.mentees}x${cohort.mentors}`,
    ...result,
    restarts: 2,
    seconds: Number(seconds()),
    ok: failures.length === 0,
  };
}

async function query(sql, params = []) {
  return (await state.db.query(sql, params)).rows;
}

async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function cli(args, env) {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [apiMain, ...args], { cwd: root, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) =>
      code === 0 ? done() : reject(new Error(`main.js ${args.join(' ')} failed:\n${output}`)),
    );
  });
}

function redact(value) {
  const parsed = new URL(value);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** The API stopped, the database dropped, temporary files removed (the log kept on failure). */
async function cleanUp(keepLog) {
  const server = state.server;
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((done) => server.once('exit', done));
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  await state.db?.end().catch(() => undefined);
  if (state.created && process.env.KILL_CHECK_KEEP_DB !== '1') {
    await adminQuery(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`).catch((error) =>
      console.error(`dropping ${DATABASE} failed: ${error.message}`),
    );
  }
  if (state.scratch && !keepLog) rmSync(state.scratch, { recursive: true, force: true });
}

let interrupted = false;
process.once('SIGINT', () => {
  interrupted = true;
  console.error('interrupted: cleaning up…');
  void cleanUp(false).finally(() => process.exit(130));
});

let exitCode = 1;
try {
  const summary = await main();
  exitCode = summary.ok ? 0 : 1;
  await cleanUp(!summary.ok);
  if (!summary.ok) console.log(`API log: ${state.logFile}`);
  console.log(
    summary.ok
      ? `OK: killing the API during a run (computing, storing) left no partial run; ${summary.seconds} s`
      : `${failures.length} failure(s)`,
  );
  console.log(JSON.stringify(summary));
} catch (error) {
  console.error(`kill-matching check could not run: ${error.stack ?? error.message}`);
  await cleanUp(true);
  if (state.logFile) console.error(`API log: ${state.logFile}`);
  console.log(JSON.stringify({ check: 'kill-matching', ok: false, error: error.message }));
}
if (!interrupted) process.exit(exitCode);
