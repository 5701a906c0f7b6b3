import { randomBytes } from 'node:crypto';
import type { DynamicModule, LoggerService, LogLevel, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  AppConfig,
  configureHttpApp,
  buildDataSourceOptions,
  CoreModule,
  createFastifyAdapter,
  EntityList,
  loadConfig,
  truncateAllTables,
} from '@mentorbridge/api-core';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestAppOptions {
  /** Domain modules under test (the apps/api spec passes the whole application). */
  imports: (Type<unknown> | DynamicModule)[];
  entities: EntityList;
  /** Extra environment for loadConfig, e.g. a low login rate limit. */
  env?: Record<string, string>;
  /** The app's logger (default: errors and warnings on the console). */
  logger?: LoggerService | LogLevel[];
}

export interface TestApp {
  app: NestFastifyApplication;
  server: Server;
  dataSource: DataSource;
  config: AppConfig;
  /** Empties every table (call in beforeEach so tests never see each other's data). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export function testDatabaseUrl(): string {
  const url = process.env['MB_TEST_DATABASE_URL'];
  if (!url) {
    throw new Error(
      'MB_TEST_DATABASE_URL is not set: add libs/api/testing/jest-global-setup.cjs as globalSetup of this Jest project.',
    );
  }
  return url;
}

/**
 * Boots the real Nest application stack (same HTTP setup, validation, error filter, guards and
 * Postgres as production) against the test database, migrated to the latest schema.
 */
const TEST_MASTER_KEY = randomBytes(32).toString('base64');

export async function createTestApp(options: TestAppOptions): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    JOBS_ENABLED: 'false',
    DATABASE_URL: testDatabaseUrl(),
    DATABASE_POOL_SIZE: '5',
    PUBLIC_URL: 'http://mentorbridge.test',
    MAIL_OUTBOX_DIR: join(tmpdir(), `mentorbridge-test-outbox-${process.pid}`),
    // A fresh master key per test process (notes are encrypted with pair keys it wraps).
    NOTES_MASTER_KEY: TEST_MASTER_KEY,
    ...options.env,
  });
  await migrateTestDatabase(options.entities);
  const moduleRef = await Test.createTestingModule({
    imports: [
      CoreModule.forRoot({
        config,
        databaseUrl: testDatabaseUrl(),
        entities: options.entities,
        version: 'test',
      }),
      ...options.imports,
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    createFastifyAdapter(config),
    {
      logger: options.logger ?? ['error', 'warn'],
    },
  );
  await configureHttpApp(app, config, { version: 'test' });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  return {
    app,
    server: app.getHttpServer() as Server,
    dataSource,
    config,
    reset: () => truncateAllTables(dataSource),
    close: () => app.close(),
  };
}

/** Brings the test database to the latest migration (a no-op once done). */
export async function migrateTestDatabase(entities: EntityList): Promise<void> {
  const dataSource = await new DataSource(
    buildDataSourceOptions(testDatabaseUrl(), entities, {
      poolSize: 1,
      applicationName: 'mentorbridge-test-migrate',
    }),
  ).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
