/**
 * Indexed binary min-heap over node ids, keyed by the pair (a[node], b[node]) compared
 * lexicographically. The key arrays are owned by the caller; call `update(node)` after lowering a
 * node's key.
 */
export class LexHeap {
  private readonly heap: Int32Array;
  private readonly pos: Int32Array;
  size = 0;

  constructor(
    capacity: number,
    private readonly a: Float64Array,
    private readonly b: Float64Array,
  ) {
    this.heap = new Int32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  push(node: number): void {
    this.heap[this.size] = node;
    this.pos[node] = this.size;
    this.up(this.size++);
  }

  /** The node's key decreased. */
  update(node: number): void {
    this.up(this.pos[node]);
  }

  pop(): number {
    const heap = this.heap;
    const top = heap[0];
    this.pos[top] = -1;
    const last = heap[--this.size];
    if (this.size > 0) {
      heap[0] = last;
      this.pos[last] = 0;
      this.down(0);
    }
    return top;
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.pos[this.heap[k]] = -1;
    this.size = 0;
  }

  private up(k: number): void {
    const { heap, pos, a, b } = this;
    const node = heap[k];
    const ka = a[node];
    const kb = b[node];
    while (k > 0) {
      const parent = (k - 1) >> 1;
      const p = heap[parent];
      const pa = a[p];
      if (pa < ka || (pa === ka && b[p] <= kb)) break;
      heap[k] = p;
      pos[p] = k;
      k = parent;
    }
    heap[k] = node;
    pos[node] = k;
  }

  private down(k: number): void {
    const { heap, pos, a, b } = this;
    const size = this.size;
    const node = heap[k];
    const ka = a[node];
    const kb = b[node];
    for (;;) {
      let child = 2 * k + 1;
      if (child >= size) break;
      let c = heap[child];
      let ca = a[c];
      let cb = b[c];
      if (child + 1 < size) {
        const r = heap[child + 1];
        const ra = a[r];
        if (ra < ca || (ra === ca && b[r] < cb)) {
          child++;
          c = r;
          ca = ra;
          cb = b[r];
        }
      }
      if (ka < ca || (ka === ca && kb <= cb)) break;
      heap[k] = c;
      pos[c] = k;
      k = child;
    }
    heap[k] = node;
    pos[node] = k;
  }
}
