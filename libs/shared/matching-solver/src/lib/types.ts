/** The instance format this library reads (see docs/matching.md and the contract). */
export const MATCHING_FORMAT = 'mentorbridge.matching/v1';

export interface MentorInput {
  id: string;
  capacity: number;
}

export interface MenteeInput {
  id: string;
  /** Defaults to 1. */
  capacity?: number;
}

/** The JSON instance as written in a file (contract `mentorbridge.matching/v1`). */
export interface MatchingInstance {
  format: string;
  mentors: MentorInput[];
  mentees: MenteeInput[];
  /** `[mentorId, menteeId, score]`; an unlisted pair is forbidden. */
  pairs?: [string, string, number][] | null;
  /** One row per mentee, one column per mentor; `null` marks a forbidden pair. */
  scores?: (number | null)[][] | null;
}

export interface Assignment {
  mentor: string;
  mentee: string;
  score: number;
}

/**
 * Dual prices of a lexicographic (pairs, score) optimum. Each price is a pair (count part, score
 * part) compared lexicographically: weight of a pair is (1, score). See docs/matching.md.
 */
export interface DualCertificate {
  menteeCount: Float64Array;
  menteeScore: Float64Array;
  mentorCount: Float64Array;
  mentorScore: Float64Array;
}

export interface SolveStats {
  /** Candidate pairs in the sparse subgraph at the end. */
  subgraphPairs: number;
  /** Pricing rounds over all pairs (1 when the first candidate set was already optimal). */
  rounds: number;
  /** Shortest-path searches (one per routed unit, including repairs). */
  searches: number;
  /** Scores were scaled to integers by 10^decimals (exact arithmetic), or -1 (floating). */
  decimals: number;
  /** Largest violation tolerated by the pricing check, in score units (0 when exact). */
  tolerance: number;
  millis: number;
  /** Time in the first pass over all pairs (candidates, degrees, scaling). */
  scanMs: number;
  /** Time estimating prices by auction (warm start). */
  auctionMs: number;
  bids: number;
  /** Time in shortest-path searches. */
  flowMs: number;
  /** Time pricing all pairs. */
  pricingMs: number;
}

/** The result as written by the CLI (contract), plus optional proof and statistics. */
export interface MatchingResult {
  assignments: Assignment[];
  unmatchedMentees: string[];
  objective: { matched: number; totalScore: number };
  optimal: boolean;
  certificate?: DualCertificate;
  stats?: SolveStats;
}

export interface SolveOptions {
  /** `exact` (default) or `greedy` (fast heuristic, reports `optimal: false`). */
  mode?: 'exact' | 'greedy';
  /** Candidates kept per mentee before pricing (default 10). */
  candidatesPerMentee?: number;
  /** Candidates kept per mentor before pricing (default 2 × capacity + 4). */
  candidatesPerMentorSlot?: number;
  /** Estimate prices by a coarse auction before the exact solve (default true). */
  warmStart?: boolean;
  /** Final auction increment relative to the score range (default 1e-3). */
  auctionEpsilon?: number;
  /** After the auction, add up to this many pairs per mentee that look better at its prices
   * (0 = off; default 8 when the auction saw competition, else 0). */
  prePricing?: number;
}
