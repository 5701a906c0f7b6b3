import { RefreshKeyedCache } from './refresh-cache';

describe('RefreshKeyedCache', () => {
  const first = new Date('2026-11-26T10:00:00Z');
  const second = new Date('2026-11-26T10:02:00Z');

  it('reuses a result for the same key and refresh within the time limit', async () => {
    const cache = new RefreshKeyedCache<number>(10_000, 10);
    let runs = 0;
    const compute = async () => ++runs;
    expect(await cache.get('exec', first, compute, 0)).toBe(1);
    expect(await cache.get('exec', first, compute, 9_999)).toBe(1);
    // Time limit reached, a newer refresh, another key: computed again.
    expect(await cache.get('exec', first, compute, 10_000)).toBe(2);
    expect(await cache.get('exec', second, compute, 10_001)).toBe(3);
    expect(await cache.get('hr', second, compute, 10_002)).toBe(4);
  });

  it('shares one computation between concurrent callers and keeps no failure', async () => {
    const cache = new RefreshKeyedCache<string>(10_000, 10);
    let runs = 0;
    let fail = true;
    const compute = () =>
      new Promise<string>((resolve, reject) => {
        runs++;
        setTimeout(() => (fail ? reject(new Error('down')) : resolve('ok')), 5);
      });
    const both = [cache.get('k', first, compute, 0), cache.get('k', first, compute, 1)];
    await expect(Promise.all(both)).rejects.toThrow('down');
    expect(runs).toBe(1);
    fail = false;
    expect(await cache.get('k', first, compute, 2)).toBe('ok');
    expect(runs).toBe(2);
  });

  it('keeps at most maxEntries keys, dropping the oldest', async () => {
    const cache = new RefreshKeyedCache<string>(10_000, 2);
    for (const key of ['a', 'b', 'c']) await cache.get(key, first, async () => key, 0);
    expect(cache.size).toBe(2);
    let recomputed = false;
    await cache.get('a', first, async () => ((recomputed = true), 'a'), 1);
    expect(recomputed).toBe(true);
  });
});
