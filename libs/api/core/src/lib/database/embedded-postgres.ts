import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { Logger } from '@nestjs/common';

/** A running embedded PGlite database reachable through the normal `pg` driver. */
export interface EmbeddedPostgres {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export class EmbeddedDatabaseLockedError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is already in use by another MentorBridge process ` +
        `(pid ${pid}). Stop that process first, or point PGLITE_DATA_DIR at another folder, ` +
        `or set DATABASE_URL to use a PostgreSQL server.`,
    );
    this.name = 'EmbeddedDatabaseLockedError';
  }
}

const logger = new Logger('EmbeddedPostgres');

/**
 * Starts PGlite (Postgres compiled to WASM) behind a local Postgres wire-protocol socket, so the
 * application uses exactly the same driver and SQL as with a real server.
 *
 * `dataDir` is a folder, or `memory://` for a throwaway database. A lock file next to the folder
 * stops a second process from opening the same data (PGlite itself would silently lose writes).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { maxConnections?: number; port?: number } = {},
): Promise<EmbeddedPostgres> {
  const inMemory = dataDir.startsWith('memory://');
  const releaseLock = inMemory ? () => undefined : acquireLock(dataDir);
  try {
    if (!inMemory) {
      mkdirSync(dataDir, { recursive: true });
    }
    // Both packages ship CommonJS builds; required lazily so a Postgres deployment never loads them.
    const { PGlite } = require('@electric-sql/pglite') as typeof import('@electric-sql/pglite');
    const { PGLiteSocketServer } =
      require('@electric-sql/pglite-socket') as typeof import('@electric-sql/pglite-socket');

    const db = await PGlite.create(dataDir);
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: options.port ?? 0,
      maxConnections: options.maxConnections ?? 24,
    });
    // See pglite-serialise.cjs (shared with the Jest global setup, which cannot load TypeScript).
    const { serialiseExtendedProtocol } = require('./pglite-serialise.cjs') as {
      serialiseExtendedProtocol(server: object, db: object): void;
    };
    serialiseExtendedProtocol(server, db);
    await server.start();
    const address = server.getServerConn();
    const url = `postgres://postgres:postgres@${address}/postgres?sslmode=disable`;
    logger.log(`Embedded PostgreSQL (PGlite) ready on ${address}, data in ${dataDir}`);

    let stopped = false;
    return {
      url,
      dataDir,
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          await server.stop();
          await db.close();
        } finally {
          releaseLock();
        }
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

function acquireLock(dataDir: string): () => void {
  const lockPath = `${dataDir.replace(/\/+$/, '')}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        process.removeListener('exit', release);
        try {
          if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) rmSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new EmbeddedDatabaseLockedError(dataDir, holder);
      }
      logger.warn(`Removing a stale lock left by process ${holder} (${lockPath})`);
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
