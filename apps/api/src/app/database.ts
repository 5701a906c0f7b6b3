import { AppConfig, buildDataSourceOptions, startEmbeddedPostgres } from '@mentorbridge/api-core';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from './entities';

export interface ResolvedDatabase {
  url: string;
  /** Human-readable description for start-up messages (never includes a password). */
  description: string;
  stop(): Promise<void>;
}

/** The configured Postgres, or an embedded PGlite when DATABASE_URL is not set. */
export async function resolveDatabase(config: AppConfig): Promise<ResolvedDatabase> {
  if (config.database.kind === 'postgres') {
    return {
      url: config.database.url,
      description: `PostgreSQL at ${redact(config.database.url)}`,
      stop: async () => undefined,
    };
  }
  const embedded = await startEmbeddedPostgres(config.database.dataDir, {
    maxConnections: config.database.poolSize + 8,
  });
  return {
    url: embedded.url,
    description: config.database.dataDir.startsWith('memory://')
      ? 'embedded PGlite in memory (data is lost on exit)'
      : `embedded PGlite in ${config.database.dataDir}`,
    stop: () => embedded.stop(),
  };
}

/** A standalone DataSource for commands (migrate, seed, checks). */
export async function openDataSource(url: string, config: AppConfig): Promise<DataSource> {
  const dataSource = new DataSource(
    buildDataSourceOptions(url, ALL_ENTITIES, {
      poolSize: config.database.poolSize,
      applicationName: 'mentorbridge-cli',
    }),
  );
  return dataSource.initialize();
}

export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
