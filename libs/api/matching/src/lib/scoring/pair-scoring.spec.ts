import { DEFAULT_MATCHING_SETTINGS, MatchingSettings } from '@mentorbridge/shared-contracts';
import {
  MatchingCandidate,
  offsetMinutes,
  pairKey,
  scorePair,
  ScoringContext,
  words,
} from './pair-scoring';

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

const byCriterion = (result: ReturnType<typeof scorePair>) =>
  Object.fromEntries(result.criteria.map((c) => [c.criterion, c]));

describe('scorePair', () => {
  it('scores every criterion with its explanation and adds them up', () => {
    const result = scorePair(mentor(), mentee(), context());
    const c = byCriterion(result);
    // skills: 2 of 4 target skills covered → 0.5
    expect(c['skills']).toMatchObject({
      value: 0.5,
      explanation: '2 of 4 target skills: Negotiation, Stakeholder management',
    });
    // goal mentions "negotiation" and "stakeholder" → 2 expertise areas → 1
    expect(c['goal_keywords'].value).toBe(1);
    // mentor 5 − mentee 2 = 3 levels above; wanted two or more above → in range → 1
    expect(c['seniority']).toMatchObject({
      value: 1,
      explanation: 'Mentor is 3 levels above; wanted two or more levels above',
    });
    expect(c['language']).toMatchObject({ value: 1, explanation: 'Both speak English' });
    // Sales ↔ Engineering, program prefers different departments → 1
    expect(c['department'].value).toBe(1);
    // Berlin (UTC+1 in January) vs Lisbon (UTC+0): 1 h apart → 0.7
    expect(c['location']).toMatchObject({ value: 0.7, explanation: '1 h apart' });
    // mon-am and thu-pm in common → 2 slots → 0.8
    expect(c['availability'].value).toBe(0.8);
    expect(c['meeting_modes'].value).toBe(1);
    expect(c['avoid_topics'].value).toBe(0);
    // Positive weights: 5 + 3 + 3 + 2 + 2 + 1 + 3 + 1 = 20.
    // Points = weight × value × 100 / 20: skills 12.5, goal 15, seniority 15, language 10,
    // department 10, location 3.5, availability 12, modes 5 → total 83.
    expect(c['skills'].points).toBe(12.5);
    expect(c['location'].points).toBe(3.5);
    expect(result.score).toBe(83);
    expect(result.forbidden).toEqual([]);
  });

  it('turns the mentor’s no-go topics into a penalty', () => {
    const result = scorePair(
      mentor({ answers: { ...mentor().answers, avoid_topics: ['Pricing'] } }),
      mentee(),
      context(),
    );
    // 1 of 4 target skills is a no-go → value −0.25 → points 4 × −0.25 × 100 / 20 = −5 → 83 − 5 = 78
    expect(byCriterion(result)['avoid_topics']).toMatchObject({ value: -0.25, points: -5 });
    expect(result.score).toBe(78);
  });

  it('never pairs a mentee with anyone up their reporting line', () => {
    const result = scorePair(mentor({ userId: 'big-boss' }), mentee(), context());
    expect(result.forbidden).toEqual(['reporting_line']);
    expect(result.score).toBeNull();
  });

  it('applies the other hard rules: previous pair, language, bans, oneself', () => {
    const noLanguage = scorePair(mentor({ languages: ['German'] }), mentee(), context());
    expect(noLanguage.forbidden).toEqual(['no_shared_language']);
    expect(
      scorePair(
        mentor({ languages: ['German'] }),
        mentee(),
        context({ requireSharedLanguage: false }),
      ).score,
    ).not.toBeNull();

    const key = pairKey('mentor', 'mentee');
    expect(
      scorePair(mentor(), mentee(), context({}, { previousPairs: new Set([key]) })).forbidden,
    ).toEqual(['previous_pair']);
    expect(
      scorePair(
        mentor(),
        mentee(),
        context({ allowRepeatPairs: true }, { previousPairs: new Set([key]) }),
      ).forbidden,
    ).toEqual([]);
    expect(scorePair(mentor(), mentee(), context({}, { bans: new Set([key]) })).forbidden).toEqual([
      'banned',
    ]);
    expect(
      scorePair(mentor({ userId: 'x' }), mentee({ userId: 'x' }), context()).forbidden,
    ).toContain('same_person');
  });

  it('reverses the seniority preference for reverse mentoring and wants equals for peers', () => {
    // Reverse: mentor 2 levels BELOW is in range [−5, −1] → 1; mentor 3 above is 4 levels outside → 0.
    const junior = mentor({ seniorityLevel: 2 });
    const senior = mentee({ seniorityLevel: 4 });
    expect(
      byCriterion(scorePair(junior, senior, context({}, { format: 'reverse' })))['seniority'].value,
    ).toBe(1);
    expect(
      byCriterion(scorePair(mentor(), mentee(), context({}, { format: 'reverse' })))['seniority']
        .value,
    ).toBe(0);
    // Peer: same level → 1; one level apart → 0.5.
    expect(
      byCriterion(
        scorePair(mentor({ seniorityLevel: 2 }), mentee(), context({}, { format: 'peer' })),
      )['seniority'].value,
    ).toBe(1);
    expect(
      byCriterion(
        scorePair(mentor({ seniorityLevel: 3 }), mentee(), context({}, { format: 'peer' })),
      )['seniority'].value,
    ).toBe(0.5);
  });

  it('respects a switched-off criterion and the department preference', () => {
    const weights = { ...DEFAULT_MATCHING_SETTINGS.weights, location: 0 };
    const result = scorePair(mentor(), mentee(), context({ weights }));
    // Positive weights now 19; location contributes nothing.
    expect(byCriterion(result)['location'].points).toBe(0);
    const sameDept = byCriterion(
      scorePair(
        mentor({ department: 'Engineering' }),
        mentee(),
        context({ departmentPreference: 'same' }),
      ),
    );
    expect(sameDept['department']).toMatchObject({ value: 1, explanation: 'Both in Engineering' });
  });
});

describe('helpers', () => {
  it('reads time-zone offsets with daylight saving', () => {
    expect(offsetMinutes('Europe/Berlin', new Date('2027-01-15T12:00:00Z'))).toBe(60);
    expect(offsetMinutes('Europe/Berlin', new Date('2027-07-15T12:00:00Z'))).toBe(120);
    expect(offsetMinutes('America/New_York', new Date('2027-01-15T12:00:00Z'))).toBe(-300);
    expect(offsetMinutes('Not/AZone', new Date())).toBeNull();
  });

  it('keeps meaningful word stems only', () => {
    expect([...words('Negotiations with our largest customers and the stakeholders')]).toEqual([
      'negotiation',
      'largest',
      'customer',
      'stakeholder',
    ]);
  });
});
