import { MatchingProblem, emptyRowView, rowView } from '../problem';
import { candidateArcs } from './candidates';
import type { CandidateArcs, SubgraphFlow } from './flow';

export interface PricingResult {
  /** Arcs to add (violations, the most negative first per mentee), or null when certified. */
  extra: CandidateArcs | null;
  violations: number;
}

/**
 * Pricing over ALL allowed pairs outside the subgraph: with the final potentials, the reduced
 * cost (−1, −w) + p(mentee) − p(mentor) must be ≥ (0, −tolerance) lexicographically. A negative
 * count part means a longer matching may exist (cardinality); a negative score part means a better
 * score may exist. Up to `perMentee` of the worst offenders per mentee are returned.
 */
export function priceAllPairs(
  p: MatchingProblem,
  flow: SubgraphFlow,
  menteeCap: Int32Array,
  mentorCap: Int32Array,
  decimals: number,
  scale: number,
  tolerance: number,
  perMentee: number,
): PricingResult {
  const n = p.menteeIds.length;
  const m = p.mentorIds.length;
  const { pa, pb } = flow;
  const qa = pa.slice(n, n + m);
  const qb = pb.slice(n, n + m);
  // Fast test in score units: violation ⇔ count part < 0, or = 0 and s > threshold_j. With
  // integer working scores round(s·scale) > K ⇔ s·scale > K + 1/2 (a margin far above rounding).
  const inverse = 1 / scale;
  const slack = decimals < 0 ? tolerance : 0.5;
  const qs = new Float64Array(m);
  for (let j = 0; j < m; j++) qs[j] = mentorCap[j] === 0 ? -Infinity : qb[j] * inverse;
  const { start: arcStart, mentor: arcMentor } = flow.arcs;
  const stamp = new Int32Array(m);
  const worst = new Worst(perMentee);
  const extraStart = new Int32Array(n + 1);
  let extraMentor = new Int32Array(1024);
  let added = 0;
  let violations = 0;
  const view = emptyRowView();
  for (let i = 0; i < n; i++) {
    extraStart[i] = added;
    if (menteeCap[i] === 0) continue;
    for (let e = arcStart[i]; e < arcStart[i + 1]; e++) stamp[arcMentor[e]] = i + 1;
    const ua = pa[i] - 1;
    const ub = pb[i];
    const us = (ub + slack) * inverse;
    worst.count = 0;
    const { cols, values, start, end } = rowView(p, i, view);
    for (let q = start; q < end; q++) {
      const j = cols === null ? q - start : cols[q];
      const rca = ua - qa[j];
      if (rca > 0) continue;
      const s = values[q];
      if (rca === 0 && !(s > us - qs[j])) continue;
      if (s !== s || stamp[j] === i + 1 || mentorCap[j] === 0) continue;
      const rcb = ub - qb[j] - (decimals < 0 ? s : Math.round(s * scale));
      if (rca === 0 && rcb >= -tolerance) continue;
      violations++;
      worst.offer(rca, rcb, j);
    }
    const count = worst.count;
    if (added + count > extraMentor.length) {
      const bigger = new Int32Array(2 * (added + count));
      bigger.set(extraMentor);
      extraMentor = bigger;
    }
    for (let c = 0; c < count; c++) extraMentor[added++] = worst.mentor[c];
  }
  extraStart[n] = added;
  if (added === 0) return { extra: null, violations: 0 };
  return {
    extra: candidateArcs(p, extraStart, extraMentor.slice(0, added), decimals),
    violations,
  };
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
