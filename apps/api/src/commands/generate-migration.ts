import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { schemaDiff } from './schema-diff';

/**
 * Writes a migration with the SQL that brings a fully migrated database in line with the
 * entities, and registers it in the migrations index. Review the file before committing.
 */
export async function generateMigration(
  dataSource: DataSource,
  name: string,
  migrationsDir: string,
): Promise<string | null> {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    throw new Error(`Migration name must be PascalCase letters and digits (got "${name}")`);
  }
  const diff = await schemaDiff(dataSource);
  if (diff.up.length === 0) return null;
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const fileBase = `${timestamp}-${name}`;
  const render = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${render(diff.up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${render([...diff.down].reverse())}
  }
}
`;
  const file = join(migrationsDir, `${fileBase}.ts`);
  writeFileSync(file, body);
  const indexFile = join(migrationsDir, 'index.ts');
  const source = readFileSync(indexFile, 'utf8');
  const importLine = `import { ${className} } from './${fileBase}';\n`;
  const lastImport = [...source.matchAll(/^import .*;\n/gm)].pop();
  const at = lastImport ? (lastImport.index ?? 0) + lastImport[0].length : 0;
  const index = (source.slice(0, at) + importLine + source.slice(at)).replace(
    /(export const MIGRATIONS: MigrationClass\[\] = \[)([\s\S]*?)(\];)/,
    (_m, head: string, list: string, tail: string) => {
      const items = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      items.push(className);
      return `${head}\n  ${items.join(',\n  ')},\n${tail}`;
    },
  );
  writeFileSync(indexFile, index);
  return file;
}
