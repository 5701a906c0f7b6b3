/**
 * Validated instance in typed arrays. Scores are stored either densely (one row per mentee, one
 * column per mentor, NaN = forbidden) or as compressed rows (CSR, mentors ascending per row).
 */
export interface MatchingProblem {
  mentorIds: string[];
  menteeIds: string[];
  /** Integer capacities as given (may exceed 2^31). */
  mentorCapacity: Float64Array;
  menteeCapacity: Float64Array;
  dense: Float64Array | null;
  sparse: SparseScores | null;
}

export interface SparseScores {
  /** Row i (mentee i) owns entries rowStart[i] .. rowStart[i + 1] - 1. */
  rowStart: Int32Array;
  mentor: Int32Array;
  score: Float64Array;
}

/** One mentee's allowed pairs: entries start..end-1 of `values`; mentor = cols?.[k] ?? k - start. */
export interface RowView {
  cols: Int32Array | null;
  values: Float64Array;
  start: number;
  end: number;
}

export function menteeCount(p: MatchingProblem): number {
  return p.menteeIds.length;
}

export function mentorCount(p: MatchingProblem): number {
  return p.mentorIds.length;
}

/** Fills `view` with mentee i's row (dense rows contain NaN for forbidden pairs). */
export function rowView(p: MatchingProblem, i: number, view: RowView): RowView {
  if (p.dense) {
    const m = p.mentorIds.length;
    view.cols = null;
    view.values = p.dense;
    view.start = i * m;
    view.end = view.start + m;
  } else {
    const s = p.sparse as SparseScores;
    view.cols = s.mentor;
    view.values = s.score;
    view.start = s.rowStart[i];
    view.end = s.rowStart[i + 1];
  }
  return view;
}

export function emptyRowView(): RowView {
  return { cols: null, values: new Float64Array(0), start: 0, end: 0 };
}

/** Score of pair (mentee i, mentor j), or NaN when forbidden. */
export function pairScore(p: MatchingProblem, i: number, j: number): number {
  if (p.dense) return p.dense[i * p.mentorIds.length + j];
  const s = p.sparse as SparseScores;
  let lo = s.rowStart[i];
  let hi = s.rowStart[i + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = s.mentor[mid];
    if (c === j) return s.score[mid];
    if (c < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return NaN;
}

/** Usable pairs (allowed, both sides with capacity ≥ 1) per mentee and per mentor. */
export function degrees(p: MatchingProblem): { mentee: Int32Array; mentor: Int32Array } {
  const n = p.menteeIds.length;
  const m = p.mentorIds.length;
  const mentee = new Int32Array(n);
  const mentor = new Int32Array(m);
  const view = emptyRowView();
  for (let i = 0; i < n; i++) {
    if (p.menteeCapacity[i] === 0) continue;
    const { cols, values, start, end } = rowView(p, i, view);
    let d = 0;
    for (let k = start; k < end; k++) {
      const v = values[k];
      const j = cols === null ? k - start : cols[k];
      if (v !== v || p.mentorCapacity[j] === 0) continue;
      d++;
      mentor[j]++;
    }
    mentee[i] = d;
  }
  return { mentee, mentor };
}

/**
 * Capacities that can bind: a person never gets more partners than usable pairs, so
 * min(capacity, degree) is an equivalent (and valid) constraint.
 */
export function effectiveCapacities(
  p: MatchingProblem,
  deg: { mentee: Int32Array; mentor: Int32Array },
): { mentee: Int32Array; mentor: Int32Array } {
  const mentee = new Int32Array(deg.mentee.length);
  const mentor = new Int32Array(deg.mentor.length);
  for (let i = 0; i < mentee.length; i++) mentee[i] = Math.min(p.menteeCapacity[i], deg.mentee[i]);
  for (let j = 0; j < mentor.length; j++) mentor[j] = Math.min(p.mentorCapacity[j], deg.mentor[j]);
  return { mentee, mentor };
}

/** Sum with Neumaier compensation (error independent of the number of terms). */
export class CompensatedSum {
  private sum = 0;
  private c = 0;
  add(x: number): void {
    const t = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.c += this.sum - t + x;
    else this.c += x - t + this.sum;
    this.sum = t;
  }
  value(): number {
    return this.sum + this.c;
  }
}
