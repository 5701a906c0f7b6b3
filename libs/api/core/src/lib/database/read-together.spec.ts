import type { EntityManager } from 'typeorm';
import { readTogether } from './read-together';

/** Reads that record when they start and end, finishing after `ms`. */
function recorder() {
  const events: string[] = [];
  const read =
    <T>(name: string, value: T, ms: number) =>
    () =>
      new Promise<T>((resolve) => {
        events.push(`start ${name}`);
        setTimeout(() => {
          events.push(`end ${name}`);
          resolve(value);
        }, ms);
      });
  return { events, read };
}

describe('readTogether', () => {
  it('runs the reads at once outside a transaction and returns their results in order', async () => {
    const { events, read } = recorder();
    const shared = { queryRunner: undefined } as unknown as EntityManager;
    const result = await readTogether(shared, read('a', 1, 20), read('b', 'two', 5));
    expect(result).toEqual([1, 'two']);
    expect(events).toEqual(['start a', 'start b', 'end b', 'end a']);
  });

  it('runs them one after the other on a transaction’s single connection', async () => {
    const { events, read } = recorder();
    const transactional = { queryRunner: {} } as unknown as EntityManager;
    const result = await readTogether(transactional, read('a', 1, 20), read('b', 'two', 5));
    expect(result).toEqual([1, 'two']);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b']);
  });
});
