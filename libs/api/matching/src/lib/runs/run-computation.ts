import {
  HARD_RULE_LABELS,
  HardRule,
  MatchingSettings,
  MatchRunProgress,
  PairScore,
  ProgramFormat,
} from '@mentorbridge/shared-contracts';
import { solveMatching, MatchingInstance } from '@mentorbridge/matching-solver';
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

  // 2. Score every other pair; forbidden pairs stay out of the instance.
  onProgress({ phase: 'scoring', percent: 5 });
  const pairs: [string, string, number][] = [];
  const allowedPerMentee = new Int32Array(mentees.length);
  const rulesPerMentee: Map<HardRule, number>[] = mentees.map(() => new Map());
  const step = Math.max(1, Math.floor(mentees.length / 20));
  for (let i = 0; i < mentees.length; i++) {
    const mentee = mentees[i];
    for (let j = 0; j < mentors.length; j++) {
      const mentor = mentors[j];
      if (pinned.has(pairKey(mentor.userId, mentee.userId))) continue;
      const scored = scorePair(mentor, mentee, ctx);
      if (scored.score === null) {
        for (const rule of scored.forbidden)
          rulesPerMentee[i].set(rule, (rulesPerMentee[i].get(rule) ?? 0) + 1);
        continue;
      }
      if (mentorFree[j] > 0) allowedPerMentee[i]++;
      pairs.push([mentor.userId, mentee.userId, scored.score]);
    }
    if (i % step === 0)
      onProgress({ phase: 'scoring', percent: 5 + Math.round((70 * (i + 1)) / mentees.length) });
  }

  // 3. Solve for the free places.
  onProgress({ phase: 'solving', percent: 75 });
  const instance: MatchingInstance = {
    format: 'mentorbridge.matching/v1',
    mentors: mentors.map((m, j) => ({ id: m.userId, capacity: mentorFree[j] })),
    mentees: mentees.map((e, i) => ({ id: e.userId, capacity: menteeFree[i] })),
    pairs,
    scores: null,
  };
  const result = solveMatching(instance);
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
      const rules = [...rulesPerMentee[i].entries()]
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

function pick(scored: PairScore): Pick<ProposedPair, 'score' | 'criteria'> {
  return { score: scored.score ?? 0, criteria: scored.criteria };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
