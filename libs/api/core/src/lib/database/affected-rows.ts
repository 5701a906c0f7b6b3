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

/**
 * The rows of a raw `... RETURNING` statement run through TypeORM's `query()`: UPDATE and DELETE
 * resolve to `[rows, count]` on Postgres, INSERT and SELECT to the rows themselves.
 */
export function returnedRows<T>(result: unknown[]): T[] {
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
