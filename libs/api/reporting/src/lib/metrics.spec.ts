import { CohortFacts, computeMetrics, conformanceOf, healthOf } from './metrics';

/** A cohort built by hand; the arithmetic of every expectation is in the comments. */
function facts(overrides: Partial<CohortFacts> = {}): CohortFacts {
  return {
    invited: 40,
    applied: 30,
    approved: 24,
    matched: 20,
    approvedMentees: 14,
    matchedMentees: 10,
    medianDaysToMatch: 12,
    activePairs: 8,
    activePeople: 15,
    everActivePairs: 10,
    everActivePeople: 19,
    pairMonths: 40,
    sessionsHeld: 36,
    noShowMentor: 1,
    noShowMentee: 3,
    cadenceMet: 6,
    cadencePairs: 8,
    medianDaysSinceContact: 17,
    satisfactionBins: [0, 1, 2, 4, 3],
    promoters: 5,
    passives: 2,
    detractors: 1,
    goalProgressAvg: 52.25,
    goalMentees: 8,
    attainment: { achieved: 2, partly: 2, not: 1 },
    attainmentMentees: 5,
    checkInsOnTime: 9,
    checkInPairs: 10,
    endedPlanned: 1,
    endedEarly: 1,
    endedDocumented: 2,
    endedPeople: 4,
    startedPairs: 10,
    startedPeople: 19,
    atRiskPairs: 2,
    risks: { no_recent_session: 1, two_no_shows: 1 },
    ...overrides,
  };
}

describe('cohort metrics', () => {
  it('computes every figure of a hand-built cohort', () => {
    const m = computeMetrics(facts(), 5);
    // 10 of 14 approved mentees matched = 71.4 %.
    expect(m.matchRate).toEqual({ value: 71.4, base: 14, parts: [10, 14] });
    // 36 held sessions over 40 pair-months = 0.9 per pair per month.
    expect(m.sessionsPerMatchMonth.value).toBe(0.9);
    // Due sessions: 36 held + 1 + 3 no-shows = 40 → attendance 90 %, mentor 2.5 %, mentee 7.5 %.
    expect(m.attendanceRate.value).toBe(90);
    expect(m.noShowRateMentor.value).toBe(2.5);
    expect(m.noShowRateMentee.value).toBe(7.5);
    // 6 of 8 active pairs met the cadence = 75 %.
    expect(m.cadenceMet.value).toBe(75);
    // (1×2 + 2×3 + 4×4 + 3×5) / 10 = 39 / 10 = 3.9 over 10 respondents.
    expect(m.satisfaction).toEqual({ value: 3.9, base: 10 });
    // NPS: (5 promoters − 1 detractor) / 8 = 50.
    expect(m.nps.value).toBe(50);
    // Goals: (2 achieved + 2 partly / 2) / 5 assessed = 60 %.
    expect(m.goalsAchieved.value).toBe(60);
    // Conformance: check-ins 90 %, planned duration 1/2 = 50 %, documented 2/2 = 100 % → 80.
    expect(m.conformance.value).toBe(80);
    // At risk: 2 of 8 active = 25 %. Early closures: 1 of 10 started = 10 %.
    expect(m.atRiskShare.value).toBe(25);
    expect(m.earlyClosureRate.value).toBe(10);
    // Health: 0.25×75 + 0.2×(3.9−1)/4×100 (72.5) + 0.2×min(71.4/70,1)×100 (100) + 0.15×80
    //       + 0.2×(100−25) = 18.75 + 14.5 + 20 + 12 + 15 = 80.25 → 80.
    expect(m.health.value).toBe(80);
  });

  it('leaves satisfaction out of health when fewer than k people answered', () => {
    const m = computeMetrics(facts({ satisfactionBins: [0, 0, 0, 1, 1] }), 5);
    // Without satisfaction: (18.75 + 20 + 12 + 15) / 0.8 = 82.19 → 82.
    expect(m.health.value).toBe(82);
  });

  it('has no health score before the first pair starts (a cohort in matching is not 0 % healthy)', () => {
    const m = computeMetrics(
      facts({
        startedPairs: 0,
        startedPeople: 0,
        activePairs: 0,
        cadencePairs: 0,
        cadenceMet: 0,
        matchedMentees: 0,
      }),
      5,
    );
    expect(m.health.value).toBeNull();
  });

  it('re-weights health over the parts that have data', () => {
    expect(
      healthOf({
        cadenceMet: 50,
        satisfaction: null,
        matchRate: null,
        conformance: null,
        atRiskShare: null,
      }),
    ).toBe(50);
    expect(
      healthOf({
        cadenceMet: null,
        satisfaction: null,
        matchRate: null,
        conformance: null,
        atRiskShare: null,
      }),
    ).toBeNull();
  });

  it('bands conformance by overall score and the lowest part (90/80, 80/70, 70/60)', () => {
    expect(conformanceOf([95, 90, 85]).band).toBe('excellent');
    expect(conformanceOf([95, 95, 79]).band).toBe('good');
    expect(conformanceOf([100, 100, 65]).band).toBe('meets');
    expect(conformanceOf([100, 100, 50]).band).toBe('below');
    expect(conformanceOf([null, null, null])).toEqual({ score: null, band: null });
  });
});
