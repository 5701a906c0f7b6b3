import { Params } from '@angular/router';
import { NeedsAction, ScreeningSummary } from '@mentorbridge/shared-contracts';

export type NeedsCohort = NeedsAction['cohorts'][number];

/** The per-cohort counts of "what needs action today". */
export type NeedsMetric = Exclude<
  keyof NeedsCohort,
  'cohortId' | 'cohortName' | 'programId' | 'programName'
>;

export type NeedsSection = 'recruitment' | 'pairs' | 'closures';

interface NeedsCardText {
  metric: NeedsMetric;
  section: NeedsSection;
  label: string;
  icon: string;
  testId: string;
  /** After a cohort's count: "3 to screen". */
  unit: string;
  /** What the number means, after where it comes from. */
  rule: string;
  /** The hint when nothing waits. */
  none: string;
  linkLabel: string;
  /** Where to act for one cohort. */
  link: (row: NeedsCohort) => string[];
  queryParams: Params | null;
  total: (needs: NeedsAction) => number;
}

const cohortPage = (row: NeedsCohort, page: string) => [
  '/programs',
  row.programId,
  'cohorts',
  row.cohortId,
  page,
];

/** The screening queue opens on the recruitment page's screening tab. */
export const SCREENING_QUERY = { tab: 'screening' } as const;

const RISK_RULE =
  'At risk: no session for 1.5 × the cadence, two no-shows in a row, overdue milestones, an open concern or a satisfaction of 2/5 or less.';

/** Every "needs action" card, in the order they appear. */
export const NEEDS_CARDS: readonly NeedsCardText[] = [
  {
    metric: 'applicationsToScreen',
    section: 'recruitment',
    label: 'Applications to screen',
    icon: 'how_to_reg',
    testId: 'screening-card',
    unit: 'to screen',
    rule: 'Applications wait for your decision.',
    none: 'Nothing waits for screening.',
    linkLabel: 'Open the screening queue',
    link: (row) => cohortPage(row, 'recruitment'),
    queryParams: SCREENING_QUERY,
    total: (needs) => needs.applicationsToScreen,
  },
  {
    metric: 'runsToReview',
    section: 'recruitment',
    label: 'Match runs to review',
    icon: 'join_inner',
    testId: 'needs-runs',
    unit: 'to review',
    rule: 'A finished matching run waits for you to review and publish its pairs.',
    none: 'No matching run waits for review.',
    linkLabel: 'Review the runs',
    link: (row) => cohortPage(row, 'matching'),
    queryParams: null,
    total: (needs) => needs.runsToReview,
  },
  {
    metric: 'atRisk',
    section: 'pairs',
    label: 'Pairs at risk',
    icon: 'crisis_alert',
    testId: 'support-at-risk',
    unit: 'at risk',
    rule: RISK_RULE,
    none: 'No active pair shows a sign of trouble.',
    linkLabel: 'Open the pairs',
    link: (row) => cohortPage(row, 'pairs'),
    queryParams: null,
    total: (needs) => needs.atRiskPairs,
  },
  {
    metric: 'checkInsDue',
    section: 'pairs',
    label: 'Check-ins due',
    icon: 'event_available',
    testId: 'support-check-ins',
    unit: 'due',
    rule: 'Your check-ins with each pair are due on day 14 and day 30, then monthly.',
    none: 'No check-in with a pair is due.',
    linkLabel: 'Open the pairs',
    link: (row) => cohortPage(row, 'pairs'),
    queryParams: null,
    total: (needs) => needs.checkInsDue,
  },
  {
    metric: 'openFlags',
    section: 'pairs',
    label: 'Open concerns',
    icon: 'flag',
    testId: 'support-flags',
    unit: 'open',
    rule: 'Concerns a mentor or a mentee raised wait for you to resolve them with a note.',
    none: 'No concern is open.',
    linkLabel: 'Open the pairs',
    link: (row) => cohortPage(row, 'pairs'),
    queryParams: null,
    total: (needs) => needs.openFlags,
  },
  {
    metric: 'undocumentedClosures',
    section: 'closures',
    label: 'Closures undocumented',
    icon: 'assignment_late',
    testId: 'needs-closures',
    unit: 'undocumented',
    rule: 'An ended pair needs its reason, both exit surveys answered or chased, and contact preferences.',
    none: 'Every ended pair is documented.',
    linkLabel: 'Open the closures',
    link: (row) => cohortPage(row, 'closures'),
    queryParams: null,
    total: (needs) => needs.undocumentedClosures,
  },
  {
    metric: 'pendingExtensions',
    section: 'closures',
    label: 'Extensions to decide',
    icon: 'more_time',
    testId: 'needs-extensions',
    unit: 'to decide',
    rule: 'A pair asked to continue past its planned end: accept or decline.',
    none: 'No extension request waits for you.',
    linkLabel: 'Open the closures',
    link: (row) => cohortPage(row, 'closures'),
    queryParams: null,
    total: (needs) => needs.pendingExtensions,
  },
];

export const NEEDS_SECTIONS: readonly { id: NeedsSection; label: string }[] = [
  { id: 'recruitment', label: 'Recruitment and matching' },
  { id: 'pairs', label: 'Pairs' },
  { id: 'closures', label: 'Closures' },
];

/** "1 mentee goal is" / "3 mentee goals are" flagged for a conversation. */
export function flaggedHint(flagged: number): string {
  if (flagged === 0) {
    return 'No mentee goal is flagged for a conversation.';
  }
  return flagged === 1
    ? '1 mentee goal is flagged for a conversation before a decision.'
    : `${flagged} mentee goals are flagged for a conversation before a decision.`;
}

export interface NeedsCohortRow {
  row: NeedsCohort;
  count: number;
  link: string[];
  /** Mentee goals flagged in this cohort's queue (screening only, when known). */
  flagged: number | null;
}

export interface NeedsCardView extends NeedsCardText {
  value: number;
  hint: string;
  /** The one cohort's page; with several, each is listed on the card instead. */
  cardLink: string[] | null;
  cohorts: NeedsCohortRow[];
}

/**
 * One card: the total, where it comes from, and the link(s) to act on it. For applications to
 * screen, the screening summary (when it loaded) adds how many mentee goals are flagged.
 */
export function needsCard(
  text: NeedsCardText,
  needs: NeedsAction,
  screening: readonly ScreeningSummary[] | null,
): NeedsCardView {
  const rows = needs.cohorts.filter((row) => row[text.metric] > 0);
  const value = text.total(needs);
  const flaggedIn = (cohortId: string) =>
    screening?.find((entry) => entry.cohortId === cohortId)?.flagged ?? 0;
  const withFlags = text.metric === 'applicationsToScreen' && screening !== null;
  const rule = withFlags
    ? flaggedHint(rows.reduce((sum, row) => sum + flaggedIn(row.cohortId), 0))
    : text.rule;
  const [only] = rows;
  const single = rows.length === 1 && only ? only : null;
  let hint = text.none;
  if (single) {
    hint = `In ${single.programName} · ${single.cohortName}. ${rule}`;
  } else if (rows.length > 1) {
    hint = `Across ${rows.length} cohorts. ${rule}`;
  } else if (value > 0) {
    hint = rule;
  }
  return {
    ...text,
    value,
    hint,
    cardLink: single ? text.link(single) : null,
    cohorts: single
      ? []
      : rows.map((row) => ({
          row,
          count: row[text.metric],
          link: text.link(row),
          flagged: withFlags ? flaggedIn(row.cohortId) : null,
        })),
  };
}
