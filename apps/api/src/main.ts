import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  AppConfig,
  ConfigError,
  configureHttpApp,
  createFastifyAdapter,
  EmbeddedDatabaseLockedError,
  EnvelopeCipher,
  loadConfig,
  parseMasterKey,
  resolveMasterKey,
} from '@mentorbridge/api-core';
import {
  countUsers,
  DEMO_PASSWORD,
  ensureBootstrapAdmin,
  existingDemoAccounts,
  seedDemo,
} from '@mentorbridge/api-demo-data';
import { ROLE_LABELS } from '@mentorbridge/shared-contracts';
import { join, resolve } from 'node:path';
import { ReportingRefreshService } from '@mentorbridge/api-reporting';
import { rewrapPairKeys } from '@mentorbridge/api-sessions';
import { writeFileSync } from 'node:fs';
import { AppModule } from './app/app.module';
import { openDataSource, resolveDatabase, ResolvedDatabase } from './app/database';
import { QuietLogger } from './app/quiet-logger';
import { APP_VERSION } from './app/version';
import { generateMigration } from './commands/generate-migration';
import { schemaDiff } from './commands/schema-diff';

const logger = new Logger('MentorBridge');

const USAGE = `Usage: node dist/apps/api/main.js [command] [options]
Commands:
  serve [--demo]      start the API and web app (default); --demo seeds demo data into an empty database
  migrate             apply pending migrations
  seed [--reset]      seed the demo organisation (only into an empty database unless --reset)
  db:check            fail when the entities and the migrations disagree
  db:generate <Name>  write a migration for the current entity changes
  keys:rotate         re-wrap every pair key with NOTES_MASTER_KEY_NEW (stop the API first)`;

async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...rest] = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const config = loadConfig();
  switch (command) {
    case 'serve':
      await serve(config, flags.has('--demo'));
      return -1; // keeps running
    case 'migrate':
      return withDatabase(config, async (db) => {
        const ds = await openDataSource(db.url, config);
        try {
          const applied = await ds.runMigrations({ transaction: 'each' });
          logger.log(
            applied.length ? `Applied ${applied.length} migration(s).` : 'Schema is up to date.',
          );
        } finally {
          await ds.destroy();
        }
        return 0;
      });
    case 'seed':
      return withDatabase(config, async (db) => {
        const ds = await migratedDataSource(db.url, config);
        try {
          const result = await seedDemo(ds, {
            reset: flags.has('--reset'),
            cipher: demoCipher(config),
          });
          if (!result.seeded) {
            logger.warn(
              'The database already has people; nothing seeded. Use --reset to wipe and re-seed.',
            );
          }
          printDemoAccounts(await existingDemoAccounts(ds));
        } finally {
          await ds.destroy();
        }
        return 0;
      });
    case 'db:check':
    case 'db:generate': {
      // A fresh throwaway database unless DATABASE_URL points at one.
      const checkConfig: AppConfig =
        config.database.kind === 'embedded'
          ? { ...config, database: { ...config.database, dataDir: 'memory://' } }
          : config;
      return withDatabase(checkConfig, async (db) => {
        const ds = await migratedDataSource(db.url, checkConfig);
        try {
          if (command === 'db:generate') {
            const name = rest[0];
            if (!name)
              throw new Error('Give the migration a name: npm run db:generate -- AddPrograms');
            const file = await generateMigration(
              ds,
              name,
              resolve('libs/api/core/src/lib/database/migrations'),
            );
            logger.log(
              file
                ? `Wrote ${file}; review it before committing.`
                : 'No schema changes to migrate.',
            );
            return 0;
          }
          const diff = await schemaDiff(ds);
          if (diff.up.length > 0) {
            logger.error(
              `Entities and migrations disagree; a migration would still run:\n${diff.up.join('\n')}\n` +
                'Generate one with: npm run db:generate -- <Name>',
            );
            return 1;
          }
          logger.log(
            `Entities and migrations agree (${ds.migrations.length} migration(s) applied).`,
          );
          return 0;
        } finally {
          await ds.destroy();
        }
      });
    }
    case 'keys:rotate': {
      const next = parseMasterKey(process.env['NOTES_MASTER_KEY_NEW'] ?? '');
      if (!next) {
        console.error(
          '\nSet NOTES_MASTER_KEY_NEW to the new master key: 32 random bytes, base64 (openssl rand -base64 32).\n',
        );
        return 2;
      }
      return withDatabase(config, (db) => rotateMasterKey(db, config, next));
    }
    default:
      console.error(`Unknown command "${command}".\n${USAGE}`);
      return 2;
  }
}

async function serve(config: AppConfig, demo: boolean): Promise<void> {
  const db = await resolveDatabase(config);
  const running: { app?: NestFastifyApplication } = {};
  // Close HTTP first, then the database, so the embedded PGlite flushes and releases its lock.
  const shutdown = async (signal: string) => {
    logger.log(`${signal} received, shutting down…`);
    setTimeout(() => process.exit(1), 10_000).unref();
    let code = 0;
    try {
      await running.app?.close();
    } catch (error) {
      logger.error(`Closing the API failed: ${(error as Error).message}`);
      code = 1;
    }
    try {
      await db.stop();
    } catch (error) {
      logger.error(`Stopping the database failed: ${(error as Error).message}`);
      code = 1;
    }
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const ds = await migratedDataSource(db.url, config);
  let demoAccounts: Awaited<ReturnType<typeof existingDemoAccounts>> = [];
  try {
    if (demo) {
      await seedDemo(ds, { cipher: demoCipher(config) });
      demoAccounts = await existingDemoAccounts(ds);
    } else if (config.bootstrapAdmin) {
      await ensureBootstrapAdmin(ds, config.bootstrapAdmin);
    }
    if ((await countUsers(ds)) === 0) {
      logger.warn(
        'The database has no people yet: set ADMIN_EMAIL and ADMIN_PASSWORD to create the first HR lead, or start with --demo.',
      );
    }
  } finally {
    await ds.destroy();
  }

  const webDistDir = config.webDistDir ?? join(__dirname, '..', 'web', 'browser');
  const runtimeConfig: AppConfig = { ...config, webDistDir };
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config: runtimeConfig, databaseUrl: db.url, version: APP_VERSION }),
    createFastifyAdapter(runtimeConfig),
    { logger: new QuietLogger() },
  );
  running.app = app;
  await configureHttpApp(app, runtimeConfig, { version: APP_VERSION });
  await app.listen({ port: config.port, host: config.host });
  // Dashboards are fresh from the start (then every two minutes by the reporting job).
  app
    .get(ReportingRefreshService)
    .refresh()
    .catch((error: unknown) =>
      logger.warn(`Refreshing the reporting views failed: ${(error as Error).message}`),
    );
  const url = config.publicUrl;
  logger.log(`Database: ${db.description}`);
  console.log(`\n  MentorBridge is running at ${url}\n  API docs: ${url}/api/docs\n`);
  if (demoAccounts.length > 0) printDemoAccounts(demoAccounts);
}

function printDemoAccounts(
  accounts: { role: keyof typeof ROLE_LABELS; email: string; displayName: string }[],
) {
  if (accounts.length === 0) return;
  console.log(`  Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const account of accounts) {
    console.log(
      `    ${ROLE_LABELS[account.role].padEnd(10)} ${account.email.padEnd(22)} ${account.displayName}`,
    );
  }
  console.log('');
}

async function migratedDataSource(url: string, config: AppConfig) {
  const ds = await openDataSource(url, config);
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    if (applied.length) logger.log(`Applied ${applied.length} migration(s).`);
    return ds;
  } catch (error) {
    await ds.destroy();
    throw error;
  }
}

async function withDatabase(config: AppConfig, work: (db: ResolvedDatabase) => Promise<number>) {
  const db = await resolveDatabase(config);
  try {
    return await work(db);
  } finally {
    await db.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof EmbeddedDatabaseLockedError) {
      console.error(`\n${error.message}\n`);
    } else {
      logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    process.exit(1);
  },
);

/**
 * Re-wraps every pair key with the master key in NOTES_MASTER_KEY_NEW, in one transaction. With a
 * local key file (no NOTES_MASTER_KEY), the file then holds the new key; otherwise the operator
 * sets NOTES_MASTER_KEY to it before starting the API again.
 */
async function rotateMasterKey(
  db: ResolvedDatabase,
  config: AppConfig,
  next: Buffer,
): Promise<number> {
  const current = resolveMasterKey(config);
  if (next.equals(current)) {
    console.error('\nNOTES_MASTER_KEY_NEW is the master key already in use.\n');
    return 2;
  }
  const ds = await migratedDataSource(db.url, config);
  try {
    const count = await ds.transaction((manager) =>
      rewrapPairKeys(manager, new EnvelopeCipher(current), new EnvelopeCipher(next)),
    );
    if (!config.encryption.masterKey) {
      writeFileSync(config.encryption.localKeyFile, `${next.toString('base64')}\n`, {
        mode: 0o600,
      });
      logger.log(
        `Re-wrapped ${count} pair key(s); ${config.encryption.localKeyFile} now holds the new master key.`,
      );
    } else {
      logger.log(
        `Re-wrapped ${count} pair key(s). Set NOTES_MASTER_KEY to the new key (and keep the old one out of use) before starting the API again.`,
      );
    }
    return 0;
  } finally {
    await ds.destroy();
  }
}

/** The demo seed seals its sample notes with the same master key the server will use. */
function demoCipher(config: AppConfig): EnvelopeCipher {
  return new EnvelopeCipher(
    resolveMasterKey(config, (message) => new Logger('DemoSeed').warn(message)),
  );
}
