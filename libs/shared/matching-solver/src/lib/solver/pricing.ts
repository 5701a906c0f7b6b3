import { MatchingProblem, emptyRowView, rowView } from '../problem';
import { scoresOf } from './candidates';
import type { CandidateArcs, SubgraphFlow } from './flow';
import { isIntegral, weightsOf } from './scaling';

export interface PricingResult {
  /** Arcs to add (violations, the most negative first per mentee), or null when certified. */
  extra: CandidateArcs | null;
  violations: number;
  /** Integer mode only: a score that is not k/10^d came close enough to matter (re-solve in
   * floating mode). */
  nonIntegral: boolean;
}

/**
 * Pricing over ALL allowed pairs outside the subgraph: with the current potentials, the reduced
 * cost (−1, −w) + p(mentee) − p(mentor) must be ≥ (0, −tolerance) lexicographically. A negative
 * count part means a longer matching may exist (cardinality); a negative score part means a better
 * score may exist. Up to `perMentee` of the worst offenders per mentee are returned.
 *
 * Fast test in score units: a violation needs count part < 0, or = 0 and s > threshold_j. In
 * integer mode the threshold carries a margin of 10^-6 working units (far above the rounding of
 * the test, so integral scores are never missed); pairs past it take the exact path, where a
 * non-integral score is detected. A non-integral score can hide below the margin only by less
 * than 10^-6 / 10^d, which the independent verifier accounts for.
 */
export interface PricingContext {
  p: MatchingProblem;
  menteeCap: Int32Array;
  mentorCap: Int32Array;
  /** Upper bound on the scores of each mentee's pairs outside its initial picks. */
  rowBound: Float64Array;
  decimals: number;
  scale: number;
  tolerance: number;
  /** Integer mode: largest |score| whose integer keeps the arithmetic exact. */
  maxExactScore: number;
}

export function priceAllPairs(
  ctx: PricingContext,
  flow: SubgraphFlow,
  perMentee: number,
): PricingResult {
  const { p, menteeCap, mentorCap, rowBound, decimals, scale, tolerance, maxExactScore } = ctx;
  const n = p.menteeIds.length;
  const m = p.mentorIds.length;
  const { pa, pb, dirty } = flow;
  const qa = pa.slice(n, n + m);
  const qb = pb.slice(n, n + m);
  const inverse = 1 / scale;
  const slack = decimals < 0 ? tolerance : 1e-6;
  const qs = new Float64Array(m);
  // Row skipping: if all count parts are equal, a row whose pairs outside the picks score at
  // most rowBound[i] ≤ us − max_j qs[j] cannot hold a violation.
  let qaMax = -Infinity;
  let qaMin = Infinity;
  let qsMax = -Infinity;
  for (let j = 0; j < m; j++) {
    qs[j] = mentorCap[j] === 0 ? -Infinity : qb[j] * inverse;
    if (mentorCap[j] === 0) continue;
    if (qa[j] > qaMax) qaMax = qa[j];
    if (qa[j] < qaMin) qaMin = qa[j];
    if (qs[j] > qsMax) qsMax = qs[j];
  }
  const uniformCount = qaMax === qaMin;
  const { start: arcStart, mentor: arcMentor } = flow.arcs;
  // Incremental pricing: a pair's reduced cost changes only with its endpoints' potentials, so
  // after a repair only rows of changed mentees and columns of changed mentors are checked.
  let dirtyRows = 0;
  let dirtyCols = 0;
  for (let i = 0; i < n; i++) dirtyRows += dirty[i];
  for (let j = 0; j < m; j++) dirtyCols += dirty[n + j];
  const incremental = p.dense !== null && dirtyRows * m + 8 * dirtyCols * n < 0.5 * n * m;
  const stamp = new Int32Array(m);
  const worst = new Worst(perMentee);
  const found = new Violations();
  let nonIntegral = false;
  const view = emptyRowView();

  /** Exact test of one pair (after the fast test let it through); records a violation. */
  const exact = (i: number, j: number, s: number, rca: number, ub: number): void => {
    let w = s;
    if (decimals >= 0) {
      if (!isIntegral(s, scale) || Math.abs(s) > maxExactScore) nonIntegral = true;
      w = Math.round(s * scale);
    }
    const rcb = ub - qb[j] - w;
    if (rca === 0 && rcb >= -tolerance) return;
    worst.offer(rca, rcb, j);
  };

  for (let i = 0; i < n; i++) {
    if (menteeCap[i] === 0 || (incremental && !dirty[i])) continue;
    for (let e = arcStart[i]; e < arcStart[i + 1]; e++) stamp[arcMentor[e]] = i + 1;
    const ua = pa[i] - 1;
    const ub = pb[i];
    const us = (ub + slack) * inverse;
    if (ua - qaMax > 0 || (uniformCount && ua === qaMax && rowBound[i] <= us - qsMax)) continue;
    worst.count = 0;
    const { cols, values, start, end } = rowView(p, i, view);
    for (let q = start; q < end; q++) {
      const j = cols === null ? q - start : cols[q];
      const rca = ua - qa[j];
      if (rca > 0) continue;
      const s = values[q];
      if (rca === 0 && !(s > us - qs[j])) continue;
      if (s !== s || stamp[j] === i + 1 || mentorCap[j] === 0) continue;
      exact(i, j, s, rca, ub);
    }
    for (let c = 0; c < worst.count; c++) found.add(i, worst.mentor[c]);
  }
  if (incremental) {
    const dense = p.dense as Float64Array;
    for (let j = 0; j < m; j++) {
      if (!dirty[n + j] || mentorCap[j] === 0) continue;
      for (let i = 0; i < n; i++) {
        if (dirty[i] || menteeCap[i] === 0) continue;
        const rca = pa[i] - 1 - qa[j];
        if (rca > 0) continue;
        const s = dense[i * m + j];
        if (rca === 0 && !(s > (pb[i] + slack) * inverse - qs[j])) continue;
        if (s !== s || hasArc(arcStart, arcMentor, i, j)) continue;
        worst.count = 0;
        exact(i, j, s, rca, pb[i]);
        if (worst.count > 0) found.add(i, j);
      }
    }
  }
  dirty.fill(0);
  if (found.size === 0) return { extra: null, violations: 0, nonIntegral };
  const { start, mentor } = found.rows(n, perMentee);
  const score = scoresOf(p, start, mentor);
  const extra = { start, mentor, score, weight: weightsOf(score, decimals) };
  return { extra, violations: found.size, nonIntegral };
}

function hasArc(start: Int32Array, mentor: Int32Array, i: number, j: number): boolean {
  for (let e = start[i]; e < start[i + 1]; e++) if (mentor[e] === j) return true;
  return false;
}

/** Violating pairs in discovery order, grouped per mentee at the end. */
class Violations {
  private mentee = new Int32Array(256);
  private mentor = new Int32Array(256);
  size = 0;

  add(i: number, j: number): void {
    if (this.size === this.mentee.length) {
      const a = new Int32Array(2 * this.size);
      a.set(this.mentee);
      this.mentee = a;
      const b = new Int32Array(2 * this.size);
      b.set(this.mentor);
      this.mentor = b;
    }
    this.mentee[this.size] = i;
    this.mentor[this.size++] = j;
  }

  /** Compressed rows, at most `limit` per mentee (the first found: the worst of its row). */
  rows(n: number, limit: number): { start: Int32Array; mentor: Int32Array } {
    const start = new Int32Array(n + 1);
    for (let k = 0; k < this.size; k++) start[this.mentee[k] + 1]++;
    for (let i = 0; i < n; i++) start[i + 1] = start[i] + Math.min(limit, start[i + 1]);
    const fill = start.slice(0, n);
    const mentor = new Int32Array(start[n]);
    for (let k = 0; k < this.size; k++) {
      const i = this.mentee[k];
      if (fill[i] < start[i + 1]) mentor[fill[i]++] = this.mentor[k];
    }
    return { start, mentor };
  }
}

/** The `size` lexicographically smallest reduced costs of one row. */
class Worst {
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly mentor: Int32Array;
  count = 0;

  constructor(private readonly size: number) {
    this.a = new Float64Array(size);
    this.b = new Float64Array(size);
    this.mentor = new Int32Array(size);
  }

  offer(rca: number, rcb: number, j: number): void {
    const { a, b, mentor, size } = this;
    if (this.count === size) {
      const la = a[size - 1];
      if (rca > la || (rca === la && rcb >= b[size - 1])) return;
    }
    let pos = this.count < size ? this.count++ : size - 1;
    while (pos > 0 && (a[pos - 1] > rca || (a[pos - 1] === rca && b[pos - 1] > rcb))) {
      a[pos] = a[pos - 1];
      b[pos] = b[pos - 1];
      mentor[pos] = mentor[pos - 1];
      pos--;
    }
    a[pos] = rca;
    b[pos] = rcb;
    mentor[pos] = j;
  }
}
