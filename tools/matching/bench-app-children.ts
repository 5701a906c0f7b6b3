/**
 * The measured in-memory work of `npm run bench:matching-app`, each in its own child process:
 * `e2e` runs computeRun (fast scoring with every rule, the exact solve, breakdowns of the chosen
 * pairs, reasons for the unmatched) several times on the same generated profiles; `memory` runs
 * it once in a fresh process for the peak resident memory.
 */
import { DEFAULT_MATCHING_SETTINGS, MatchRunProgress } from '@mentorbridge/shared-contracts';
import { computeRun, FastScorer, RunInputs, RunOutput, scoringContext } from './app-computation';
import { generateOrganisation, toRunInputs } from './app-profiles';

/** Time-zone offsets are read at this fixed moment, so runs are reproducible. */
export const BENCH_AT = new Date('2027-01-15T12:00:00Z');

export interface Phases {
  /** Scoring all pairs with the hard rules into the solver's compressed rows. */
  scoringMs: number;
  solveMs: number;
  /** Breakdowns of the chosen pairs and the reasons for the unmatched. */
  explainMs: number;
}

export interface EndToEndReport {
  kind: 'e2e';
  /** First run in the process (cold JIT, as in the API's fresh worker thread). */
  coldMs: number;
  /** The following runs (wall clock), and the CPU time they took (all threads). */
  timesMs: number[];
  cpuMs: number[];
  phases: Phases[];
  cpuPhases: Phases[];
  pairs: number;
  allowedPairs: number;
  matched: number;
  unmatched: number;
  totalScore: number;
  optimal: boolean;
  peakRssMb: number;
}

export interface MemoryReport {
  kind: 'memory';
  ms: number;
  /** Resident memory with the profiles loaded, before the run. */
  beforeRssMb: number;
  peakRssMb: number;
}

const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

export function benchInputs(n: number, m: number, seed: number): RunInputs {
  return toRunInputs(generateOrganisation(n, m, seed), BENCH_AT);
}

function timedRun(inputs: RunInputs): {
  ms: number;
  cpuMs: number;
  phases: Phases;
  cpuPhases: Phases;
  output: RunOutput;
} {
  const marks: [MatchRunProgress, number, number][] = [];
  const cpu = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  const c0 = cpu();
  const t0 = performance.now();
  const output = computeRun(inputs, DEFAULT_MATCHING_SETTINGS, (p) =>
    marks.push([p, performance.now(), cpu()]),
  );
  const t1 = performance.now();
  const c1 = cpu();
  const at = (phase: string, percent: number, k: 1 | 2) =>
    marks.find(([p]) => p.phase === phase && p.percent === percent)?.[k] ?? NaN;
  const split = (start: number, end: number, k: 1 | 2): Phases => ({
    scoringMs: at('solving', 75, k) - start,
    solveMs: at('solving', 90, k) - at('solving', 75, k),
    explainMs: end - at('solving', 90, k),
  });
  return {
    ms: t1 - t0,
    cpuMs: c1 - c0,
    phases: split(t0, t1, 1),
    cpuPhases: split(c0, c1, 2),
    output,
  };
}

export function runEndToEnd(n: number, m: number, seed: number, reps: number): EndToEndReport {
  const inputs = benchInputs(n, m, seed);
  const cold = timedRun(inputs);
  const timesMs: number[] = [];
  const cpuMs: number[] = [];
  const phases: Phases[] = [cold.phases];
  const cpuPhases: Phases[] = [cold.cpuPhases];
  let last = cold;
  for (let r = 0; r < reps; r++) {
    last = timedRun(inputs);
    timesMs.push(last.ms);
    cpuMs.push(last.cpuMs);
    phases.push(last.phases);
    cpuPhases.push(last.cpuPhases);
  }
  const { output } = last;
  return {
    kind: 'e2e',
    coldMs: cold.ms,
    timesMs,
    cpuMs,
    phases,
    cpuPhases,
    pairs: n * m,
    allowedPairs: allowedPairs(inputs),
    matched: output.matched,
    unmatched: output.unmatched.length,
    totalScore: output.totalScore,
    optimal: output.optimal,
    peakRssMb: peakRssMb(),
  };
}

export function runMemory(n: number, m: number, seed: number): MemoryReport {
  const inputs = benchInputs(n, m, seed);
  const beforeRssMb = mb(process.memoryUsage().rss);
  const { ms } = timedRun(inputs);
  return { kind: 'memory', ms, beforeRssMb, peakRssMb: peakRssMb() };
}

/** Pairs no hard rule forbids (what the solver sees). */
function allowedPairs(inputs: RunInputs): number {
  const scorer = new FastScorer(
    inputs.mentors,
    inputs.mentees,
    scoringContext(inputs, DEFAULT_MATCHING_SETTINGS),
  );
  let allowed = 0;
  for (let i = 0; i < inputs.mentees.length; i++) {
    scorer.select(i);
    for (let j = 0; j < inputs.mentors.length; j++) if (scorer.rules(j) === 0) allowed++;
  }
  return allowed;
}
