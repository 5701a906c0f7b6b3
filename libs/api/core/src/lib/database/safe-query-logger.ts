import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM logger that never prints query parameters: they can hold password hashes, tokens or
 * personal data (note text is bound as a parameter, never written into the SQL). Failed queries
 * are logged with their SQL text and the error only, slow ones with their SQL text; successful
 * ones only when asked for (`queries`: DATABASE_LOG_QUERIES), as SQL text at debug level.
 */
export class SafeQueryLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('Database');

  constructor(private readonly options: { queries?: boolean } = {}) {}

  logQuery(query: string, _parameters?: unknown): void {
    if (this.options.queries) this.logger.debug(`Query: ${oneLine(query, 2000)}`);
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown): void {
    const message = error instanceof Error ? error.message : error;
    this.logger.error(`Query failed: ${message} — ${oneLine(query, 500)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${oneLine(query, 500)}`);
  }

  logSchemaBuild(): void {
    // Schema is built by migrations only.
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}

function oneLine(query: string, max: number): string {
  return query.replace(/\s+/g, ' ').slice(0, max);
}
