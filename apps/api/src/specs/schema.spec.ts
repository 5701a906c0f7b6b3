import { buildDataSourceOptions, MIGRATIONS } from '@mentorbridge/api-core';
import { testDatabaseUrl, migrateTestDatabase } from '@mentorbridge/api-testing';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from '../app/entities';
import { schemaDiff } from '../commands/schema-diff';

describe('database schema', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    await migrateTestDatabase(ALL_ENTITIES);
    dataSource = await new DataSource(
      buildDataSourceOptions(testDatabaseUrl(), ALL_ENTITIES),
    ).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('matches the entities exactly once every migration has run (no migration missing)', async () => {
    const diff = await schemaDiff(dataSource);
    expect(diff.up).toEqual([]);
  });

  it('can roll every migration back and apply it again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++)
      await dataSource.undoLastMigration({ transaction: 'each' });
    const [{ tables }] = await dataSource.query(
      `SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'`,
    );
    expect(tables).toBe(0);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect((await schemaDiff(dataSource)).up).toEqual([]);
  });

  it('never lets the application create the schema by itself', () => {
    expect(buildDataSourceOptions('postgres://x@localhost/x', ALL_ENTITIES).synchronize).toBe(
      false,
    );
  });
});
