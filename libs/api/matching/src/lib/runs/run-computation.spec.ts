import {
  DEFAULT_MATCHING_SETTINGS,
  HARD_RULE_LABELS,
  HardRule,
  MATCH_CRITERIA,
  MatchingSettings,
  MatchRunProgress,
  PairScore,
  PROGRAM_FORMATS,
  SeniorityLevel,
} from '@mentorbridge/shared-contracts';
import { MatchingInstance, solveMatching } from '@mentorbridge/matching-solver';
import fc from 'fast-check';
import { pairKey, scorePair } from '../scoring/pair-scoring';
import {
  computeRun,
  ProgressListener,
  ProposedPair,
  RunInputs,
  RunOutput,
  RunParticipant,
  scoringContext,
  UnmatchedReason,
} from './run-computation';

/**
 * computeRun scores with the fast scorer and hands the solver compressed rows; its output must
 * be what the straightforward version (scorePair on every pair, `[mentor, mentee, score]`
 * tuples for the solver) gives, kept below as the reference.
 */

const TAGS = ['Negotiation', 'negotiation ', 'Pricing', 'Leadership', 'Data analysis', 'Sales'];
const GOAL = 'Improve my negotiation and pricing; grow leadership with data analysis of sales';
const SLOTS = ['mon-am', 'tue-pm', 'wed-am', 'thu-pm'];
const MODES = ['video', 'in_person', 'phone'];
const LANGUAGES = ['English', 'German', 'French'];

const subset = <T>(pool: T[], max = pool.length) =>
  fc.subarray(pool, { maxLength: Math.min(max, pool.length) });

function participantArb(id: string, bosses: string[], maxCapacity: number) {
  return fc
    .record({
      expertise: subset(TAGS, 3),
      target_skills: subset(TAGS, 3),
      avoid_topics: subset(TAGS, 1),
      goal: fc.boolean(),
      preferred_seniority: fc.constantFrom('one_level_up', 'two_levels_up', 'senior_leader', 'any'),
      availability: subset(SLOTS),
      meeting_modes: subset(MODES),
      department: fc.constantFrom(null, 'Sales', 'Engineering', 'HR'),
      location: fc.constantFrom(null, 'Berlin', 'Lisbon'),
      timeZone: fc.constantFrom(null, 'Europe/Berlin', 'Europe/Lisbon', 'America/New_York'),
      seniorityLevel: fc.constantFrom<(SeniorityLevel | null)[]>(null, 1, 2, 3, 4, 5, 6),
      languages: subset(LANGUAGES, 2),
      reportingLine: subset(bosses, 2),
      capacity: fc.integer({ min: -1, max: maxCapacity }),
    })
    .map((r): RunParticipant => ({
      userId: id,
      displayName: id,
      answers: {
        expertise: r.expertise,
        target_skills: r.target_skills,
        avoid_topics: r.avoid_topics,
        goal: r.goal ? GOAL : '',
        preferred_seniority: r.preferred_seniority,
        availability: r.availability,
        meeting_modes: r.meeting_modes,
      },
      department: r.department,
      location: r.location,
      timeZone: r.timeZone,
      seniorityLevel: r.seniorityLevel,
      languages: r.languages,
      reportingLine: r.reportingLine,
      capacity: r.capacity,
    }));
}

const inputsArb: fc.Arbitrary<RunInputs> = fc
  .tuple(fc.nat({ max: 7 }), fc.nat({ max: 12 }))
  .chain(([m, n]) => {
    const mentorIds = Array.from({ length: m }, (_, j) => `mentor-${j}`);
    const menteeIds = Array.from({ length: n }, (_, i) => `mentee-${i}`);
    const pair = fc.tuple(
      fc.constantFrom(...mentorIds, 'gone'),
      fc.constantFrom(...menteeIds, 'gone'),
    );
    return fc.record({
      format: fc.constantFrom(...PROGRAM_FORMATS),
      at: fc.constantFrom('2027-01-15T12:00:00.000Z', '2027-07-15T12:00:00.000Z'),
      mentors: fc.tuple(...mentorIds.map((id) => participantArb(id, [], 3))),
      mentees: fc.tuple(...menteeIds.map((id) => participantArb(id, mentorIds, 2))),
      previousPairs: fc.array(
        pair.map(([a, b]) => pairKey(a, b)),
        { maxLength: 4 },
      ),
      bans: fc.array(
        pair.map(([a, b]) => pairKey(a, b)),
        { maxLength: 4 },
      ),
      pins: fc.array(pair, { maxLength: 3 }),
    });
  });

const settingsArb: fc.Arbitrary<MatchingSettings> = fc.record({
  ...Object.fromEntries(
    Object.entries(DEFAULT_MATCHING_SETTINGS).map(([key, value]) => [key, fc.constant(value)]),
  ),
  weights: fc.record(
    Object.fromEntries(MATCH_CRITERIA.map((c) => [c, fc.integer({ min: 0, max: 10 })])),
  ),
  departmentPreference: fc.constantFrom('different', 'same', 'none'),
  requireSharedLanguage: fc.boolean(),
  allowRepeatPairs: fc.boolean(),
}) as fc.Arbitrary<MatchingSettings>;

function run(
  compute: (i: RunInputs, s: MatchingSettings, p: ProgressListener) => RunOutput,
  inputs: RunInputs,
  settings: MatchingSettings,
) {
  const progress: MatchRunProgress[] = [];
  const output = compute(inputs, settings, (p) => progress.push(p));
  return { output, progress };
}

describe('computeRun', () => {
  it('gives the same proposals, reasons and progress as scoring every pair with scorePair', () => {
    fc.assert(
      fc.property(inputsArb, settingsArb, (inputs, settings) => {
        expect(run(computeRun, inputs, settings)).toEqual(
          run(referenceComputeRun, inputs, settings),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('explains mentees whom every mentor is forbidden for, most frequent rule first', () => {
    const person = (userId: string, languages: string[], reportingLine: string[] = []) => ({
      userId,
      displayName: userId,
      answers: {},
      department: null,
      location: null,
      timeZone: null,
      seniorityLevel: null,
      languages,
      reportingLine,
      capacity: 1,
    });
    const inputs: RunInputs = {
      format: 'one_on_one',
      at: '2027-01-15T12:00:00.000Z',
      mentors: [person('a', ['German']), person('b', ['German']), person('c', ['English'])],
      mentees: [person('x', ['English'], ['c'])],
      previousPairs: [],
      bans: [pairKey('a', 'x')],
      pins: [],
    };
    const { unmatched } = computeRun(inputs, DEFAULT_MATCHING_SETTINGS);
    expect(unmatched).toEqual([
      {
        userId: 'x',
        reason:
          // Ties keep the order in which the rules were first met (a: banned, c: manager).
          'No mentor with a free place can be paired with them: they share no language and the program requires one (2); ' +
          "an hr lead excluded this pair (1); the mentor is the mentee's manager or above them in the reporting line (1).",
      },
    ]);
    expect(computeRun(inputs, DEFAULT_MATCHING_SETTINGS)).toEqual(
      referenceComputeRun(inputs, DEFAULT_MATCHING_SETTINGS, () => undefined),
    );
  });
});

// ---- the reference: computeRun as it was before the fast scorer ------------------------------

function referenceComputeRun(
  inputs: RunInputs,
  settings: MatchingSettings,
  onProgress: ProgressListener,
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
