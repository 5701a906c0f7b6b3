const encoder = new TextEncoder();

/**
 * Ids by their UTF-8 bytes (open addressing, FNV-1a), so ids in a large `pairs` list are resolved
 * without creating a string per occurrence.
 */
export class ByteInterner {
  private table: Int32Array = new Int32Array(1024);
  private pool: Uint8Array = new Uint8Array(4096);
  private poolSize = 0;
  private offsets: Int32Array = new Int32Array(256);
  private hashes: Int32Array = new Int32Array(256);
  size = 0;

  /** Index of the id, or -1. */
  find(bytes: Uint8Array, start: number, end: number): number {
    const h = hash(bytes, start, end);
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot] - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === h && this.equals(entry, bytes, start, end)) return entry;
    }
  }

  /** Adds a new id (the caller checked it is absent) and returns its index. */
  add(bytes: Uint8Array, start: number, end: number): number {
    if (2 * (this.size + 1) > this.table.length) this.rehash();
    const length = end - start;
    while (this.poolSize + length > this.pool.length) this.pool = grow8(this.pool);
    if (this.size + 2 > this.offsets.length) {
      this.offsets = grow32(this.offsets);
      this.hashes = grow32(this.hashes);
    }
    const index = this.size++;
    this.pool.set(bytes.subarray(start, end), this.poolSize);
    this.offsets[index] = this.poolSize;
    this.poolSize += length;
    this.offsets[index + 1] = this.poolSize;
    const h = hash(bytes, start, end);
    this.hashes[index] = h;
    this.place(index, h);
    return index;
  }

  addString(id: string): number {
    const bytes = encoder.encode(id);
    return this.add(bytes, 0, bytes.length);
  }

  findString(id: string): number {
    const bytes = encoder.encode(id);
    return this.find(bytes, 0, bytes.length);
  }

  bytesOf(index: number): Uint8Array {
    return this.pool.subarray(this.offsets[index], this.offsets[index + 1]);
  }

  private equals(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.offsets[entry];
    if (this.offsets[entry + 1] - from !== end - start) return false;
    for (let k = 0; k < end - start; k++)
      if (this.pool[from + k] !== bytes[start + k]) return false;
    return true;
  }

  private place(index: number, h: number): void {
    const mask = this.table.length - 1;
    let slot = h & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = index + 1;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    for (let index = 0; index < this.size; index++) this.place(index, this.hashes[index]);
  }
}

export function utf8(id: string): Uint8Array {
  return encoder.encode(id);
}

function hash(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k], 16777619);
  return h & 0x7fffffff;
}

function grow8(a: Uint8Array): Uint8Array {
  const b = new Uint8Array(a.length * 2);
  b.set(a);
  return b;
}

function grow32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
