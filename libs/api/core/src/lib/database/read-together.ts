import type { EntityManager } from 'typeorm';

type Reads<T extends readonly unknown[]> = { [K in keyof T]: () => Promise<T[K]> };

/**
 * Independent reads asked together: outside a transaction each takes its own pooled connection
 * and they run at once (a request waits for the slowest, not the sum); inside a transaction they
 * share one connection, which runs one statement at a time, so they are asked in turn.
 */
export async function readTogether<T extends readonly unknown[]>(
  manager: EntityManager,
  ...reads: Reads<T>
): Promise<T> {
  if (manager.queryRunner) {
    const results: unknown[] = [];
    for (const read of reads) results.push(await read());
    return results as unknown as T;
  }
  return (await Promise.all(reads.map((read) => read()))) as unknown as T;
}
