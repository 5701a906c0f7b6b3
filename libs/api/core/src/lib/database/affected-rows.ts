/**
 * Number of rows touched by a raw `UPDATE/DELETE ... RETURNING` run through TypeORM's
 * `query()`: on Postgres it resolves to `[rows, count]`.
 */
export function affectedRows(result: unknown[]): number {
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[1];
  }
  return result.length;
}
