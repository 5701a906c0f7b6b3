import { parseInstance } from './parse/parse-instance';
import type { MatchingProblem } from './problem';
import { solveExact } from './solver/solve';
import { solveGreedy } from './solver/greedy';
import type { MatchingInstance, MatchingResult, SolveOptions } from './types';
import { Verification, verifyResult } from './verify/verify';

function isProblem(value: unknown): value is MatchingProblem {
  return (
    typeof value === 'object' && value !== null && 'menteeIds' in value && 'mentorCapacity' in value
  );
}

/** Accepts a contract instance (validated; throws MatchingInputError) or an already parsed problem. */
export function toProblem(instance: MatchingInstance | MatchingProblem | unknown): MatchingProblem {
  return isProblem(instance) ? instance : parseInstance(instance);
}

/**
 * Solves a matching instance. The default mode is exact: the most pairs, then the highest total
 * score, with a dual certificate (`result.certificate`). `mode: 'greedy'` is a fast heuristic that
 * reports `optimal: false`.
 */
export function solveMatching(
  instance: MatchingInstance | MatchingProblem,
  options: SolveOptions = {},
): MatchingResult {
  const problem = toProblem(instance);
  return options.mode === 'greedy' ? solveGreedy(problem) : solveExact(problem, options);
}

/**
 * Checks a result independently of the solver: feasibility, the reported objective, and
 * optimality by weak duality (from `result.certificate`, or from shortest paths when absent).
 */
export function verifyOptimal(
  instance: MatchingInstance | MatchingProblem,
  result: MatchingResult,
): Verification {
  return verifyResult(toProblem(instance), result);
}

/** The result as the contract prints it (no certificate or statistics). */
export function toContractJson(result: MatchingResult): string {
  const { assignments, unmatchedMentees, objective, optimal } = result;
  return JSON.stringify({ assignments, unmatchedMentees, objective, optimal });
}
