import { assessPair, checkInDue, PairFacts } from './pair-health';

const day = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000);
const base: PairFacts = {
  activatedAt: day(0),
  cadenceWeeks: 4,
  sessions: [],
  checkIns: 0,
  openFlags: 0,
  overdueMilestones: 0,
};

describe('assessPair', () => {
  it('schedules check-ins on day 14 and 30, then monthly', () => {
    expect([1, 2, 3, 4].map((k) => checkInDue(day(0), k))).toEqual([
      day(14),
      day(30),
      day(60),
      day(90),
    ]);
    // Day 20 with no check-in: the first one (day 14) is overdue.
    expect(assessPair(base, day(20))).toMatchObject({
      nextCheckInDue: day(14),
      checkInOverdue: true,
    });
    // Day 20 with one check-in: the next is due on day 30, not yet overdue.
    expect(assessPair({ ...base, checkIns: 1 }, day(20))).toMatchObject({
      nextCheckInDue: day(30),
      checkInOverdue: false,
    });
  });

  it('flags a quiet pair after 1.5 × the cadence without a held session', () => {
    // Cadence 4 weeks → 42 days. Last held session on day 10: quiet from day 53 (43 days later).
    const facts = { ...base, sessions: [{ at: day(10), status: 'held' as const }] };
    expect(assessPair(facts, day(52)).risks).toEqual([]);
    expect(assessPair(facts, day(53)).risks).toEqual([
      {
        reason: 'no_recent_session',
        detail: 'No session for 43 days (the program expects one every 4 weeks)',
      },
    ]);
    // Never met: counted from the start of the match.
    expect(assessPair(base, day(43)).risks[0].detail).toBe(
      'No session in the 43 days since the match started',
    );
    // A cancelled or missed session does not count as contact.
    const missed = {
      ...facts,
      sessions: [...facts.sessions, { at: day(40), status: 'cancelled' as const }],
    };
    expect(assessPair(missed, day(53)).risks.map((r) => r.reason)).toEqual(['no_recent_session']);
  });

  it('flags two no-shows in a row, but not when a held session came between', () => {
    const twice = {
      ...base,
      sessions: [
        { at: day(5), status: 'held' as const },
        { at: day(20), status: 'no_show' as const },
        { at: day(30), status: 'no_show' as const },
      ],
    };
    expect(assessPair(twice, day(31)).risks.map((r) => r.reason)).toEqual(['two_no_shows']);
    const between = {
      ...base,
      sessions: [
        { at: day(20), status: 'no_show' as const },
        { at: day(25), status: 'held' as const },
        { at: day(30), status: 'no_show' as const },
      ],
    };
    expect(assessPair(between, day(31)).risks).toEqual([]);
  });

  it('reports overdue milestones, open concerns and low satisfaction with counts', () => {
    const facts = {
      ...base,
      sessions: [{ at: day(1), status: 'held' as const }],
      overdueMilestones: 2,
      openFlags: 1,
      lowestRecentSatisfaction: 2,
    };
    expect(assessPair(facts, day(10)).risks).toEqual([
      { reason: 'overdue_milestones', detail: '2 milestones are overdue' },
      { reason: 'open_flags', detail: '1 concern raised and not resolved' },
      { reason: 'low_satisfaction', detail: 'Satisfaction of 2/5 in the latest check-in' },
    ]);
    expect(assessPair({ ...facts, lowestRecentSatisfaction: 3 }, day(10)).risks).toHaveLength(2);
  });
});
