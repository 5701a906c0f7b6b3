/**
 * The in-app half of `npm run bench:matching-app`: the generated organisations go into a
 * throwaway Postgres database (`mb_bench_matching`, created and dropped through
 * BENCH_DATABASE_URL), the built API serves it, and an HR lead starts match runs through
 * POST /api/cohorts/:id/match-runs and polls GET /api/match-runs/:id until the draft is there —
 * what a person waits for in the app: reading the profiles, the computation in the API's worker
 * thread, storing the proposals, and loading the draft with its breakdowns.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Organisation, Person } from './app-profiles';

export const BENCH_DATABASE = 'mb_bench_matching';
const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const HR_EMAIL = 'bench.hr@example.test';
const HR_PASSWORD = 'bench-matching-password';
const POLL_MS = 200;
const RUN_LIMIT_MS = 10 * 60_000;

export interface InAppRun {
  /** POST of the run → the draft loaded with its proposals (client clock). */
  ms: number;
  /** The run's stored duration: its transaction start (reading the profiles) → proposals saved. */
  serverMs: number | null;
  /** Distinct progress states the API reported while polling ("scoring 40%", …). */
  progress: string[];
}

export interface InAppReport {
  n: number;
  m: number;
  /** Inserting the organisation's rows (users, program, cohort, applications, participants). */
  insertMs: number;
  runs: InAppRun[];
  matched: number;
  proposals: number;
  unmatched: number;
  state: string;
}

export interface InAppResult {
  reports: InAppReport[];
  /** Peak resident memory of the API process (VmHWM, Linux), worker thread included. */
  serverPeakRssMb: number | null;
  database: string;
}

type Log = (line: string) => void;

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The URL without its password, for printing. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): void {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
}

/** Builds the API (`npx nx build api`) and copies the output so a rebuild cannot swap it mid-run. */
function buildApi(root: string, log: Log): string {
  if (process.env['BENCH_SKIP_BUILD'] !== '1') {
    log('building the API (npx nx build api)…');
    run(
      'npx',
      ['nx', 'build', 'api', '--output-style=static'],
      { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
      root,
    );
  }
  const built = join(root, 'dist/apps/api');
  const copy = join(root, 'dist/tools/matching/api');
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const file of ['main.js', 'matching-worker.js']) {
    if (!existsSync(join(built, file)))
      throw new Error(`${join(built, file)} is missing: build the API (npx nx build api)`);
    copyFileSync(join(built, file), join(copy, file));
  }
  return join(copy, 'main.js');
}

/** A cookie-keeping client of the API (session cookie + CSRF header). */
export class Api {
  private readonly cookies = new Map<string, string>();
  private csrf = '';
  constructor(readonly base: string) {}

  private remember(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  private headers(json: boolean): Record<string, string> {
    const headers: Record<string, string> = {
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    };
    if (this.csrf) headers['x-xsrf-token'] = this.csrf;
    if (json) headers['content-type'] = 'application/json';
    return headers;
  }

  async get<T>(path: string): Promise<{ status: number; body: T }> {
    const response = await fetch(this.base + path, { headers: this.headers(false) });
    this.remember(response);
    return { status: response.status, body: (await response.json()) as T };
  }

  async post<T>(path: string, body: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(this.base + path, {
      method: 'POST',
      headers: this.headers(true),
      body: JSON.stringify(body),
    });
    this.remember(response);
    return { status: response.status, body: (await response.json()) as T };
  }

  async signIn(email: string, password: string): Promise<void> {
    const csrf = await this.get<{ token: string }>('/api/auth/csrf');
    this.csrf = csrf.body.token;
    const login = await this.post('/api/auth/login', { email, password });
    if (login.status !== 200)
      throw new Error(`sign-in failed: ${login.status} ${JSON.stringify(login.body)}`);
  }
}

export async function waitForHealth(
  base: string,
  server: ChildProcess,
  logFile: string,
): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the API exited (${server.exitCode}):\n${readFileSync(logFile, 'utf8')}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the API did not start:\n${readFileSync(logFile, 'utf8')}`);
}

function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) return resolve();
    const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
    server.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

function peakRssMb(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** Users, program, cohort (matching stage), forms, approved applications, participants, bans
 * and pins, straight in SQL. Returns the cohort id. (Also used by synthetic-cohort.ts.) */
export async function insertOrganisation(
  db: Client,
  org: Organisation,
  label: string,
  hrId: string,
): Promise<string> {
  await db.query('BEGIN');
  try {
    const users = org.people.map((p) => ({
      id: p.id,
      email: `${label}.${p.email}`,
      display_name: p.displayName,
      department: p.department,
      title: p.title,
      location: p.location,
      seniority_level: p.seniorityLevel,
      languages: p.languages,
      time_zone: p.timeZone,
      manager_id: p.managerId,
    }));
    await db.query(
      `INSERT INTO app_user (id, email, display_name, status, department, title, location,
                             seniority_level, languages, time_zone, manager_id)
       SELECT r.id, r.email, r.display_name, 'active', r.department, r.title, r.location,
              r.seniority_level, ARRAY(SELECT jsonb_array_elements_text(r.languages)),
              r.time_zone, r.manager_id
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, email text, display_name text,
              department text, title text, location text, seniority_level smallint,
              languages jsonb, time_zone text, manager_id uuid)`,
      [JSON.stringify(users)],
    );
    const [{ id: programId }] = (
      await db.query<{ id: string }>(
        `INSERT INTO program (name, strategic_driver, outcomes, format, default_duration_months,
                              cadence_weeks, default_mentor_capacity, meeting_modes, matching_mode,
                              contact_options, created_by_id)
         VALUES ($1, 'Benchmark of the matching run', '{}', 'one_on_one', 6, 2, 3,
                 '{video,in_person,phone}', 'admin_bulk', '{stay_in_touch}', $2)
         RETURNING id`,
        [`Bench matching ${label}`, hrId],
      )
    ).rows;
    const [{ id: cohortId }] = (
      await db.query<{ id: string }>(
        `INSERT INTO cohort (program_id, name, start_date, end_date, state)
         VALUES ($1, 'Benchmark cohort', '2027-01-01', '2027-07-01', 'matching') RETURNING id`,
        [programId],
      )
    ).rows;
    const forms = new Map<string, string>();
    for (const role of ['mentor', 'mentee']) {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO form_definition (program_id, role, version, questions, created_by_id)
         VALUES ($1, $2, 1, '[]', $3) RETURNING id`,
        [programId, role, hrId],
      );
      forms.set(role, rows[0].id);
    }
    const byId = new Map(org.people.map((p) => [p.id, p]));
    const participants = [...org.mentors, ...org.mentees].map((p: Person) => {
      const manager = p.managerId ? byId.get(p.managerId) : undefined;
      return {
        application_id: randomUUID(),
        user_id: p.id,
        role: p.role,
        form_id: forms.get(p.role),
        answers: p.answers,
        profile: {
          department: p.department,
          title: p.title,
          location: p.location,
          seniorityLevel: p.seniorityLevel,
          manager: manager ? { id: manager.id, displayName: manager.displayName } : null,
          languages: p.languages,
          timeZone: p.timeZone,
        },
        capacity: p.capacity,
      };
    });
    const rows = JSON.stringify(participants);
    await db.query(
      `INSERT INTO application (id, cohort_id, user_id, role, form_id, answers, status, profile,
                                submitted_at, decided_at, decided_by_id)
       SELECT r.application_id, $2, r.user_id, r.role, r.form_id, r.answers, 'approved',
              r.profile, now(), now(), $3
         FROM jsonb_to_recordset($1::jsonb) AS r(application_id uuid, user_id uuid, role text,
              form_id uuid, answers jsonb, profile jsonb)`,
      [rows, cohortId, hrId],
    );
    await db.query(
      `INSERT INTO participant (cohort_id, user_id, role, application_id, capacity, status)
       SELECT $2, r.user_id, r.role, r.application_id, r.capacity, 'active'
         FROM jsonb_to_recordset($1::jsonb) AS r(application_id uuid, user_id uuid, role text,
              capacity smallint)`,
      [rows, cohortId],
    );
    const constraints = [
      ...org.bans.map(([mentor, mentee]) => ({ kind: 'ban', mentor, mentee })),
      ...org.pins.map(([mentor, mentee]) => ({ kind: 'pin', mentor, mentee })),
    ];
    await db.query(
      `INSERT INTO match_constraint (cohort_id, kind, mentor_user_id, mentee_user_id, reason,
                                     created_by_id)
       SELECT $2, r.kind, r.mentor, r.mentee, 'Benchmark', $3
         FROM jsonb_to_recordset($1::jsonb) AS r(kind text, mentor uuid, mentee uuid)`,
      [JSON.stringify(constraints), cohortId, hrId],
    );
    await db.query('COMMIT');
    return cohortId;
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

interface RunView {
  id: string;
  state: string;
  durationMs: number | null;
  error: string | null;
  progress: { phase: string; percent: number };
  objective: { matched: number } | null;
  unmatchedMentees?: number;
  proposals?: unknown[];
  unmatched?: unknown[];
}

/**
 * One match run through the API: started, then the cohort's run list (the summaries the cohort
 * page polls for the progress bar) asked every POLL_MS until the run is no longer running, then
 * the draft itself (proposals with breakdowns), as HR opens it.
 */
async function timedRun(api: Api, cohortId: string): Promise<{ run: InAppRun; view: RunView }> {
  const t0 = performance.now();
  const started = await api.post<RunView>(`/api/cohorts/${cohortId}/match-runs`, {});
  if (started.status !== 202)
    throw new Error(`starting a run: ${started.status} ${JSON.stringify(started.body)}`);
  const progress: string[] = [];
  for (;;) {
    const list = await api.get<RunView[]>(`/api/cohorts/${cohortId}/match-runs`);
    const summary = list.body.find((r) => r.id === started.body.id);
    if (list.status !== 200 || !summary)
      throw new Error(`reading the runs: ${list.status} ${JSON.stringify(list.body)}`);
    const seen = `${summary.progress.phase} ${summary.progress.percent}%`;
    if (progress[progress.length - 1] !== seen) progress.push(seen);
    if (summary.state !== 'running') break;
    if (performance.now() - t0 > RUN_LIMIT_MS) throw new Error('run did not finish in 10 min');
    await sleep(POLL_MS);
  }
  const { status, body } = await api.get<RunView>(`/api/match-runs/${started.body.id}`);
  if (status !== 200) throw new Error(`reading the run: ${status} ${JSON.stringify(body)}`);
  if (body.state !== 'draft') throw new Error(`run ${body.state}: ${body.error}`);
  return {
    run: { ms: performance.now() - t0, serverMs: body.durationMs, progress },
    view: body,
  };
}

export async function measureInApp(
  root: string,
  organisations: { n: number; m: number; org: Organisation }[],
  reps: number,
  log: Log,
): Promise<InAppResult> {
  const adminUrl = process.env['BENCH_DATABASE_URL'] ?? DEFAULT_ADMIN_URL;
  const url = databaseUrl(adminUrl, BENCH_DATABASE);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  let server: ChildProcess | null = null;
  let serverPeak: number | null = null;
  const scratch = mkdtempSync(join(tmpdir(), 'mb-bench-'));
  try {
    const version = await admin.query<{ server_version: string }>('SHOW server_version');
    const database = `Postgres ${version.rows[0].server_version.split(' ')[0]} (${describeUrl(adminUrl)})`;
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
    // BENCH_API_MAIN=<…/main.js>: measure that build instead (e.g. to compare a change).
    const main = process.env['BENCH_API_MAIN'] ?? buildApi(root, log);
    log(`migrating ${describeUrl(url)}…`);
    const env = {
      ...process.env,
      DATABASE_URL: url,
      JOBS_ENABLED: 'false',
      COOKIE_SECURE: 'never',
      MAIL_OUTBOX_DIR: join(scratch, 'outbox'),
    };
    run(process.execPath, [main, 'migrate'], env, root);
    const port = await freePort();
    const logFile = join(scratch, 'api.log');
    const { openSync } = await import('node:fs');
    const out = openSync(logFile, 'a');
    // BENCH_API_PROFILE=<dir>: CPU profiles of the API and its worker threads.
    const profile = process.env['BENCH_API_PROFILE'];
    const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
    server = spawn(process.execPath, [...flags, main, 'serve'], {
      cwd: root,
      env: {
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        ADMIN_EMAIL: HR_EMAIL,
        ADMIN_PASSWORD: HR_PASSWORD,
      },
      stdio: ['ignore', out, out],
    });
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base, server, logFile);
    log(`API (worker-thread runs) at ${base}`);

    const db = new Client({ connectionString: url });
    await db.connect();
    const reports: InAppReport[] = [];
    try {
      const hr = await db.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [
        HR_EMAIL,
      ]);
      const hrId = hr.rows[0]?.id;
      if (!hrId) throw new Error('the bootstrap HR lead was not created');
      const api = new Api(base);
      await api.signIn(HR_EMAIL, HR_PASSWORD);
      for (const { n, m, org } of organisations) {
        const t0 = performance.now();
        const cohortId = await insertOrganisation(db, org, `${n}x${m}`, hrId);
        const insertMs = performance.now() - t0;
        await db.query('ANALYZE');
        const runs: InAppRun[] = [];
        let last: RunView | null = null;
        for (let r = 0; r < reps; r++) {
          const { run: timed, view } = await timedRun(api, cohortId);
          runs.push(timed);
          last = view;
          log(
            `  ${n} × ${m} in-app run ${r + 1}/${reps}: ${timed.ms.toFixed(0)} ms (server ${timed.serverMs} ms; progress ${timed.progress.join(' → ')})`,
          );
        }
        reports.push({
          n,
          m,
          insertMs,
          runs,
          matched: last?.objective?.matched ?? 0,
          proposals: last?.proposals?.length ?? 0,
          unmatched: last?.unmatched?.length ?? last?.unmatchedMentees ?? 0,
          state: last?.state ?? 'none',
        });
      }
    } finally {
      await db.end();
    }
    serverPeak = peakRssMb(server.pid);
    return { reports, serverPeakRssMb: serverPeak, database };
  } finally {
    if (server) await stopServer(server);
    if (process.env['BENCH_KEEP_DB'] !== '1')
      await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`).catch(() => 0);
    await admin.end();
    rmSync(scratch, { recursive: true, force: true });
  }
}
