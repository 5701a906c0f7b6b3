/**
 * Results computed from the reporting views, reused while the refresh they came from is still
 * the latest one, and for at most `ttlMs` (the parts read from live tables are then at most that
 * old). Concurrent callers of the same key share one computation; a failed computation is not
 * kept. Keys must say everything the result depends on besides the data (e.g. who may see what).
 */
export class RefreshKeyedCache<T> {
  private readonly entries = new Map<
    string,
    { asOf: number; expires: number; value: Promise<T> }
  >();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  get(key: string, asOf: Date, compute: () => Promise<T>, now = Date.now()): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.asOf === asOf.getTime() && hit.expires > now) return hit.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { asOf: asOf.getTime(), expires: now + this.ttlMs, value });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
