import {
  HARD_RULE_LABELS,
  HardRule,
  MatchingSettings,
  MatchRunProgress,
  PairScore,
  ProgramFormat,
} from '@mentorbridge/shared-contracts';
import {
  MATCHING_FORMAT,
  MatchingProblem,
  parseInstance,
  solveMatching,
  SparseScores,
} from '@mentorbridge/matching-solver';
import { FastScorer, forEachKeyedPair, HARD_RULE_ORDER } from '../scoring/fast-scoring';
import { MatchingCandidate, pairKey, ScoringContext, scorePair } from '../scoring/pair-scoring';

/** Stored with every run: which scoring and solver produced it. */
export const SOLVER_VERSION = 'scoring/1 + exact-ssp/1';

export interface RunParticipant extends MatchingCandidate {
  displayName: string;
  /** Free places in this cohort (capacity minus live matches). */
  capacity: number;
}

/** Everything a run reads, stored with it so it can be reproduced and explained later. */
export interface RunInputs {
  format: ProgramFormat;
  /** When the run read its inputs (time-zone offsets are taken at this moment). */
  at: string;
  mentors: RunParticipant[];
  mentees: RunParticipant[];
  /** `mentor|mentee` keys of earlier pairs in the program. */
  previousPairs: string[];
  bans: string[];
  /** [mentorUserId, menteeUserId] HR wants kept in every run. */
  pins: [string, string][];
}

export interface ProposedPair {
  mentorUserId: string;
  menteeUserId: string;
  score: number;
  criteria: PairScore['criteria'];
}

export interface UnmatchedReason {
  userId: string;
  reason: string;
}

export interface RunOutput {
  proposals: ProposedPair[];
  unmatched: UnmatchedReason[];
  matched: number;
  totalScore: number;
  /** The solver proved the result is the best possible under the pins and bans. */
  optimal: boolean;
  /** Pins that could not be kept (left the cohort, now forbidden, no place left). */
  droppedPins: string[];
}

export type ProgressListener = (progress: MatchRunProgress) => void;

export function scoringContext(inputs: RunInputs, settings: MatchingSettings): ScoringContext {
  return {
    format: inputs.format,
    settings,
    previousPairs: new Set(inputs.previousPairs),
    bans: new Set(inputs.bans),
    at: new Date(inputs.at),
  };
}

/**
 * The whole run, without I/O: scores every mentor–mentee pair (hard rules remove pairs), keeps the
 * pins, then asks the exact solver for the most pairs with the highest total score under both
 * sides' free capacity. Runs in a worker thread in production (see match-run-executor.ts).
 */
export function computeRun(
  inputs: RunInputs,
  settings: MatchingSettings,
  onProgress: ProgressListener = () => undefined,
): RunOutput {
  const ctx = scoringContext(inputs, settings);
  const { mentors, mentees } = inputs;
  const mentorIndex = new Map(mentors.map((m, j) => [m.userId, j]));
  const menteeIndex = new Map(mentees.map((e, i) => [e.userId, i]));
  const mentorFree = mentors.map((m) => Math.max(0, m.capacity));
  const menteeFree = mentees.map((e) => Math.max(0, e.capacity));

  // 1. Pins first: they take their places before the solver sees the rest.
  const proposals: ProposedPair[] = [];
  const droppedPins: string[] = [];
  const pinned = new Set<string>();
  for (const [mentorId, menteeId] of inputs.pins) {
    const j = mentorIndex.get(mentorId);
    const i = menteeIndex.get(menteeId);
    if (j === undefined || i === undefined || mentorFree[j] === 0 || menteeFree[i] === 0) {
      droppedPins.push(pairKey(mentorId, menteeId));
      continue;
    }
    const scored = scorePair(mentors[j], mentees[i], ctx);
    if (scored.score === null) {
      droppedPins.push(pairKey(mentorId, menteeId));
      continue;
    }
    mentorFree[j]--;
    menteeFree[i]--;
    pinned.add(pairKey(mentorId, menteeId));
    proposals.push({ mentorUserId: mentorId, menteeUserId: menteeId, ...pick(scored) });
  }

  // 2. Score every other pair (fast scorer: numbers only); forbidden pairs stay out of the
  // problem, which is built directly as compressed rows (mentors ascending per mentee).
  onProgress({ phase: 'scoring', percent: 5 });
  const n = mentees.length;
  const m = mentors.length;
  const scorer = new FastScorer(mentors, mentees, ctx);
  const pinnedMentors: number[][] = mentees.map(() => []);
  forEachKeyedPair(
    pinned,
    mentors.map((p) => p.userId),
    mentees.map((p) => p.userId),
    (j, i) => pinnedMentors[i].push(j),
  );
  const skip = new Uint8Array(m);
  const rows = new CompressedRows(n, m);
  const hasFree = Uint8Array.from(mentorFree, (c) => (c > 0 ? 1 : 0));
  const everyMentorFree = !hasFree.includes(0);
  const allowedPerMentee = new Int32Array(n);
  // Per mentee and hard rule: how many mentors it forbids, and where a pair-by-pair scan first
  // met it (the reasons list ties in that order, as a Map filled pair by pair would).
  const rules = HARD_RULE_ORDER.length;
  const ruleStats = new Int32Array(n * 2 * rules);
  const step = Math.max(1, Math.floor(n / 20));
  for (let i = 0; i < n; i++) {
    for (const j of pinnedMentors[i]) skip[j] = 1;
    const start = rows.reserve(m);
    const end = scorer.scoreRow(
      i,
      pinnedMentors[i].length ? skip : null,
      rows.mentor,
      rows.score,
      start,
      ruleStats.subarray(i * 2 * rules, (i + 1) * 2 * rules),
    );
    rows.endRow(i, end);
    let allowed = end - start;
    if (!everyMentorFree) {
      allowed = 0;
      for (let k = start; k < end; k++) allowed += hasFree[rows.mentor[k]];
    }
    allowedPerMentee[i] = allowed;
    for (const j of pinnedMentors[i]) skip[j] = 0;
    if (i % step === 0)
      onProgress({ phase: 'scoring', percent: 5 + Math.round((70 * (i + 1)) / mentees.length) });
  }
  const rulesOf = (i: number): [HardRule, number][] =>
    HARD_RULE_ORDER.map((rule, r): [HardRule, number, number] => {
      const at = i * 2 * rules;
      return [rule, ruleStats[at + r], ruleStats[at + rules + r]];
    })
      .filter(([, count]) => count > 0)
      .sort((a, b) => a[2] - b[2])
      .map(([rule, count]) => [rule, count]);

  // 3. Solve for the free places. The people lists go through the solver's own validation (ids
  // unique, capacities whole numbers ≥ 0); the pairs are already in its typed layout.
  onProgress({ phase: 'solving', percent: 75 });
  const people = parseInstance({
    format: MATCHING_FORMAT,
    mentors: mentors.map((p, j) => ({ id: p.userId, capacity: mentorFree[j] })),
    mentees: mentees.map((e, i) => ({ id: e.userId, capacity: menteeFree[i] })),
    pairs: [],
  });
  const problem: MatchingProblem = { ...people, dense: null, sparse: rows.finish() };
  const result = solveMatching(problem);
  onProgress({ phase: 'solving', percent: 90 });
  for (const a of result.assignments) {
    const mentor = mentors[mentorIndex.get(a.mentor) as number];
    const mentee = mentees[menteeIndex.get(a.mentee) as number];
    proposals.push({
      mentorUserId: a.mentor,
      menteeUserId: a.mentee,
      ...pick(scorePair(mentor, mentee, ctx)),
    });
  }

  // 4. Why each mentee without a partner has none.
  const matchedMentees = new Set(proposals.map((p) => p.menteeUserId));
  const freePlaces = mentorFree.reduce((s, c) => s + c, 0);
  const unmatched: UnmatchedReason[] = [];
  mentees.forEach((mentee, i) => {
    if (matchedMentees.has(mentee.userId) || mentee.capacity <= 0) return;
    unmatched.push({ userId: mentee.userId, reason: unmatchedReason(i) });
  });

  function unmatchedReason(i: number): string {
    if (mentors.length === 0) return 'There are no approved mentors in this cohort yet.';
    if (freePlaces === 0) return 'Every mentor is at capacity.';
    if (allowedPerMentee[i] === 0) {
      const rules = rulesOf(i)
        .sort((a, b) => b[1] - a[1])
        .map(([rule, count]) => `${HARD_RULE_LABELS[rule].toLowerCase()} (${count})`);
      return rules.length
        ? `No mentor with a free place can be paired with them: ${rules.join('; ')}.`
        : 'No mentor with a free place can be paired with them.';
    }
    return (
      `Their ${allowedPerMentee[i]} possible mentor${allowedPerMentee[i] === 1 ? ' was' : 's were'} ` +
      'needed for other mentees so that as many people as possible are matched. More mentor places or fewer bans would help.'
    );
  }

  const totalScore = round2(proposals.reduce((s, p) => s + p.score, 0));
  onProgress({ phase: 'saving', percent: 95 });
  return {
    proposals,
    unmatched,
    matched: proposals.length,
    totalScore,
    optimal: result.optimal,
    droppedPins,
  };
}

/** Allowed pairs as compressed rows, filled mentee by mentee with mentors ascending. */
class CompressedRows {
  private readonly rowStart: Int32Array;
  mentor: Int32Array;
  score: Float64Array;
  private size = 0;

  constructor(n: number, m: number) {
    this.rowStart = new Int32Array(n + 1);
    // Room for every pair when n × m is moderate (up to 400 MB); beyond, grown as needed.
    const capacity = Math.min(n * m, 1 << 25);
    this.mentor = new Int32Array(capacity);
    this.score = new Float64Array(capacity);
  }

  /** Makes room for `count` more entries; returns where the next row starts. */
  reserve(count: number): number {
    if (this.size + count > this.mentor.length) {
      const capacity = Math.max(this.size + count, Math.ceil(this.mentor.length * 1.5));
      const mentor = new Int32Array(capacity);
      mentor.set(this.mentor.subarray(0, this.size));
      const score = new Float64Array(capacity);
      score.set(this.score.subarray(0, this.size));
      this.mentor = mentor;
      this.score = score;
    }
    return this.size;
  }

  endRow(i: number, end: number): void {
    this.size = end;
    this.rowStart[i + 1] = end;
  }

  finish(): SparseScores {
    return {
      rowStart: this.rowStart,
      mentor: this.mentor.subarray(0, this.size),
      score: this.score.subarray(0, this.size),
    };
  }
}

function pick(scored: PairScore): Pick<ProposedPair, 'score' | 'criteria'> {
  return { score: scored.score ?? 0, criteria: scored.criteria };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
