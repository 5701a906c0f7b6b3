import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SafeQueryLogger } from './safe-query-logger';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

/**
 * The one place TypeORM is configured. Schema changes only happen through the migrations in
 * ./migrations (synchronize stays off everywhere, tests included).
 */
export function buildDataSourceOptions(
  url: string,
  entities: EntityList,
  options: { poolSize?: number; applicationName?: string; logQueries?: boolean } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into Postgres 13+; no extension needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    logging: options.logQueries ? 'all' : ['error', 'warn', 'migration'],
    logger: new SafeQueryLogger({ queries: options.logQueries ?? false }),
    maxQueryExecutionTime: 2000,
    applicationName: options.applicationName ?? 'mentorbridge',
    extra: {
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
      // A down database must surface quickly as 503, not hang requests.
      query_timeout: 30000,
    },
  };
}
