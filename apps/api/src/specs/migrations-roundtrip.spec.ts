import { buildDataSourceOptions, MIGRATIONS } from '@mentorbridge/api-core';
import { createIsolatedDatabase, IsolatedDatabase } from '@mentorbridge/api-testing';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from '../app/entities';
import { schemaSnapshot, SchemaSnapshot } from './schema-snapshot';

const MIGRATIONS_TABLE = 'schema_migrations';
/** TypeORM's own bookkeeping: the migrations table and its id sequence. */
const BOOKKEEPING = [MIGRATIONS_TABLE, `${MIGRATIONS_TABLE}_id_seq`];

/**
 * Migrations up → down → up leave an identical schema, and every down() restores exactly the
 * schema its up() started from. Runs on a database of its own (a new database on the Postgres
 * server, or a private PGlite), so the other specs' shared database is never half-migrated.
 */
describe('migrations up, down and up again', () => {
  let database: IsolatedDatabase;

  beforeAll(async () => {
    database = await createIsolatedDatabase('migrations');
  }, 60_000);
  afterAll(async () => {
    await database?.drop();
  });

  /** A DataSource on the isolated database that knows the first `count` migrations. */
  const open = (count: number = MIGRATIONS.length): Promise<DataSource> =>
    new DataSource({
      ...buildDataSourceOptions(database.url, ALL_ENTITIES, {
        poolSize: 2,
        applicationName: 'mentorbridge-test-migrations',
      }),
      migrations: MIGRATIONS.slice(0, count),
    }).initialize();
  const snapshot = (dataSource: DataSource) => schemaSnapshot(dataSource, { exclude: BOOKKEEPING });
  const appliedNames = async (dataSource: DataSource): Promise<string[]> =>
    (
      await dataSource.query<{ name: string }[]>(
        `SELECT name FROM "${MIGRATIONS_TABLE}" ORDER BY "timestamp", id`,
      )
    ).map((row) => row.name);

  it('reverts every migration to the schema before it and re-applies all to the same schema', async () => {
    // Up, one migration at a time, remembering the schema after each (afterStep[0]: empty).
    const afterStep: SchemaSnapshot[] = [];
    for (let count = 0; count <= MIGRATIONS.length; count++) {
      const dataSource = await open(count);
      try {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        expect(applied.map((m) => m.name)).toEqual(count === 0 ? [] : [MIGRATIONS[count - 1].name]);
        afterStep.push(await snapshot(dataSource));
      } finally {
        await dataSource.destroy();
      }
    }
    const migrated = afterStep[MIGRATIONS.length];
    expect(migrated.relations.length).toBeGreaterThan(10);
    expect(migrated.constraints.some((c) => c.type === 'f')).toBe(true);
    expect(migrated.indexes.length).toBeGreaterThan(migrated.relations.length);

    const dataSource = await open();
    try {
      // Down, one migration at a time, until none is left: each down() must give back exactly
      // the schema its up() started from (the failure names the migration).
      let applied = await appliedNames(dataSource);
      expect(applied).toEqual(MIGRATIONS.map((m) => m.name));
      while (applied.length > 0) {
        const reverted = applied[applied.length - 1];
        await dataSource.undoLastMigration({ transaction: 'each' });
        const remaining = await appliedNames(dataSource);
        expect(remaining).toEqual(applied.slice(0, -1));
        expectSameSchema(
          await snapshot(dataSource),
          afterStep[remaining.length],
          `${reverted}.down() did not restore the schema its up() started from`,
        );
        applied = remaining;
      }

      const empty = await snapshot(dataSource);
      expect(empty.relations).toEqual([]);
      expect(empty.enums).toEqual([]);
      expect(empty.domains).toEqual([]);
      expect(empty.functions).toEqual([]);

      // Up again, all at once: the same schema as the first time.
      const reapplied = await dataSource.runMigrations({ transaction: 'each' });
      expect(reapplied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
      expectSameSchema(
        await snapshot(dataSource),
        migrated,
        'the schema after up, down and up again differs from the first',
      );
      expect(await appliedNames(dataSource)).toEqual(MIGRATIONS.map((m) => m.name));
    } finally {
      await dataSource.destroy();
    }
  }, 180_000);
});

/** toEqual, with a first line that says which step broke (Jest's diff alone does not). */
function expectSameSchema(actual: SchemaSnapshot, expected: SchemaSnapshot, problem: string) {
  try {
    expect(actual).toEqual(expected);
  } catch (error) {
    throw new Error(`${problem}:\n${error instanceof Error ? error.message : String(error)}`);
  }
}
