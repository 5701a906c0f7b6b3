import type { DataSource } from 'typeorm';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/**
 * What TypeORM would still have to change to make the database match the entities. On a
 * database migrated to the latest version this must be empty: otherwise the entities and the
 * migrations disagree.
 */
export async function schemaDiff(dataSource: DataSource): Promise<SchemaDiff> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((q) => withParams(q.query, q.parameters)),
    down: sql.downQueries.map((q) => withParams(q.query, q.parameters)),
  };
}

function withParams(query: string, parameters: unknown[] | undefined): string {
  if (!parameters?.length) return query;
  return `${query} -- PARAMETERS: ${JSON.stringify(parameters)}`;
}
