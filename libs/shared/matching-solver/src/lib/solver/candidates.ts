import { MatchingProblem, emptyRowView, pairScore, rowView } from '../problem';

export interface ProblemScan {
  /** Allowed pairs of each mentee with capacity > 1 (others: 0, not needed). */
  groupDegree: Int32Array;
  /** Per mentee: every usable pair outside its row picks scores at most this (−∞: none is
   * outside; +∞: no bound). Pricing skips a row when this cannot beat the mentee's price. */
  rowBound: Float64Array;
  /** Candidate rows (weights not filled yet: see `scaling.ts`). */
  start: Int32Array;
  mentor: Int32Array;
  score: Float64Array;
}

export interface CandidateOptions {
  perMentee: number;
  perMentorSlot: number;
}

/**
 * One pass over all allowed pairs: the largest |score|, the best `perMentee` mentors of each
 * mentee and the best mentees of each mentor (2 × capacity + perMentorSlot). Their union is the
 * first candidate subgraph. Pairs with a zero-capacity side can never be used and are left out.
 */
export function scanAndSelect(p: MatchingProblem, opt: CandidateOptions): ProblemScan {
  const n = p.menteeIds.length;
  const m = p.mentorIds.length;
  const groupDegree = new Int32Array(n);
  const rows = new RowPicks(Math.max(0, opt.perMentee), n, p.mentorCapacity);
  const cols = new ColumnPicks(p.mentorCapacity, opt.perMentorSlot);
  const closed = new Float64Array(m).fill(Infinity);
  const rowBound = new Float64Array(n);
  const view = emptyRowView();
  for (let i = 0; i < n; i++) {
    const { cols: index, values, start, end } = rowView(p, i, view);
    const open = p.menteeCapacity[i] > 0;
    const floors = open ? cols.floor : closed;
    if (index === null) scanDenseRow(values, start, m, i, rows, cols, floors);
    else scanSparseRow(values, index, start, end, i, rows, cols, floors);
    rowBound[i] = rows.bound();
    rows.commit(i);
    if (p.menteeCapacity[i] > 1) {
      let deg = 0;
      for (let q = start; q < end; q++) if (values[q] === values[q]) deg++;
      groupDegree[i] = deg;
    }
  }
  const merged = mergePicks(p, rows.start, rows.picks, cols.start, cols.size, cols.mentee);
  return { groupDegree, rowBound, ...merged };
}

function scanDenseRow(
  values: Float64Array,
  start: number,
  m: number,
  i: number,
  rows: RowPicks,
  cols: ColumnPicks,
  floors: Float64Array,
): void {
  let floor = rows.reset(floors === cols.floor);
  for (let j = 0; j < m; j++) {
    const s = values[start + j];
    if (s > floor) floor = rows.offer(s, j);
    if (s > floors[j]) cols.push(j, s, i);
  }
}

function scanSparseRow(
  values: Float64Array,
  index: Int32Array,
  start: number,
  end: number,
  i: number,
  rows: RowPicks,
  cols: ColumnPicks,
  floors: Float64Array,
): void {
  let floor = rows.reset(floors === cols.floor);
  for (let q = start; q < end; q++) {
    const s = values[q];
    const j = index[q];
    if (s > floor) floor = rows.offer(s, j);
    if (s > floors[j]) cols.push(j, s, i);
  }
}

/** The best k mentors of the current mentee (insertion into a short sorted list). */
class RowPicks {
  readonly score: Float64Array;
  readonly mentor: Int32Array;
  readonly start: Int32Array;
  readonly picks: Int32Array;
  count = 0;
  total = 0;
  /** Scores at or below this cannot enter (−∞ until k are held, +∞ when nothing may enter). */
  floor = Infinity;

  constructor(
    private readonly k: number,
    n: number,
    private readonly mentorCapacity: Float64Array,
  ) {
    this.score = new Float64Array(k);
    this.mentor = new Int32Array(k);
    this.start = new Int32Array(n + 1);
    this.picks = new Int32Array(n * k);
  }

  reset(open: boolean): number {
    this.count = 0;
    return (this.floor = open && this.k > 0 ? -Infinity : Infinity);
  }

  /** Returns the new floor. */
  offer(s: number, j: number): number {
    if (this.mentorCapacity[j] === 0) return this.floor;
    const { score, mentor, k } = this;
    let pos = this.count < k ? this.count++ : k - 1;
    while (pos > 0 && score[pos - 1] < s) {
      score[pos] = score[pos - 1];
      mentor[pos] = mentor[pos - 1];
      pos--;
    }
    score[pos] = s;
    mentor[pos] = j;
    if (this.count === k) this.floor = score[k - 1];
    return this.floor;
  }

  /** Upper bound on the scores left out of this row's picks. */
  bound(): number {
    if (this.k === 0) return Infinity;
    return this.count === this.k ? this.score[this.k - 1] : -Infinity;
  }

  commit(i: number): void {
    for (let c = 0; c < this.count; c++) this.picks[this.total++] = this.mentor[c];
    this.start[i + 1] = this.total;
  }
}

/** Per mentor, a min-heap of its best mentees (2 × capacity + extra of them). */
class ColumnPicks {
  readonly start: Int32Array;
  readonly size: Int32Array;
  readonly score: Float64Array;
  readonly mentee: Int32Array;
  /** A score must exceed floor[j] to enter (−∞ until full, +∞ for no picks). */
  readonly floor: Float64Array;

  constructor(capacity: Float64Array, extra: number) {
    const m = capacity.length;
    this.start = new Int32Array(m + 1);
    this.floor = new Float64Array(m);
    for (let j = 0; j < m; j++) {
      const cap = Math.min(capacity[j], 1000);
      const picks = cap > 0 ? Math.max(0, 2 * cap + extra) : 0;
      this.start[j + 1] = this.start[j] + picks;
      this.floor[j] = picks > 0 ? -Infinity : Infinity;
    }
    this.size = new Int32Array(m);
    this.score = new Float64Array(this.start[m]);
    this.mentee = new Int32Array(this.start[m]);
  }

  push(j: number, s: number, i: number): void {
    const { score, mentee } = this;
    const base = this.start[j];
    const cap = this.start[j + 1] - base;
    let size = this.size[j];
    let pos: number;
    if (size < cap) {
      pos = size++;
      this.size[j] = size;
      while (pos > 0) {
        const parent = (pos - 1) >> 1;
        if (score[base + parent] <= s) break;
        score[base + pos] = score[base + parent];
        mentee[base + pos] = mentee[base + parent];
        pos = parent;
      }
    } else {
      pos = 0;
      for (;;) {
        let child = 2 * pos + 1;
        if (child >= size) break;
        if (child + 1 < size && score[base + child + 1] < score[base + child]) child++;
        if (score[base + child] >= s) break;
        score[base + pos] = score[base + child];
        mentee[base + pos] = mentee[base + child];
        pos = child;
      }
    }
    score[base + pos] = s;
    mentee[base + pos] = i;
    if (size === cap) this.floor[j] = score[base];
  }
}

function mergePicks(
  p: MatchingProblem,
  rowPickStart: Int32Array,
  rowPicks: Int32Array,
  colStart: Int32Array,
  colSize: Int32Array,
  colMentee: Int32Array,
): { start: Int32Array; mentor: Int32Array; score: Float64Array } {
  const n = p.menteeIds.length;
  const m = p.mentorIds.length;
  // Column picks grouped by mentee (counting sort).
  const byMenteeStart = new Int32Array(n + 1);
  for (let j = 0; j < m; j++) {
    for (let q = colStart[j]; q < colStart[j] + colSize[j]; q++) byMenteeStart[colMentee[q] + 1]++;
  }
  for (let i = 0; i < n; i++) byMenteeStart[i + 1] += byMenteeStart[i];
  const fill = byMenteeStart.slice(0, n);
  const byMentee = new Int32Array(byMenteeStart[n]);
  for (let j = 0; j < m; j++) {
    for (let q = colStart[j]; q < colStart[j] + colSize[j]; q++) byMentee[fill[colMentee[q]]++] = j;
  }
  const upper = rowPicks.length + byMentee.length;
  const start = new Int32Array(n + 1);
  const mentor = new Int32Array(upper);
  const stamp = new Int32Array(m);
  let q = 0;
  for (let i = 0; i < n; i++) {
    start[i] = q;
    for (let r = rowPickStart[i]; r < rowPickStart[i + 1]; r++) {
      stamp[rowPicks[r]] = i + 1;
      mentor[q++] = rowPicks[r];
    }
    for (let r = byMenteeStart[i]; r < byMenteeStart[i + 1]; r++) {
      const j = byMentee[r];
      if (stamp[j] === i + 1) continue;
      stamp[j] = i + 1;
      mentor[q++] = j;
    }
  }
  start[n] = q;
  const picked = mentor.slice(0, q);
  return { start, mentor: picked, score: scoresOf(p, start, picked) };
}

/** Scores of the pairs (mentee rows given by `start`, mentors by `mentor`). */
export function scoresOf(p: MatchingProblem, start: Int32Array, mentor: Int32Array): Float64Array {
  const score = new Float64Array(mentor.length);
  const m = p.mentorIds.length;
  for (let i = 0; i + 1 < start.length; i++) {
    for (let e = start[i]; e < start[i + 1]; e++) {
      score[e] = p.dense ? p.dense[i * m + mentor[e]] : pairScore(p, i, mentor[e]);
    }
  }
  return score;
}
