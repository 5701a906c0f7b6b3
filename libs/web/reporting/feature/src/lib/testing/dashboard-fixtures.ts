import {
  Cell,
  CohortDashboard,
  METRIC_DEFINITIONS,
  METRIC_KEYS,
  MetricKey,
  MetricValue,
} from '@mentorbridge/shared-contracts';

export const shown = (value: number): Cell => ({ value, suppressed: false });
export const hidden: Cell = { value: null, suppressed: true };

const VALUES: Readonly<Record<MetricKey, number>> = {
  invited: 120,
  applied: 80,
  approved: 60,
  matched: 46,
  matchRate: 72,
  medianDaysToMatch: 12,
  activeMatches: 21,
  everActiveMatches: 23,
  sessionsPerMatchMonth: 1.43,
  cadenceMet: 81,
  attendanceRate: 92,
  noShowRateMentor: 3,
  noShowRateMentee: 5,
  medianDaysSinceContact: 16,
  satisfaction: 4.2,
  nps: 35,
  goalProgress: 48,
  goalsAchieved: 60,
  checkInsOnTime: 76,
  reachedPlannedDuration: 85,
  closuresDocumented: 90,
  conformance: 84,
  atRiskShare: 14,
  earlyClosureRate: 8,
  health: 68,
};

/** A cohort dashboard as the API sends it; every metric shown over a base of 23. */
export function dashboard(overrides: Partial<CohortDashboard> = {}): CohortDashboard {
  const metrics: MetricValue[] = METRIC_KEYS.map((key) => ({
    key,
    cell: shown(VALUES[key]),
    base: shown(23),
  }));
  return {
    cohortId: 'c1',
    cohortName: 'Autumn 2026',
    programId: 'p1',
    programName: 'Emerging Leaders',
    state: 'active',
    startDate: '2026-09-01',
    endDate: '2027-08-31',
    period: 'all',
    periodRange: null,
    suppression: { applied: true, threshold: 5, wellbeingThreshold: 10 },
    freshness: { asOf: new Date().toISOString(), refreshEverySeconds: 300 },
    metrics,
    definitions: [...METRIC_DEFINITIONS],
    conformance: { score: shown(84), band: 'good' },
    funnel: [
      { stage: 'invited', people: shown(120) },
      { stage: 'applied', people: shown(80) },
      { stage: 'approved', people: hidden },
      { stage: 'matched', people: shown(46) },
    ],
    engagement: [
      { month: '2027-01-01', activeMatches: shown(20), sessionsHeld: shown(31), noShows: hidden },
      { month: '2027-02-01', activeMatches: shown(21), sessionsHeld: hidden, noShows: hidden },
    ],
    satisfaction: [
      { label: '1', count: hidden },
      { label: '2', count: hidden },
      { label: '3', count: shown(12) },
      { label: '4', count: shown(20) },
      { label: '5', count: shown(11) },
    ],
    goalAttainment: [
      { label: 'Achieved', count: shown(9) },
      { label: 'Partly', count: shown(6) },
      { label: 'Not', count: hidden },
    ],
    risks: [
      { reason: 'no_recent_session', pairs: shown(6) },
      { reason: 'open_flags', pairs: hidden },
    ],
    earlyClosures: [{ reason: 'time', pairs: hidden }],
    ...overrides,
  };
}

/** The same dashboard with one metric replaced. */
export function withMetric(
  base: CohortDashboard,
  key: MetricKey,
  cell: Cell,
  baseCell: Cell = shown(23),
): CohortDashboard {
  return {
    ...base,
    metrics: base.metrics.map((metric) =>
      metric.key === key ? { key, cell, base: baseCell } : metric,
    ),
  };
}
