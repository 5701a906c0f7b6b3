/**
 * The measured work of the matching benchmark, each run in its own child process so that peak
 * memory is per solver and a slow peer can be killed: `solve` (our exact solver, timed several
 * times, verified, plus greedy) and `munkres` (the peer: dense Hungarian on the slot matrix).
 */
import { munkres } from 'munkres';
import { MatchingProblem, solveMatching, verifyOptimal } from '@mentorbridge/matching-solver';
import { Scenario, generate } from './instances';

export interface SolveReport {
  kind: 'solve';
  timesMs: number[];
  matched: number;
  totalScore: number;
  /** Independent check of the last answer (dual certificate over all pairs). */
  verified: boolean;
  scoreGapBound: number;
  greedyMatched: number;
  greedyTotal: number;
  /** Peak resident memory of the process after generating and solving (MB). */
  peakRssMb: number;
  pairs: number;
  stats: unknown;
}

export interface PeerReport {
  kind: 'munkres';
  ms: number;
  matched: number;
  totalScore: number;
  peakRssMb: number;
}

const rssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

export function runSolve(
  scenario: Scenario,
  n: number,
  m: number,
  cap: number,
  seed: number,
  reps: number,
): SolveReport {
  const problem = generate(scenario, n, m, cap, seed);
  const timesMs: number[] = [];
  let result = solveMatching(problem);
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    result = solveMatching(problem);
    timesMs.push(performance.now() - t0);
  }
  const peakRssMb = rssMb();
  const check = verifyOptimal(problem, result);
  const greedy = solveMatching(problem, { mode: 'greedy' });
  let pairs = 0;
  const dense = problem.dense as Float64Array;
  for (let q = 0; q < dense.length; q++) if (dense[q] === dense[q]) pairs++;
  return {
    kind: 'solve',
    timesMs,
    matched: result.objective.matched,
    totalScore: result.objective.totalScore,
    verified: check.optimal,
    scoreGapBound: check.scoreGapBound,
    greedyMatched: greedy.objective.matched,
    greedyTotal: greedy.objective.totalScore,
    peakRssMb,
    pairs,
    stats: result.stats,
  };
}

/**
 * Hungarian (munkres 2.0.4) on the mentees × mentor-slots matrix: cost −score, and a forbidden
 * pair costs P = (score range) · (n + 1) + 1, so one more real pair always beats any score
 * difference: the minimum cost is the lexicographic optimum (pairs first, then score).
 */
export function runMunkres(
  scenario: Scenario,
  n: number,
  m: number,
  cap: number,
  seed: number,
): PeerReport {
  const problem: MatchingProblem = generate(scenario, n, m, cap, seed);
  const dense = problem.dense as Float64Array;
  const slots: number[] = [];
  for (let j = 0; j < m; j++) for (let c = 0; c < problem.mentorCapacity[j]; c++) slots.push(j);
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of dense) {
    if (s !== s) continue;
    lo = Math.min(lo, s);
    hi = Math.max(hi, s);
  }
  const penalty = (hi - lo) * (n + 1) + 1;
  const rows: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(slots.length);
    for (let k = 0; k < slots.length; k++) {
      const s = dense[i * m + slots[k]];
      row[k] = s === s ? -s : penalty;
    }
    rows.push(row);
  }
  const t0 = performance.now();
  const assignment = munkres(rows);
  const ms = performance.now() - t0;
  let matched = 0;
  let totalScore = 0;
  for (const [i, k] of assignment) {
    const s = dense[i * m + slots[k]];
    if (s !== s) continue;
    matched++;
    totalScore += s;
  }
  return { kind: 'munkres', ms, matched, totalScore, peakRssMb: rssMb() };
}
