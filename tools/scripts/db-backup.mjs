#!/usr/bin/env node
// `npm run db:backup [-- <file>]`: a pg_dump custom-format backup (-Fc) of DATABASE_URL.
// Without <file>: .data/backups/mentorbridge-<UTC timestamp>.dump. The dump is written to
// <file>.partial first and renamed when pg_dump succeeded, so a file with the final name is
// always complete. Restore with `npm run db:restore -- <file>`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import {
  connectionFor,
  fail,
  formatBytes,
  requireDatabaseUrl,
  requireProgram,
} from './pg-tools.mjs';

const COMMAND = 'db:backup';
const USAGE = `Usage: npm run db:backup [-- <file>]   (DATABASE_URL names the database to back up)`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = args.filter((a) => a.startsWith('-'));
if (unknown.length > 0 || args.length > 1) fail(`${COMMAND}: unexpected arguments. ${USAGE}`);

const url = requireDatabaseUrl(COMMAND);
requireProgram(COMMAND, 'pg_dump');

const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
const target = resolve(args[0] ?? `.data/backups/mentorbridge-${stamp}.dump`);
if (existsSync(target)) fail(`${COMMAND}: ${target} already exists; choose another file.`);
mkdirSync(dirname(target), { recursive: true });

const partial = `${target}.partial`;
const connection = connectionFor(url);
const started = Date.now();
const dump = spawnSync(
  'pg_dump',
  ['--format=custom', '--file', partial, '--dbname', connection.dbname],
  { env: connection.env, stdio: ['ignore', 'inherit', 'inherit'] },
);
if (dump.error || dump.status !== 0) {
  rmSync(partial, { force: true });
  fail(`${COMMAND}: pg_dump of ${connection.description} failed (see above); no backup written.`);
}
renameSync(partial, target);

const shown = relative(process.cwd(), target).startsWith('..')
  ? target
  : relative(process.cwd(), target);
const { size } = statSync(target);
console.log(
  `Backed up ${connection.description} to ${shown} (${formatBytes(size)}, ${Date.now() - started} ms).`,
);
console.log(`Restore with: npm run db:restore -- ${shown}`);
