import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { testDatabaseUrl } from './test-app';

/** An empty database of its own, for a spec that must not touch the shared test database. */
export interface IsolatedDatabase {
  url: string;
  /** `postgres`: a new database on the TEST_DATABASE_URL server; `pglite`: a private PGlite. */
  kind: 'postgres' | 'pglite';
  drop(): Promise<void>;
}

/**
 * On real Postgres a fresh database named after the run's test database (dropped by `drop()`);
 * on the embedded PGlite (one database per instance) a private in-memory PGlite in a child process.
 * Use it for specs that change the schema itself (migrations down and up), so specs sharing the
 * test database never see a half-built schema.
 */
export async function createIsolatedDatabase(label: string): Promise<IsolatedDatabase> {
  const sharedUrl = testDatabaseUrl();
  const admin = new Client({ connectionString: sharedUrl });
  await admin.connect();
  try {
    const [{ version, database }] = (
      await admin.query<{ version: string; database: string }>(
        'SELECT version() AS version, current_database() AS database',
      )
    ).rows;
    if (version.includes('PGlite')) return await startPrivatePglite();
    const suffix = `${label.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_${randomBytes(3).toString('hex')}`;
    const name = `${database.slice(0, 62 - suffix.length)}_${suffix}`;
    await admin.query(`CREATE DATABASE "${name}"`).catch((error: { code?: string }) => {
      throw error.code === '42501'
        ? new Error('This spec needs its own database: let the TEST_DATABASE_URL role CREATEDB.')
        : error;
    });
    const url = new URL(sharedUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      kind: 'postgres',
      drop: async () => {
        const dropper = new Client({ connectionString: sharedUrl });
        await dropper.connect();
        try {
          await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await dropper.end();
        }
      },
    };
  } finally {
    await admin.end();
  }
}

function startPrivatePglite(): Promise<IsolatedDatabase> {
  const child = fork(join(__dirname, '..', '..', 'pglite-process.cjs'), [], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise<IsolatedDatabase>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('The private PGlite did not start within 30 s.'));
    }, 30_000);
    child.once('message', (message: { url?: unknown }) => {
      clearTimeout(timer);
      if (typeof message?.url !== 'string') {
        reject(new Error('The private PGlite sent no URL.'));
        return;
      }
      resolve({
        url: message.url,
        kind: 'pglite',
        drop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The private PGlite exited early (code ${code}).`));
    });
  });
}
