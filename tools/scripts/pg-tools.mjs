// Shared by db-backup.mjs and db-restore.mjs: DATABASE_URL, the PostgreSQL client programs and a
// connection that never puts the password on a command line (other users can read those).
import { spawnSync } from 'node:child_process';

/** Prints one line to stderr and ends the process with exit code 1. */
export function fail(message) {
  console.error(message);
  process.exit(1);
}

/** DATABASE_URL, which must name a PostgreSQL database; exits with a one-line error otherwise. */
export function requireDatabaseUrl(command) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    fail(
      `${command}: DATABASE_URL is not set; point it at the PostgreSQL database, e.g. ` +
        'DATABASE_URL=postgres://postgres@127.0.0.1:5432/mentorbridge (the embedded PGlite database is not supported).',
    );
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    fail(`${command}: DATABASE_URL must start with postgres:// or postgresql://`);
  }
  try {
    new URL(url);
  } catch {
    fail(`${command}: DATABASE_URL is not a valid URL.`);
  }
  return url;
}

/** Exits with a one-line error when a PostgreSQL client program (pg_dump, pg_restore) is missing. */
export function requireProgram(command, program) {
  const probe = spawnSync(program, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    fail(
      `${command}: ${program} is not installed or not on PATH (Debian/Ubuntu: apt-get install postgresql-client).`,
    );
  }
  return probe.stdout.trim();
}

/**
 * The URL without its password (for --dbname) and an environment carrying the password as
 * PGPASSWORD, so `ps` never shows it.
 */
export function connectionFor(url) {
  const parsed = new URL(url);
  const env = { ...process.env };
  if (parsed.password) {
    env.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = '';
  }
  return { dbname: parsed.toString(), env, description: describe(url) };
}

/** "mentorbridge on 127.0.0.1:5432" (never the password). */
export function describe(url) {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default database)';
  return `${name} on ${parsed.host || 'localhost'}`;
}

export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
