import type { DataSource } from 'typeorm';

/**
 * Everything a migration can change in the current schema, read from pg_catalog and rendered by
 * Postgres itself (format_type, pg_get_expr, pg_get_constraintdef, pg_get_indexdef…), each list
 * sorted so two snapshots of the same schema are deep-equal. Column order is left out: a column
 * dropped and added back keeps its meaning but not its position.
 */
export interface SchemaSnapshot {
  relations: { name: string; kind: string; definition: string | null }[];
  columns: {
    table: string;
    column: string;
    type: string;
    notNull: boolean;
    default: string | null;
    identity: string;
    generated: string;
    collation: string | null;
  }[];
  constraints: { table: string; name: string; type: string; definition: string }[];
  indexes: { table: string; name: string; definition: string }[];
  enums: { name: string; labels: string[] }[];
  domains: { name: string; type: string; notNull: boolean; default: string | null }[];
  functions: { name: string; arguments: string; definition: string }[];
  triggers: { table: string; name: string; definition: string }[];
}

/** Relations (and their columns, constraints, indexes, triggers) left out of the snapshot. */
export interface SnapshotOptions {
  exclude?: string[];
}

export async function schemaSnapshot(
  dataSource: DataSource,
  options: SnapshotOptions = {},
): Promise<SchemaSnapshot> {
  const exclude = options.exclude ?? [];
  const q = <T>(sql: string, params: unknown[] = [exclude]): Promise<T[]> =>
    dataSource.query(sql, params);
  const inSchema = `n.nspname = current_schema()`;
  const [relations, columns, constraints, indexes, enums, domains, functions, triggers] =
    await Promise.all([
      q<SchemaSnapshot['relations'][number]>(
        `SELECT c.relname AS name, c.relkind::text AS kind,
                CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS definition
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE ${inSchema} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')
            AND NOT c.relname = ANY($1)
          ORDER BY 1`,
      ),
      q<SchemaSnapshot['columns'][number]>(
        `SELECT c.relname AS "table", a.attname AS "column",
                format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
                pg_get_expr(d.adbin, d.adrelid) AS "default", a.attidentity::text AS identity,
                a.attgenerated::text AS generated, co.collname AS collation
           FROM pg_attribute a
           JOIN pg_class c ON c.oid = a.attrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
           LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
           LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 0
                                    AND co.collname <> 'default'
          WHERE ${inSchema} AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
            AND a.attnum > 0 AND NOT a.attisdropped AND NOT c.relname = ANY($1)
          ORDER BY 1, 2`,
      ),
      q<SchemaSnapshot['constraints'][number]>(
        `SELECT c.relname AS "table", con.conname AS name, con.contype::text AS type,
                pg_get_constraintdef(con.oid) AS definition
           FROM pg_constraint con
           JOIN pg_class c ON c.oid = con.conrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE ${inSchema} AND NOT c.relname = ANY($1)
          ORDER BY 1, 2, 4`,
      ),
      q<SchemaSnapshot['indexes'][number]>(
        `SELECT tablename AS "table", indexname AS name, indexdef AS definition
           FROM pg_indexes
          WHERE schemaname = current_schema() AND NOT tablename = ANY($1)
          ORDER BY 1, 2`,
      ),
      q<SchemaSnapshot['enums'][number]>(
        `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
           FROM pg_type t
           JOIN pg_namespace n ON n.oid = t.typnamespace
           JOIN pg_enum e ON e.enumtypid = t.oid
          WHERE ${inSchema}
          GROUP BY t.typname
          ORDER BY 1`,
        [],
      ),
      q<SchemaSnapshot['domains'][number]>(
        `SELECT t.typname AS name, format_type(t.typbasetype, t.typtypmod) AS type,
                t.typnotnull AS "notNull", t.typdefault AS "default"
           FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE ${inSchema} AND t.typtype = 'd'
          ORDER BY 1`,
        [],
      ),
      q<SchemaSnapshot['functions'][number]>(
        `SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS arguments,
                pg_get_functiondef(p.oid) AS definition
           FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE ${inSchema} AND p.prokind IN ('f', 'p')
          ORDER BY 1, 2`,
        [],
      ),
      q<SchemaSnapshot['triggers'][number]>(
        `SELECT c.relname AS "table", t.tgname AS name, pg_get_triggerdef(t.oid) AS definition
           FROM pg_trigger t
           JOIN pg_class c ON c.oid = t.tgrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE ${inSchema} AND NOT t.tgisinternal AND NOT c.relname = ANY($1)
          ORDER BY 1, 2`,
      ),
    ]);
  return { relations, columns, constraints, indexes, enums, domains, functions, triggers };
}
