import type { SparseScores } from '../problem';
import { MatchingInputError, quoteId } from './errors';

/** Up to this many cells (128 MiB of Float64) the pairs are stored as a dense matrix. */
export const DENSE_CELL_LIMIT = 1 << 24;

export function preferDense(n: number, m: number, pairsHint: number): boolean {
  const cells = n * m;
  return cells <= DENSE_CELL_LIMIT && cells <= 8 * pairsHint + 4096;
}

/**
 * Collects allowed pairs by (mentee, mentor) index into a dense matrix (NaN = forbidden) or,
 * for large sparse instances, into compressed rows. A pair given twice is an error.
 */
export class PairStore {
  dense: Float64Array | null;
  private menteeOf = new Int32Array(0);
  private mentorOf = new Int32Array(0);
  private scoreOf = new Float64Array(0);
  private size = 0;

  private readonly cells: number;

  /** `pairsHint`: the number of pairs if known (else 0: dense up to 2^20 cells, otherwise start
   * compressed and switch to dense once the pairs fill a quarter of a matrix within the limit). */
  constructor(
    private readonly mentorIds: string[],
    private readonly menteeIds: string[],
    pairsHint: number,
  ) {
    this.cells = mentorIds.length * menteeIds.length;
    const dense =
      pairsHint > 0
        ? preferDense(menteeIds.length, mentorIds.length, pairsHint)
        : this.cells <= 1 << 20;
    this.dense = dense ? new Float64Array(this.cells).fill(NaN) : null;
    if (!dense) this.grow(Math.max(16, Math.min(pairsHint, 1 << 20)));
  }

  add(mentor: number, mentee: number, score: number, at: string): void {
    if (this.dense) {
      const cell = mentee * this.mentorIds.length + mentor;
      if (this.dense[cell] === this.dense[cell]) throw this.duplicate(mentor, mentee, at);
      this.dense[cell] = score;
      return;
    }
    if (this.size === this.menteeOf.length) {
      if (4 * this.size >= this.cells && this.cells <= DENSE_CELL_LIMIT) {
        this.toDense();
        this.add(mentor, mentee, score, at);
        return;
      }
      this.grow(2 * this.size);
    }
    this.menteeOf[this.size] = mentee;
    this.mentorOf[this.size] = mentor;
    this.scoreOf[this.size++] = score;
  }

  private duplicate(mentor: number, mentee: number, at: string): MatchingInputError {
    const pair = `(${quoteId(this.mentorIds[mentor])}, ${quoteId(this.menteeIds[mentee])})`;
    return new MatchingInputError(
      at ? `${at}: pair ${pair} is listed twice` : `pair ${pair} is listed twice in "pairs"`,
      at || 'pairs',
    );
  }

  private toDense(): void {
    const dense = new Float64Array(this.cells).fill(NaN);
    const m = this.mentorIds.length;
    for (let k = 0; k < this.size; k++) {
      const cell = this.menteeOf[k] * m + this.mentorOf[k];
      if (dense[cell] === dense[cell]) throw this.duplicate(this.mentorOf[k], this.menteeOf[k], '');
      dense[cell] = this.scoreOf[k];
    }
    this.dense = dense;
    this.menteeOf = this.mentorOf = new Int32Array(0);
    this.scoreOf = new Float64Array(0);
    this.size = 0;
  }

  private grow(capacity: number): void {
    const a = new Int32Array(capacity);
    a.set(this.menteeOf.subarray(0, this.size));
    const b = new Int32Array(capacity);
    b.set(this.mentorOf.subarray(0, this.size));
    const c = new Float64Array(capacity);
    c.set(this.scoreOf.subarray(0, this.size));
    this.menteeOf = a;
    this.mentorOf = b;
    this.scoreOf = c;
  }

  /** Compressed rows sorted by mentor (only when not dense). */
  finishSparse(): SparseScores {
    const n = this.menteeIds.length;
    const count = this.size;
    const rowStart = new Int32Array(n + 1);
    for (let k = 0; k < count; k++) rowStart[this.menteeOf[k] + 1]++;
    for (let i = 0; i < n; i++) rowStart[i + 1] += rowStart[i];
    const fill = rowStart.slice(0, n);
    const mentor = new Int32Array(count);
    const score = new Float64Array(count);
    for (let k = 0; k < count; k++) {
      const at = fill[this.menteeOf[k]]++;
      mentor[at] = this.mentorOf[k];
      score[at] = this.scoreOf[k];
    }
    this.menteeOf = this.mentorOf = new Int32Array(0);
    this.scoreOf = new Float64Array(0);
    const order: number[] = [];
    for (let i = 0; i < n; i++) {
      const lo = rowStart[i];
      const hi = rowStart[i + 1];
      let sorted = true;
      for (let k = lo + 1; k < hi; k++) if (mentor[k - 1] >= mentor[k]) sorted = false;
      if (sorted) continue;
      order.length = 0;
      for (let k = lo; k < hi; k++) order.push(k);
      order.sort((x, y) => mentor[x] - mentor[y]);
      const ms = order.map((k) => mentor[k]);
      const ss = order.map((k) => score[k]);
      for (let k = 0; k < ms.length; k++) {
        if (k > 0 && ms[k] === ms[k - 1]) throw this.duplicate(ms[k], i, '');
        mentor[lo + k] = ms[k];
        score[lo + k] = ss[k];
      }
    }
    return { rowStart, mentor, score };
  }
}
