#!/usr/bin/env node
// `npm run db:restore -- <file> [--yes]`: restores a db:backup dump into DATABASE_URL with
// pg_restore --clean --if-exists --no-owner in one transaction (a failed restore changes nothing).
// When the target database already has tables it lists them and stops unless --yes is given.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { connectionFor, fail, requireDatabaseUrl, requireProgram } from './pg-tools.mjs';

const COMMAND = 'db:restore';
const USAGE =
  'Usage: npm run db:restore -- <file> [--yes]   (DATABASE_URL names the database to restore into)';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const yes = args.includes('--yes');
const unknown = args.filter((a) => a.startsWith('-') && a !== '--yes');
const files = args.filter((a) => !a.startsWith('-'));
if (unknown.length > 0 || files.length > 1) fail(`${COMMAND}: unexpected arguments. ${USAGE}`);
if (files.length === 0) fail(`${COMMAND}: which dump? ${USAGE}`);

const url = requireDatabaseUrl(COMMAND);
requireProgram(COMMAND, 'pg_restore');

const file = resolve(files[0]);
if (!existsSync(file) || !statSync(file).isFile()) fail(`${COMMAND}: ${file} does not exist.`);
if (!isCustomFormatDump(file)) {
  fail(
    `${COMMAND}: ${file} is not a pg_dump custom-format file (make one with npm run db:backup).`,
  );
}

const connection = connectionFor(url);
const existing = await existingTables(url);
if (existing.length > 0 && !yes) {
  const rows = existing.reduce((sum, t) => sum + t.rows, 0);
  console.error(
    `${COMMAND}: ${connection.description} already has ${existing.length} table(s) with ${rows} row(s); ` +
      'restoring replaces every table that is in the backup with its contents from the backup:',
  );
  const shown = existing.slice(0, 15);
  for (const table of shown) console.error(`  ${table.name.padEnd(36)} ${table.rows} row(s)`);
  if (existing.length > shown.length) {
    console.error(`  … and ${existing.length - shown.length} more`);
  }
  fail(
    `Nothing changed. Run again with --yes to overwrite: npm run db:restore -- ${files[0]} --yes`,
  );
}

const started = Date.now();
const restore = spawnSync(
  'pg_restore',
  [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--single-transaction',
    '--exit-on-error',
    '--dbname',
    connection.dbname,
    file,
  ],
  { env: connection.env, stdio: ['ignore', 'inherit', 'inherit'] },
);
if (restore.error || restore.status !== 0) {
  fail(
    `${COMMAND}: pg_restore into ${connection.description} failed (see above); nothing changed.`,
  );
}
const restored = await existingTables(url);
console.log(
  `Restored ${files[0]} into ${connection.description}: ${restored.length} table(s), ` +
    `${restored.reduce((sum, t) => sum + t.rows, 0)} row(s) (${Date.now() - started} ms).`,
);

/** Custom-format dumps start with the magic bytes "PGDMP". */
function isCustomFormatDump(path) {
  const handle = openSync(path, 'r');
  try {
    const head = Buffer.alloc(5);
    readSync(handle, head, 0, 5, 0);
    return head.toString('latin1') === 'PGDMP';
  } finally {
    closeSync(handle);
  }
}

/** Every ordinary table outside the system schemas, with its exact row count, largest first. */
async function existingTables(connectionString) {
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
  } catch (error) {
    fail(`${COMMAND}: cannot connect to ${connection.description}: ${error.message}`);
  }
  try {
    const { rows: tables } = await client.query(
      `SELECT format('%I.%I', table_schema, table_name) AS qualified,
              CASE WHEN table_schema = 'public' THEN table_name
                   ELSE table_schema || '.' || table_name END AS name
         FROM information_schema.tables
        WHERE table_type = 'BASE TABLE'
          AND table_schema NOT IN ('pg_catalog', 'information_schema')
        ORDER BY 2`,
    );
    const counted = [];
    for (const table of tables) {
      const { rows } = await client.query(`SELECT count(*)::bigint AS n FROM ${table.qualified}`);
      counted.push({ name: table.name, rows: Number(rows[0].n) });
    }
    return counted.sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name));
  } finally {
    await client.end();
  }
}
