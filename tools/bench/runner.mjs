// The plumbing shared by the benchmarks in tools/bench (dashboard.mjs, load.mjs): a throwaway
// database on the local Postgres server, a copy of the built API run on it in production mode,
// sign-in through the API as the web app does, samples of the API process from /proc, the report's
// helpers, and the cleanup at the end (also on failure or Ctrl-C). What differs per benchmark
// (database, port, where the API is copied to) is passed to createRunner; its state lives there.
// Environment: PG_SERVER_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_KEEP_DB=1
// (keep the database afterwards), BENCH_API_MAIN (another build of main.js to measure).
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The repository's root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** @param {number} ms */
export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
/** @param {number} n */
export const round1 = (n) => Math.round(n * 10) / 10;
/** The machine's load average over 1, 5 and 15 minutes, e.g. `1.2/0.8/0.5`. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join('/');

/**
 * The `q` quantile (0–1) of ascending `sorted` (nearest rank); null if there is none.
 * @param {number[]} sorted
 * @param {number} q
 */
export function percentile(sorted, q) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * A Markdown table, every column as wide as its widest cell.
 * @param {string[]} headers
 * @param {unknown[][]} rows
 */
export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * `url` for the log: its password, if any, masked.
 * @param {string} url
 */
export function describe(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * `serverUrl` with database `name` instead of its own (user, host and query string kept).
 * @param {string} serverUrl
 * @param {string} name
 */
function databaseUrl(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A TCP port that is free on 127.0.0.1 now. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** The machine for the report: CPU model and cores, memory, Node, the load average now. */
export function machineInfo() {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadBefore: loadAverage(),
  };
}

/**
 * CPU seconds (user + system) process `pid` has used so far; null if it cannot be read.
 * @param {number | undefined} pid
 */
export function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * A figure of /proc/`pid`/status (VmRSS, VmHWM, …) in MB, unrounded; null if it cannot be read.
 * @param {number | undefined} pid
 * @param {string} field
 */
function statusMb(pid, field) {
  try {
    const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return kb ? Number(kb[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * One benchmark run: its database, its API process and their cleanup, and a log that stamps
 * every line with the seconds since the runner was created.
 * @param {object} options
 * @param {string} options.database the throwaway database (dropped first if it is there); the
 *   scratch directory in the system's tmpdir is named after it (mb_bench_x: mb-bench-x-…)
 * @param {number} options.port where the API listens (on 127.0.0.1)
 * @param {string} [options.apiCopyDir] where the built API is copied to, relative to the root
 */
export function createRunner({ database, port, apiCopyDir = 'dist/tools/bench/api' }) {
  const serverUrl = process.env.PG_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const keepDb = process.env.BENCH_KEEP_DB === '1';
  const base = `http://127.0.0.1:${port}`;
  const url = databaseUrl(serverUrl, database);
  const started = performance.now();
  /** What cleanup() undoes. */
  const state = { server: null, admin: null, created: false, scratch: null, cleaning: null };

  /** Seconds since the runner was created, with one decimal. */
  const elapsed = () => ((performance.now() - started) / 1000).toFixed(1);
  /** @param {string} message */
  const log = (message) => console.log(`[${elapsed().padStart(6)} s] ${message}`);

  /** A copy of the built API, so that a rebuild during the run cannot swap it underneath. */
  function apiCopy() {
    if (process.env.BENCH_API_MAIN) return resolve(process.env.BENCH_API_MAIN);
    const built = join(root, 'dist/apps/api');
    const copy = join(root, apiCopyDir);
    rmSync(copy, { recursive: true, force: true });
    mkdirSync(copy, { recursive: true });
    for (const file of ['main.js', 'matching-worker.js']) {
      if (!existsSync(join(built, file)))
        throw new Error(`${join(built, file)} is missing: build the API (npx nx build api)`);
      copyFileSync(join(built, file), join(copy, file));
    }
    return join(copy, 'main.js');
  }

  /** The run's scratch directory (the API's log, key file, mail outbox); removed by cleanup(). */
  function createScratch() {
    state.scratch = mkdtempSync(join(os.tmpdir(), `${database.replaceAll('_', '-')}-`));
    return state.scratch;
  }

  /**
   * Connects to the server and creates the run's database afresh; returns the server's version.
   * @param {ReturnType<typeof machineInfo>} machine
   */
  async function createDatabase(machine) {
    state.admin = new pg.Client({ connectionString: serverUrl });
    await state.admin.connect();
    const version = (await state.admin.query('SHOW server_version')).rows[0].server_version;
    log(
      `Postgres ${version} at ${describe(serverUrl)}; ${machine.cores} × ${machine.cpu}, load ${machine.loadBefore}`,
    );
    await state.admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await state.admin.query(`CREATE DATABASE ${database}`);
    state.created = true;
    return version;
  }

  /**
   * The environment of main.js on the run's database: this process's, without PGLITE_DATA_DIR and
   * NODE_ENV, with `extra`.
   * @param {Record<string, string>} [extra]
   */
  function apiEnv(extra = {}) {
    const env = {
      ...process.env,
      DATABASE_URL: url,
      MAIL_OUTBOX_DIR: join(state.scratch, 'outbox'),
      ...extra,
    };
    delete env.PGLITE_DATA_DIR;
    delete env.NODE_ENV;
    return env;
  }

  /**
   * Runs a command of main.js (`migrate`, `seed`) to its end; returns its output, throws if it
   * fails.
   * @param {string} main
   * @param {string[]} args
   * @param {NodeJS.ProcessEnv} env
   */
  function cli(main, args, env) {
    const result = spawnSync(process.execPath, [main, ...args], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    if (result.status !== 0)
      throw new Error(
        `main.js ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
      );
    return result.stdout;
  }

  /**
   * Waits until the API answers GET /api/health. With `confirmMs`, only an API that still runs
   * that much later counts: another process could hold the port (then ours exits with
   * EADDRINUSE).
   */
  async function waitForHealth(logFile, confirmMs) {
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      if (state.server.exitCode !== null)
        throw new Error(
          `the API exited (${state.server.exitCode}):\n${readFileSync(logFile, 'utf8')}`,
        );
      try {
        if ((await fetch(`${base}/api/health`)).ok) {
          if (!confirmMs) return;
          if (state.server.exitCode === null) {
            await sleep(confirmMs);
            if (state.server.exitCode === null) return;
          }
        }
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error(`the API did not start within 180 s:\n${readFileSync(logFile, 'utf8')}`);
  }

  /**
   * Starts the production API (`main.js serve`, NODE_ENV=production, on the runner's port, plain
   * HTTP cookies) with its output in api.log of the scratch directory, and waits for its health.
   * @param {string} main
   * @param {NodeJS.ProcessEnv} env apiEnv() with the run's NOTES_MASTER_KEY and JOBS_ENABLED
   * @param {{ confirmMs?: number }} [options] see waitForHealth
   * @returns {Promise<{ logFile: string, serveAt: Date, upSeconds: number }>} serveAt: just
   *   before the start; upSeconds: from the start to the first healthy answer
   */
  async function startApi(main, env, { confirmMs = 0 } = {}) {
    const logFile = join(state.scratch, 'api.log');
    const out = openSync(logFile, 'a');
    const serveAt = new Date();
    state.server = spawn(process.execPath, [main, 'serve'], {
      cwd: root,
      env: {
        ...env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: base,
        COOKIE_SECURE: 'never',
      },
      stdio: ['ignore', out, out],
    });
    const spawned = performance.now();
    await waitForHealth(logFile, confirmMs);
    return { logFile, serveAt, upSeconds: (performance.now() - spawned) / 1000 };
  }

  /**
   * Polls `sql` (one row, column `done`) every 500 ms until it is true and returns that row;
   * fails if the API exits meanwhile, if its log shows `failed.line`, or after `minutes`.
   * @param {pg.Client} db
   * @param {object} options
   * @param {string} options.what what is waited for (the default timeout message)
   * @param {string} options.sql
   * @param {unknown[]} [options.params]
   * @param {string} options.logFile the API's log (from startApi)
   * @param {number} [options.minutes]
   * @param {{ line: string, message: string }} [options.failed] a log line that means it failed
   * @param {string} [options.timeout] the message when the time is up
   */
  async function waitUntil(db, { what, sql, params, logFile, minutes = 10, failed, timeout }) {
    const deadline = Date.now() + minutes * 60_000;
    while (Date.now() < deadline) {
      const { rows } = await db.query(sql, params);
      if (rows[0]?.done) return rows[0];
      const output = readFileSync(logFile, 'utf8');
      if (failed && output.includes(failed.line)) throw new Error(`${failed.message}:\n${output}`);
      if (state.server.exitCode !== null) throw new Error(`the API exited:\n${output}`);
      await sleep(500);
    }
    throw new Error(timeout ?? `${what}: not within ${minutes} minutes`);
  }

  /**
   * Signs in through the API as the web app does (CSRF token, then POST /api/auth/login).
   * @param {string} email
   * @param {string} password
   * @returns {Promise<{ email: string, cookie: string, csrf: string }>} the Cookie header and
   *   the CSRF token for later requests
   */
  async function signIn(email, password) {
    const cookies = new Map();
    const keep = (response) => {
      for (const header of response.headers.getSetCookie()) {
        const [pair] = header.split(';');
        const at = pair.indexOf('=');
        cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
      }
    };
    const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = await fetch(`${base}/api/auth/csrf`);
    keep(csrf);
    const { token } = await csrf.json();
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-xsrf-token': token,
        cookie: cookieHeader(),
      },
      body: JSON.stringify({ email, password }),
    });
    keep(login);
    if (login.status !== 200)
      throw new Error(`sign-in of ${email} failed: ${login.status} ${await login.text()}`);
    return { email, cookie: cookieHeader(), csrf: cookies.get('XSRF-TOKEN') ?? token };
  }

  /** CPU seconds (user + system) the API process has used so far; null if unknown. */
  const apiCpuSeconds = () => cpuSeconds(state.server?.pid);
  /** The API's resident memory now (VmRSS), MB with one decimal; null if unknown. */
  function apiRssMb() {
    const mb = statusMb(state.server?.pid, 'VmRSS');
    return mb === null ? null : round1(mb);
  }
  /** The API's peak resident memory so far (VmHWM), whole MB; null if unknown. */
  function apiPeakRssMb() {
    const mb = statusMb(state.server?.pid, 'VmHWM');
    return mb === null ? null : Math.round(mb);
  }

  /** CPU seconds so far of the API, of every postgres process, of this process and the machine. */
  function cpuNow() {
    const ticks = (pid) => cpuSeconds(pid) ?? 0;
    let postgres = 0;
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') postgres += ticks(pid);
      } catch {
        // gone
      }
    }
    const self = process.cpuUsage();
    // The whole machine: every CPU's busy time (all but idle and iowait) from /proc/stat.
    const all = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
    return {
      machine: (all.reduce((t, n) => t + n, 0) - all[3] - all[4]) / 100,
      api: ticks(state.server?.pid),
      postgres,
      client: (self.user + self.system) / 1e6,
      at: performance.now(),
    };
  }

  /**
   * Stops the API (SIGTERM, SIGKILL after 15 s), drops the database unless BENCH_KEEP_DB=1 and
   * removes the scratch directory; once, however often it is called.
   */
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
        if (state.created && !keepDb) {
          await state.admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
          log(`database ${database} dropped`);
        } else if (state.created) {
          log(`database ${database} kept (BENCH_KEEP_DB=1): ${describe(url)}`);
        }
        await state.admin.end();
      }
      if (state.scratch) rmSync(state.scratch, { recursive: true, force: true });
    })();
    return state.cleaning;
  }

  /**
   * Runs the benchmark: cleans up on SIGINT / SIGTERM (exit 130 / 143) and after `main`; then
   * prints every failure (FAIL: … on stderr) and, as the last line, the summary as JSON, and
   * exits with 1 if there were failures. If `main` throws: its error, the cleanup, exit code 1.
   * @param {() => Promise<{ summary: object, failures?: string[] }>} main
   */
  async function run(main) {
    process.once('SIGINT', () => {
      console.error('\nInterrupted: stopping the API and dropping the database…');
      cleanup().finally(() => process.exit(130));
    });
    process.once('SIGTERM', () => {
      cleanup().finally(() => process.exit(143));
    });
    try {
      const { summary, failures = [] } = await main();
      await cleanup();
      log(`done in ${elapsed()} s`);
      for (const failure of failures) console.error(`FAIL: ${failure}`);
      console.log(JSON.stringify(summary));
      if (failures.length) process.exitCode = 1;
    } catch (error) {
      console.error(`\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      await cleanup().catch((e) => console.error(`cleanup failed: ${e.message}`));
      process.exit(1);
    }
  }

  return {
    base,
    url,
    state,
    log,
    elapsed,
    apiCopy,
    createScratch,
    createDatabase,
    apiEnv,
    cli,
    startApi,
    waitUntil,
    signIn,
    apiCpuSeconds,
    apiRssMb,
    apiPeakRssMb,
    cpuNow,
    cleanup,
    run,
  };
}
