import { buildDataSourceOptions } from '@mentorbridge/api-core';
import { testDatabaseUrl, migrateTestDatabase } from '@mentorbridge/api-testing';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from '../app/entities';
import { schemaDiff } from '../commands/schema-diff';

// Rolling every migration back and forward again: migrations-roundtrip.spec.ts (own database).
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

  it('never lets the application create the schema by itself', () => {
    expect(buildDataSourceOptions('postgres://x@localhost/x', ALL_ENTITIES).synchronize).toBe(
      false,
    );
  });
});
