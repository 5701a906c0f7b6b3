import type { ClosureReason } from './closure';
import type { CohortState } from './programs';
import type { RiskReason } from './sessions';

// ---------------------------------------------------------------------------------------------
// Program health reporting (issue 8). Every figure is computed on the server. For executives every
// count of people under the program's threshold (at least 5; 10 for well-being items) is
// suppressed, and a sibling is suppressed with it when the hidden one could be recovered by
// subtraction from a published total. HR leads of a program see their own figures unsuppressed.
// ---------------------------------------------------------------------------------------------

/**
 * A published figure: a number; suppressed (shown as "<k"); or no data yet (value null, not
 * suppressed: shown as "—", e.g. a health score before any pair has started).
 */
export type Cell =
  | { value: number; suppressed: false }
  | { value: null; suppressed: true }
  | { value: null; suppressed: false };

export const REPORT_PERIODS = ['all', 'month', 'quarter'] as const;
/** `all`: the cohort's whole life; `month` / `quarter`: the latest complete calendar period. */
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export type MetricUnit = 'count' | 'percent' | 'days' | 'score5' | 'nps' | 'per_month' | 'score100';

export interface MetricDefinition {
  key: MetricKey;
  label: string;
  unit: MetricUnit;
  /** Plain-language definition shown next to the figure ("how is this computed?"). */
  definition: string;
  /** A target from the standards, when there is one (in the metric's unit). */
  target: number | null;
  /** Whether higher is better (for trend colouring and "moved most"). */
  higherIsBetter: boolean;
}

export const METRIC_KEYS = [
  'invited',
  'applied',
  'approved',
  'matched',
  'matchRate',
  'medianDaysToMatch',
  'activeMatches',
  'everActiveMatches',
  'sessionsPerMatchMonth',
  'cadenceMet',
  'attendanceRate',
  'noShowRateMentor',
  'noShowRateMentee',
  'medianDaysSinceContact',
  'satisfaction',
  'nps',
  'goalProgress',
  'goalsAchieved',
  'checkInsOnTime',
  'reachedPlannedDuration',
  'closuresDocumented',
  'conformance',
  'atRiskShare',
  'earlyClosureRate',
  'health',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export interface MetricValue {
  key: MetricKey;
  cell: Cell;
  /** How many distinct people the figure is computed over (null when suppressed). */
  base: Cell;
}

export type ConformanceBand = 'excellent' | 'good' | 'meets' | 'below';

export const CONFORMANCE_BAND_LABELS: Readonly<Record<ConformanceBand, string>> = {
  excellent: 'Excellent (≥ 90 % overall, ≥ 80 % each)',
  good: 'Good (≥ 80 % overall, ≥ 70 % each)',
  meets: 'Meets the standard (≥ 70 % overall, ≥ 60 % each)',
  below: 'Below the standard',
};

export interface MonthPoint {
  /** First day of the month, YYYY-MM-DD. */
  month: string;
  activeMatches: Cell;
  sessionsHeld: Cell;
  noShows: Cell;
}

export interface DistributionBin {
  label: string;
  count: Cell;
}

export interface CohortDashboard {
  cohortId: string;
  cohortName: string;
  programId: string;
  programName: string;
  state: CohortState;
  startDate: string;
  endDate: string;
  period: ReportPeriod;
  /** The period's first and last day (null for `all`). */
  periodRange: { from: string; to: string } | null;
  /** Whether suppression was applied (executives), and the thresholds used. */
  suppression: { applied: boolean; threshold: number; wellbeingThreshold: number };
  /** When the underlying figures were last refreshed (ISO), and how often they are. */
  freshness: { asOf: string; refreshEverySeconds: number };
  metrics: MetricValue[];
  definitions: MetricDefinition[];
  conformance: { score: Cell; band: ConformanceBand | null };
  funnel: { stage: 'invited' | 'applied' | 'approved' | 'matched'; people: Cell }[];
  engagement: MonthPoint[];
  satisfaction: DistributionBin[];
  goalAttainment: DistributionBin[];
  risks: { reason: RiskReason; pairs: Cell }[];
  earlyClosures: { reason: ClosureReason; pairs: Cell }[];
}

export interface CohortCard {
  cohortId: string;
  cohortName: string;
  programId: string;
  programName: string;
  state: CohortState;
  /** The smallest group the cohort's program publishes (hidden cells show "<threshold"). */
  threshold: number;
  health: Cell;
  /** Health score at the end of each of the last six months (oldest first). */
  trend: { month: string; health: Cell }[];
  /** The three metrics whose value changed most over the last month. */
  movers: {
    key: MetricKey;
    label: string;
    from: Cell;
    to: Cell;
    unit: MetricUnit;
    better: boolean;
  }[];
  activeMatches: Cell;
}

export interface ReportingOverview {
  freshness: { asOf: string; refreshEverySeconds: number };
  suppression: { applied: boolean };
  totals: {
    programs: number;
    cohorts: number;
    activeMatches: Cell;
    participants: Cell;
    sessionsHeldLast30Days: Cell;
    averageHealth: Cell;
  };
  cohorts: CohortCard[];
  definitions: MetricDefinition[];
}

/** The HR home's "what needs action today", in one request. */
export interface NeedsAction {
  atRiskPairs: number;
  checkInsDue: number;
  openFlags: number;
  applicationsToScreen: number;
  undocumentedClosures: number;
  pendingExtensions: number;
  runsToReview: number;
  freshness: { asOf: string };
  cohorts: {
    cohortId: string;
    cohortName: string;
    programId: string;
    programName: string;
    atRisk: number;
    checkInsDue: number;
    openFlags: number;
    applicationsToScreen: number;
    undocumentedClosures: number;
    pendingExtensions: number;
    runsToReview: number;
  }[];
}

/** Weights of the composite health score (they sum to 1; see HEALTH_FORMULA). */
export const HEALTH_WEIGHTS = {
  cadenceMet: 0.25,
  satisfaction: 0.2,
  matchRate: 0.2,
  conformance: 0.15,
  notAtRisk: 0.2,
} as const;

export const HEALTH_FORMULA =
  'Health (0–100) = 25 % meeting cadence met + 20 % satisfaction (1–5 scaled to 0–100) + 20 % match rate ' +
  '(relative to the 70 % target, capped at 100) + 15 % standards conformance + 20 % pairs not at risk. ' +
  'A part without data yet is left out and the others are re-weighted.';

/** What each metric means, as shown next to it. */
export const METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  {
    key: 'invited',
    label: 'Invited',
    unit: 'count',
    definition: 'Distinct people invited to apply to the cohort.',
    target: null,
    higherIsBetter: true,
  },
  {
    key: 'applied',
    label: 'Applied',
    unit: 'count',
    definition: 'Distinct people who submitted an application (withdrawn ones included).',
    target: null,
    higherIsBetter: true,
  },
  {
    key: 'approved',
    label: 'Approved',
    unit: 'count',
    definition: 'Distinct people approved to take part (participants).',
    target: null,
    higherIsBetter: true,
  },
  {
    key: 'matched',
    label: 'Matched',
    unit: 'count',
    definition: 'Distinct participants in at least one relationship that became active.',
    target: null,
    higherIsBetter: true,
  },
  {
    key: 'matchRate',
    label: 'Match rate',
    unit: 'percent',
    definition:
      'Approved mentees who got a mentor (an active relationship), as a share of approved mentees.',
    target: 70,
    higherIsBetter: true,
  },
  {
    key: 'medianDaysToMatch',
    label: 'Median time to match',
    unit: 'days',
    definition: 'Median days from a mentee’s approval to the start of their first relationship.',
    target: null,
    higherIsBetter: false,
  },
  {
    key: 'activeMatches',
    label: 'Active pairs now',
    unit: 'count',
    definition: 'Relationships active today (currently active, not “ever active”).',
    target: null,
    higherIsBetter: true,
  },
  {
    key: 'everActiveMatches',
    label: 'Pairs active in the period',
    unit: 'count',
    definition:
      'Relationships active on at least one day of the period (ever active), ended ones included.',
    target: null,
    higherIsBetter: true,
  },
  {
    key: 'sessionsPerMatchMonth',
    label: 'Sessions per pair per month',
    unit: 'per_month',
    definition: 'Held sessions divided by the months pairs were active in the period.',
    target: null,
    higherIsBetter: true,
  },
  {
    key: 'cadenceMet',
    label: 'Meeting cadence met',
    unit: 'percent',
    definition:
      'Active pairs whose last held session (or start) is within 1.5 × the program’s cadence.',
    target: 80,
    higherIsBetter: true,
  },
  {
    key: 'attendanceRate',
    label: 'Attendance',
    unit: 'percent',
    definition: 'Held sessions as a share of sessions that were due (held + no-shows).',
    target: 90,
    higherIsBetter: true,
  },
  {
    key: 'noShowRateMentor',
    label: 'No-shows by mentors',
    unit: 'percent',
    definition: 'Sessions the mentor missed, as a share of sessions that were due.',
    target: null,
    higherIsBetter: false,
  },
  {
    key: 'noShowRateMentee',
    label: 'No-shows by mentees',
    unit: 'percent',
    definition: 'Sessions the mentee missed, as a share of sessions that were due.',
    target: null,
    higherIsBetter: false,
  },
  {
    key: 'medianDaysSinceContact',
    label: 'Median days since last contact',
    unit: 'days',
    definition: 'For active pairs: days since the last held session (or since the start if none).',
    target: null,
    higherIsBetter: false,
  },
  {
    key: 'satisfaction',
    label: 'Satisfaction',
    unit: 'score5',
    definition:
      'Average of answered pulse check-ins and exit surveys (1–5), over distinct respondents.',
    target: 4,
    higherIsBetter: true,
  },
  {
    key: 'nps',
    label: 'Net promoter score',
    unit: 'nps',
    definition:
      '“Would you recommend this program?” (0–10) in exit surveys: % promoters (9–10) minus % detractors (0–6).',
    target: null,
    higherIsBetter: true,
  },
  {
    key: 'goalProgress',
    label: 'Goal progress',
    unit: 'percent',
    definition: 'Average progress of the goals of active pairs.',
    target: null,
    higherIsBetter: true,
  },
  {
    key: 'goalsAchieved',
    label: 'Goals achieved',
    unit: 'percent',
    definition: 'Of goals assessed at closure: share achieved (partly achieved counts half).',
    target: null,
    higherIsBetter: true,
  },
  {
    key: 'checkInsOnTime',
    label: 'Check-ins on time',
    unit: 'percent',
    definition:
      'Pairs with every coordinator check-in due so far logged (two in month one, then monthly).',
    target: 80,
    higherIsBetter: true,
  },
  {
    key: 'reachedPlannedDuration',
    label: 'Reached planned duration',
    unit: 'percent',
    definition: 'Ended relationships that completed as planned rather than ending early.',
    target: 80,
    higherIsBetter: true,
  },
  {
    key: 'closuresDocumented',
    label: 'Closures documented',
    unit: 'percent',
    definition:
      'Ended relationships with a reason, both exit surveys answered or chased and contact preferences recorded.',
    target: 90,
    higherIsBetter: true,
  },
  {
    key: 'conformance',
    label: 'Standards conformance',
    unit: 'percent',
    definition:
      'Average of check-ins on time, reached planned duration and closures documented; banded 90/80, 80/70, 70/60 (overall / lowest part).',
    target: 70,
    higherIsBetter: true,
  },
  {
    key: 'atRiskShare',
    label: 'Pairs at risk',
    unit: 'percent',
    definition:
      'Active pairs with at least one risk: quiet for 1.5 × cadence, two no-shows in a row, satisfaction ≤ 2, overdue milestones, open concerns or a poor pairing fit.',
    target: null,
    higherIsBetter: false,
  },
  {
    key: 'earlyClosureRate',
    label: 'Early closures',
    unit: 'percent',
    definition: 'Relationships that ended early, as a share of relationships that became active.',
    target: null,
    higherIsBetter: false,
  },
  {
    key: 'health',
    label: 'Health score',
    unit: 'score100',
    definition: HEALTH_FORMULA,
    target: 70,
    higherIsBetter: true,
  },
];
