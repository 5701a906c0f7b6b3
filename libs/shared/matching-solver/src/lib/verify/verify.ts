import {
  CompensatedSum,
  MatchingProblem,
  degrees,
  effectiveCapacities,
  emptyRowView,
  pairScore,
  rowView,
} from '../problem';
import type { DualCertificate, MatchingResult } from '../types';
import { dualsByShortestPaths } from './shortest-path-duals';

/** Relative tolerance on scores (the contract: totals to 1e-9 relative). */
export const SCORE_TOLERANCE = 1e-9;

export interface Verification {
  /** Assignments are allowed pairs, scores as given, no pair twice, no capacity exceeded. */
  feasible: boolean;
  /** Proven: no matching has more pairs, and none with as many pairs scores more than
   * `scoreGapBound` above this one (≤ 1e-9 relative). */
  optimal: boolean;
  matched: number;
  totalScore: number;
  /** Dual bound on the number of pairs (equals `matched` when cardinality is proven). */
  pairsBound: number;
  /** Dual bound minus total score, among matchings with `pairsBound` pairs. */
  scoreGapBound: number;
  /** Where the dual prices came from. */
  method: 'certificate' | 'shortest-paths';
  /** Human-readable reasons when something fails (at most a few). */
  problems: string[];
}

/**
 * Independent check of a result by weak LP duality (it shares no code with the solver).
 * Primal: x_ij ∈ {0,1} on allowed pairs, Σ_j x_ij ≤ a_i, Σ_i x_ij ≤ b_j, maximise Σ w_ij x_ij with
 * w_ij = (1, s_ij) compared lexicographically (pairs first, then score). For any u, v ≥ 0 and
 * z_ij = max(0, w_ij − u_i − v_j), every matching is worth at most
 * D = Σ a_i u_i + Σ b_j v_j + Σ z_ij. If D has the result's pair count, the count is maximum, and
 * D's score part minus the result's total bounds how much better any such matching can score.
 * Prices come from `result.certificate` or, without one, from shortest paths in the residual graph.
 */
export function verifyResult(p: MatchingProblem, result: MatchingResult): Verification {
  const n = p.menteeIds.length;
  const m = p.mentorIds.length;
  const problems: string[] = [];
  const fail = (msg: string): void => {
    if (problems.length < 5) problems.push(msg);
  };
  const menteeIndex = new Map<string, number>();
  p.menteeIds.forEach((id, i) => menteeIndex.set(id, i));
  const mentorIndex = new Map<string, number>();
  p.mentorIds.forEach((id, j) => mentorIndex.set(id, j));
  const menteeLoad = new Int32Array(n);
  const mentorLoad = new Int32Array(m);
  const seen = new Set<number>();
  const matchedPairs: number[] = [];
  const total = new CompensatedSum();
  let maxAbs = 0;
  for (const a of result.assignments) {
    const i = menteeIndex.get(a.mentee);
    const j = mentorIndex.get(a.mentor);
    if (i === undefined || j === undefined) {
      fail(`unknown person in assignment ${a.mentor}/${a.mentee}`);
      continue;
    }
    const s = pairScore(p, i, j);
    if (s !== s) fail(`forbidden pair ${a.mentor}/${a.mentee}`);
    else if (s !== a.score)
      fail(`score of ${a.mentor}/${a.mentee} is ${a.score}, instance says ${s}`);
    const key = i * m + j;
    if (seen.has(key)) fail(`pair ${a.mentor}/${a.mentee} assigned twice`);
    seen.add(key);
    matchedPairs.push(i, j);
    menteeLoad[i]++;
    mentorLoad[j]++;
    total.add(a.score);
    maxAbs = Math.max(maxAbs, Math.abs(a.score));
  }
  for (let i = 0; i < n; i++) {
    if (menteeLoad[i] > p.menteeCapacity[i]) fail(`mentee ${p.menteeIds[i]} over capacity`);
  }
  for (let j = 0; j < m; j++) {
    if (mentorLoad[j] > p.mentorCapacity[j]) fail(`mentor ${p.mentorIds[j]} over capacity`);
  }
  const unmatched = new Set(result.unmatchedMentees);
  let expectedUnmatched = 0;
  for (let i = 0; i < n; i++) {
    if (menteeLoad[i] > 0) continue;
    expectedUnmatched++;
    if (!unmatched.has(p.menteeIds[i]))
      fail(`mentee ${p.menteeIds[i]} missing from unmatchedMentees`);
  }
  if (
    unmatched.size !== expectedUnmatched ||
    result.unmatchedMentees.length !== expectedUnmatched
  ) {
    fail('unmatchedMentees lists mentees that have a partner (or lists one twice)');
  }
  const matched = result.assignments.length;
  const totalScore = total.value();
  if (result.objective.matched !== matched) fail('objective.matched differs from the assignments');
  if (
    !(
      Math.abs(result.objective.totalScore - totalScore) <=
      SCORE_TOLERANCE * Math.max(1, Math.abs(totalScore))
    )
  ) {
    fail(`objective.totalScore ${result.objective.totalScore} differs from the sum ${totalScore}`);
  }
  const feasible = problems.length === 0;

  const deg = degrees(p);
  const cap = effectiveCapacities(p, deg);
  const method = result.certificate ? 'certificate' : 'shortest-paths';
  const duals = result.certificate ?? dualsByShortestPaths(p, cap.mentee, cap.mentor, matchedPairs);
  const bound = dualBound(p, cap.mentee, cap.mentor, duals);
  maxAbs = Math.max(maxAbs, bound.maxAbsScore);
  const scoreGapBound = bound.score - totalScore;
  // Relative to the scores at stake; when they are all 0, rounding noise below 1e-12 is ignored.
  // (plus a few units of the smallest double, for subnormal scores).
  const scale = Math.max(Math.abs(totalScore), maxAbs);
  const tolerance = scale > 0 ? SCORE_TOLERANCE * scale + 1024 * Number.MIN_VALUE : 1e-12;
  let optimal = feasible;
  if (bound.pairs !== matched) {
    optimal = false;
    fail(`dual bound allows ${bound.pairs} pairs, the result has ${matched}`);
  } else if (!(scoreGapBound <= tolerance)) {
    optimal = false;
    fail(`dual bound on the score is ${scoreGapBound} above the total (tolerance ${tolerance})`);
  }
  return {
    feasible,
    optimal,
    matched,
    totalScore,
    pairsBound: bound.pairs,
    scoreGapBound,
    method,
    problems,
  };
}

/** D = Σ a_i max(u_i,0) + Σ b_j max(v_j,0) + Σ max(0, (1, s_ij) − u_i − v_j), lexicographic. */
function dualBound(
  p: MatchingProblem,
  a: Int32Array,
  b: Int32Array,
  d: DualCertificate,
): { pairs: number; score: number; maxAbsScore: number } {
  const n = p.menteeIds.length;
  const m = p.mentorIds.length;
  let pairs = 0;
  const score = new CompensatedSum();
  const uc = new Float64Array(n);
  const us = new Float64Array(n);
  const vc = new Float64Array(m);
  const vs = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const c = d.menteeCount[i];
    const s = d.menteeScore[i];
    if (c > 0 || (c === 0 && s > 0)) {
      uc[i] = c;
      us[i] = s;
      pairs += a[i] * c;
      score.add(a[i] * s);
    }
  }
  for (let j = 0; j < m; j++) {
    const c = d.mentorCount[j];
    const s = d.mentorScore[j];
    if (c > 0 || (c === 0 && s > 0)) {
      vc[j] = c;
      vs[j] = s;
      pairs += b[j] * c;
      score.add(b[j] * s);
    }
  }
  let maxAbsScore = 0;
  const view = emptyRowView();
  for (let i = 0; i < n; i++) {
    if (a[i] === 0) continue;
    const { cols, values, start, end } = rowView(p, i, view);
    const ci = 1 - uc[i];
    const si = us[i];
    for (let q = start; q < end; q++) {
      const s = values[q];
      if (s !== s) continue;
      const j = cols === null ? q - start : cols[q];
      if (b[j] === 0) continue;
      maxAbsScore = Math.max(maxAbsScore, Math.abs(s));
      const zc = ci - vc[j];
      if (zc < 0) continue;
      const zs = s - si - vs[j];
      if (zc > 0 || zs > 0) {
        pairs += zc;
        score.add(zs);
      }
    }
  }
  return { pairs, score: score.value(), maxAbsScore };
}
