import {
  Answers,
  DEFAULT_MATCHING_SETTINGS,
  MATCH_CRITERIA,
  MatchingSettings,
  PROGRAM_FORMATS,
  SeniorityLevel,
} from '@mentorbridge/shared-contracts';
import fc from 'fast-check';
import { FastScorer, forEachKeyedPair, hardRulesOf, HARD_RULE_ORDER } from './fast-scoring';
import { MatchingCandidate, pairKey, ScoringContext, scorePair } from './pair-scoring';

/**
 * The fast scorer must give exactly (===, even the sign of zero) the score of `scorePair` and
 * exactly its hard rules, for every pair: checked on random people and settings built from
 * small pools so that collisions (same tags in other cases and spacing, same ids, same
 * departments and locations, equal offsets) are frequent.
 */

const TAGS = [
  'Negotiation',
  ' negotiation ',
  'NEGOTIATION',
  'Stakeholder management',
  'stakeholder  management',
  'Public speaking',
  'Pricing',
  'Leadership',
  'Team leadership',
  'Data analysis',
  'analysis',
  'Customers',
  'Go',
  'Machine learning & data',
  'Ünïcode çafé',
  'İstanbul',
  '',
  '   ',
];
const GOAL_WORDS = [
  'negotiation',
  'Negotiations',
  'stakeholder',
  'STAKEHOLDERS',
  'pricing',
  'leadership',
  'data',
  'analysis',
  'customers',
  'public',
  'speaking',
  'machine',
  'learning',
  'çafé',
  'the',
  'management',
  'skills',
  'grow',
  'and',
  'with',
];
const SLOTS = ['mon-am', 'MON-AM', 'tue-pm', 'wed-am', 'thu-pm', 'fri-am', ' fri-am'];
const MODES = ['video', 'in_person', 'Video', 'phone', 'chat'];
const LANGUAGES = ['English', 'english ', 'German', 'Portuguese', 'French'];
const USERS = ['u1', 'u2', 'u3', 'u4', 'a|b', 'a', 'b|c', 'boss'];
const ZONES = [
  null,
  '',
  'Europe/Berlin',
  'Europe/Lisbon',
  'Europe/London',
  'America/New_York',
  'America/Chicago',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Adelaide',
  'Europe/Moscow',
  'Asia/Dubai',
  'America/Sao_Paulo',
  'UTC',
  'Not/AZone',
];
const PREFERENCES = ['one_level_up', 'two_levels_up', 'senior_leader', 'any', 'something else'];

/** A list answer, or sometimes no list at all (missing, a string, a number, null). */
const listAnswer = (pool: string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.array(fc.constantFrom(...pool), { maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, 'Negotiation', 3) },
    {
      weight: 1,
      arbitrary: fc.array(fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 12 })), {
        maxLength: 5,
      }),
    },
  );

const goalAnswer = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...GOAL_WORDS), { maxLength: 14 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(42) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

const answersArb: fc.Arbitrary<Answers> = fc
  .record(
    {
      expertise: listAnswer(TAGS),
      target_skills: listAnswer(TAGS),
      avoid_topics: listAnswer(TAGS),
      goal: goalAnswer,
      preferred_seniority: fc.oneof(fc.constantFrom(...PREFERENCES), fc.constant(2)),
      availability: listAnswer(SLOTS),
      meeting_modes: listAnswer(MODES),
    },
    { requiredKeys: [] },
  )
  .map((raw) => {
    const answers: Answers = {};
    for (const [key, value] of Object.entries(raw)) {
      if (value === undefined) continue;
      answers[key] = (
        Array.isArray(value) && key === 'goal' ? value.join(' ') : value
      ) as Answers[string];
    }
    return answers;
  });

const candidateArb: fc.Arbitrary<MatchingCandidate> = fc.record({
  userId: fc.constantFrom(...USERS),
  answers: fc.oneof(
    { weight: 1, arbitrary: fc.constant({}) },
    { weight: 8, arbitrary: answersArb },
  ),
  department: fc.constantFrom(null, '', 'Sales', 'Engineering', 'sales', 'HR'),
  location: fc.constantFrom(null, '', 'Berlin', 'berlin', 'Lisbon', 'New York'),
  timeZone: fc.constantFrom(...ZONES),
  seniorityLevel: fc.constantFrom<(SeniorityLevel | null)[]>(null, 1, 2, 3, 4, 5, 6),
  languages: fc.array(fc.constantFrom(...LANGUAGES), { maxLength: 3 }),
  reportingLine: fc.array(fc.constantFrom(...USERS), { maxLength: 3 }),
});

const weightArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 10 }) },
);

const settingsArb: fc.Arbitrary<MatchingSettings> = fc.record({
  weights: fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record(Object.fromEntries(MATCH_CRITERIA.map((c) => [c, weightArb]))),
    },
    // Everything switched off, or only the penalty left.
    {
      weight: 1,
      arbitrary: fc.constantFrom(0, 4).map((avoid) => ({
        ...Object.fromEntries(MATCH_CRITERIA.map((c) => [c, 0])),
        avoid_topics: avoid,
      })),
    },
  ) as fc.Arbitrary<MatchingSettings['weights']>,
  departmentPreference: fc.constantFrom('different', 'same', 'none'),
  requireSharedLanguage: fc.boolean(),
  allowRepeatPairs: fc.boolean(),
  shortlistSize: fc.constant(5),
  requestExpiryDays: fc.constant(7),
  activateOnPublish: fc.boolean(),
});

const keysArb = fc
  .array(fc.tuple(fc.constantFrom(...USERS), fc.constantFrom(...USERS)), { maxLength: 6 })
  .map((pairs) => new Set(pairs.map(([a, b]) => pairKey(a, b))));

const contextArb: fc.Arbitrary<ScoringContext> = fc.record({
  format: fc.constantFrom(...PROGRAM_FORMATS),
  settings: settingsArb,
  previousPairs: keysArb,
  bans: keysArb,
  at: fc.constantFrom(
    new Date('2027-01-15T12:00:00Z'),
    new Date('2027-07-15T12:00:00Z'),
    new Date('2027-03-29T00:30:00Z'),
  ),
});

/** The score `scorePair` adds up for a pair, also when a hard rule forbids it. */
const summed = (result: ReturnType<typeof scorePair>) =>
  Math.round(result.criteria.reduce((sum, c) => sum + c.points, 0) * 100) / 100;

/** Checks every pair, visiting mentees in the given order (each possibly more than once). */
function expectSameAsScorePair(
  mentors: MatchingCandidate[],
  mentees: MatchingCandidate[],
  ctx: ScoringContext,
  order: number[] = mentees.map((_, i) => i),
): void {
  const scorer = new FastScorer(mentors, mentees, ctx);
  for (const i of order) {
    scorer.select(i);
    for (let j = 0; j < mentors.length; j++) {
      const expected = scorePair(mentors[j], mentees[i], ctx);
      const rules = scorer.rules(j);
      const score = scorer.score(j);
      const where = `mentor ${j} × mentee ${i}`;
      expect({ where, forbidden: hardRulesOf(rules) }).toEqual({
        where,
        forbidden: expected.forbidden,
      });
      expect({ where, score }).toEqual({ where, score: summed(expected) });
      if (rules === 0) expect(Object.is(score, expected.score)).toBe(true);
    }
  }
  // The whole-row path computeRun uses: allowed pairs in mentor order, every other mentor
  // skipped, and the per-rule counts with where each rule was first met.
  const row = new FastScorer(mentors, mentees, ctx);
  const skip = Uint8Array.from(mentors, (_, j) => j % 2);
  for (const i of order) {
    for (const skipped of [null, skip]) {
      const mentor = new Int32Array(mentors.length + 2).fill(-1);
      const score = new Float64Array(mentors.length + 2);
      const stats = new Int32Array(2 * HARD_RULE_ORDER.length);
      const end = row.scoreRow(i, skipped, mentor, score, 1, stats);
      const expected = {
        pairs: [] as [number, number][],
        counts: [0, 0, 0, 0, 0],
        first: [-1, -1, -1, -1, -1],
      };
      for (let j = 0; j < mentors.length; j++) {
        if (skipped?.[j]) continue;
        const scored = scorePair(mentors[j], mentees[i], ctx);
        if (scored.score !== null) expected.pairs.push([j, scored.score]);
        for (const rule of scored.forbidden) {
          const r = HARD_RULE_ORDER.indexOf(rule);
          if (expected.counts[r]++ === 0) expected.first[r] = j * HARD_RULE_ORDER.length + r;
        }
      }
      const pairs = Array.from(mentor.subarray(1, end), (j, k): [number, number] => [
        j,
        score[1 + k],
      ]);
      expect({ pairs, counts: [...stats.subarray(0, 5)], first: [...stats.subarray(5)] }).toEqual(
        expected,
      );
      pairs.forEach(([, s], k) => expect(Object.is(s, expected.pairs[k][1])).toBe(true));
    }
  }
}

const mentor = (overrides: Partial<MatchingCandidate> = {}): MatchingCandidate => ({
  userId: 'mentor',
  answers: {
    expertise: ['Negotiation', 'Stakeholder management', 'Public speaking'],
    availability: ['mon-am', 'tue-pm', 'thu-pm'],
    meeting_modes: ['video', 'in_person'],
  },
  department: 'Sales',
  location: 'Berlin',
  timeZone: 'Europe/Berlin',
  seniorityLevel: 5,
  languages: ['English', 'German'],
  reportingLine: [],
  ...overrides,
});

const mentee = (overrides: Partial<MatchingCandidate> = {}): MatchingCandidate => ({
  userId: 'mentee',
  answers: {
    goal: 'Run our pricing negotiation with the three largest customers; I want help preparing the stakeholder meetings.',
    target_skills: ['Negotiation', 'Stakeholder management', 'Pricing', 'Leadership'],
    preferred_seniority: 'two_levels_up',
    availability: ['mon-am', 'thu-pm', 'fri-am'],
    meeting_modes: ['video'],
  },
  department: 'Engineering',
  location: 'Lisbon',
  timeZone: 'Europe/Lisbon',
  seniorityLevel: 2,
  languages: ['English', 'Portuguese'],
  reportingLine: ['boss', 'big-boss'],
  ...overrides,
});

const context = (
  settings: Partial<MatchingSettings> = {},
  extra: Partial<ScoringContext> = {},
): ScoringContext => ({
  format: 'one_on_one',
  settings: { ...DEFAULT_MATCHING_SETTINGS, ...settings },
  previousPairs: new Set(),
  bans: new Set(),
  at: new Date('2027-01-15T12:00:00Z'),
  ...extra,
});

describe('FastScorer', () => {
  it('gives the worked example of scorePair: 83, and 78 with a no-go topic', () => {
    const noGo = mentor({
      userId: 'no-go',
      answers: { ...mentor().answers, avoid_topics: ['Pricing'] },
    });
    const scorer = new FastScorer([mentor(), noGo], [mentee()], context());
    scorer.select(0);
    expect([scorer.rules(0), scorer.score(0)]).toEqual([0, 83]);
    expect([scorer.rules(1), scorer.score(1)]).toEqual([0, 78]);
  });

  it('reports each hard rule in the order scorePair lists them', () => {
    const key = pairKey('boss', 'boss');
    const ctx = context({}, { previousPairs: new Set([key]), bans: new Set([key]) });
    const scorer = new FastScorer(
      [mentor({ userId: 'boss', languages: ['Klingon'] })],
      [mentee({ userId: 'boss' })],
      ctx,
    );
    scorer.select(0);
    expect(hardRulesOf(scorer.rules(0))).toEqual([...HARD_RULE_ORDER]);
    expect(hardRulesOf(scorer.rules(0))).toEqual(
      scorePair(mentor({ userId: 'boss', languages: ['Klingon'] }), mentee({ userId: 'boss' }), ctx)
        .forbidden,
    );
  });

  it('matches scorePair on the edge cases one by one', () => {
    const empty = (userId: string): MatchingCandidate => ({
      userId,
      answers: {},
      department: null,
      location: null,
      timeZone: null,
      seniorityLevel: null,
      languages: [],
      reportingLine: [],
    });
    const mentors = [
      mentor(),
      empty('empty-mentor'),
      mentor({ userId: 'boss' }),
      mentor({ userId: 'mentee' }),
      mentor({ userId: 'junior', seniorityLevel: 1, timeZone: 'Asia/Kolkata', location: null }),
      mentor({ userId: 'peer', seniorityLevel: 2, department: 'Engineering', location: 'Lisbon' }),
      mentor({ userId: 'banned' }),
      mentor({ userId: 'before' }),
      mentor({ userId: 'mute', languages: [] }),
      mentor({
        userId: 'duplicates',
        answers: {
          expertise: ['Negotiation', ' NEGOTIATION', 'negotiation', 'the and skills'],
          availability: ['mon-am', 'MON-AM', 'mon-am'],
          avoid_topics: ['pricing', 'Pricing'],
        },
      }),
    ];
    const mentees = [
      mentee(),
      empty('empty-mentee'),
      mentee({ userId: 'unknown', seniorityLevel: null, timeZone: null, department: '' }),
      mentee({
        userId: 'leader',
        answers: { ...mentee().answers, preferred_seniority: 'senior_leader', goal: 42 },
      }),
      mentee({
        userId: 'repeats',
        answers: {
          ...mentee().answers,
          target_skills: ['Pricing', 'pricing ', 'Negotiation', 'Negotiation'],
        },
      }),
    ];
    const keys = { previousPairs: new Set(['before|mentee']), bans: new Set(['banned|mentee']) };
    const zero = Object.fromEntries(MATCH_CRITERIA.map((c) => [c, 0])) as Record<
      (typeof MATCH_CRITERIA)[number],
      number
    >;
    for (const format of PROGRAM_FORMATS)
      for (const departmentPreference of ['different', 'same', 'none'] as const)
        for (const requireSharedLanguage of [true, false])
          for (const allowRepeatPairs of [true, false])
            for (const weights of [
              DEFAULT_MATCHING_SETTINGS.weights,
              { ...DEFAULT_MATCHING_SETTINGS.weights, location: 0, skills: 0 },
              { ...zero, avoid_topics: 4 },
              zero,
            ])
              expectSameAsScorePair(
                mentors,
                mentees,
                context(
                  { departmentPreference, requireSharedLanguage, allowRepeatPairs, weights },
                  { ...keys, format },
                ),
              );
  });

  it('equals scorePair (score and hard rules) on random people and settings', () => {
    fc.assert(
      fc.property(
        fc.array(candidateArb, { minLength: 1, maxLength: 6 }),
        fc.array(candidateArb, { minLength: 1, maxLength: 6 }),
        contextArb,
        fc.array(fc.nat(), { maxLength: 10 }),
        (mentors, mentees, ctx, visits) => {
          // Mentees in a random order, some twice: selecting one must forget the previous one.
          const order = [...mentees.map((_, i) => i), ...visits.map((v) => v % mentees.length)];
          expectSameAsScorePair(mentors, mentees, ctx, order.reverse());
        },
      ),
      { numRuns: 400 },
    );
  });

  it('equals scorePair with more than 32 distinct slots, modes and languages (multi-word masks)', () => {
    const many = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, k) => `${prefix}-${k}`);
    const wide = (pool: string[]) =>
      fc.array(fc.constantFrom(...pool, ...pool.slice(0, 3).map((x) => x.toUpperCase())), {
        maxLength: 8,
      });
    const person = fc
      .tuple(candidateArb, wide(many('slot', 70)), wide(many('mode', 40)), wide(many('lang', 90)))
      .map(([p, availability, meeting_modes, languages]) => ({
        ...p,
        answers: { ...p.answers, availability, meeting_modes },
        languages,
      }));
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 12 }),
        fc.array(person, { minLength: 1, maxLength: 12 }),
        contextArb,
        (mentors, mentees, ctx) => expectSameAsScorePair(mentors, mentees, ctx),
      ),
      { numRuns: 60 },
    );
  });

  it('equals scorePair in the packed layout (few languages, modes and slots, none repeated)', () => {
    const clean = ['mon-am', 'tue-pm', 'wed-am', 'thu-pm', 'fri-am', 'fri-pm'];
    const person = fc
      .tuple(candidateArb, fc.subarray(clean), fc.subarray(['video', 'phone', 'in_person']))
      .map(([p, availability, meeting_modes]) => ({
        ...p,
        answers: { ...p.answers, availability, meeting_modes },
      }));
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 15 }),
        fc.array(person, { minLength: 1, maxLength: 15 }),
        contextArb,
        (mentors, mentees, ctx) => expectSameAsScorePair(mentors, mentees, ctx),
      ),
      { numRuns: 150 },
    );
  });

  it('equals scorePair on larger cohorts with many shared tags', () => {
    fc.assert(
      fc.property(
        fc.array(candidateArb, { minLength: 20, maxLength: 40 }),
        fc.array(candidateArb, { minLength: 20, maxLength: 40 }),
        contextArb,
        (mentors, mentees, ctx) => expectSameAsScorePair(mentors, mentees, ctx),
      ),
      { numRuns: 25 },
    );
  });
});

describe('forEachKeyedPair', () => {
  it('finds every mentor/mentee index pair whose key is listed, also with "|" in ids', () => {
    const found: [number, number][] = [];
    forEachKeyedPair(
      ['a|b|c', 'x|y', 'nobody|a'],
      ['a', 'a|b', 'x', 'a'],
      ['b|c', 'c', 'y', 'a'],
      (j, i) => found.push([j, i]),
    );
    expect(found.sort()).toEqual(
      [
        [0, 0],
        [3, 0],
        [1, 1],
        [2, 2],
      ].sort(),
    );
  });
});
