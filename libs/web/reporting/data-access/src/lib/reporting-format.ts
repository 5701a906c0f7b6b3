import {
  Cell,
  METRIC_DEFINITIONS,
  MetricDefinition,
  MetricKey,
  MetricUnit,
  REPORT_PERIODS,
  ReportPeriod,
} from '@mentorbridge/shared-contracts';

export const REPORT_PERIOD_LABELS: Readonly<Record<ReportPeriod, string>> = {
  all: 'All time',
  month: 'Last month',
  quarter: 'Last quarter',
};

/** The period in the URL (`?period=quarter`), or the whole life of the cohort. */
export function parseReportPeriod(value: string | null | undefined): ReportPeriod {
  return REPORT_PERIODS.find((period) => period === value) ?? 'all';
}

/** What a figure without data shows. */
export const NO_DATA = '—';

const WHOLE = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const UP_TO_ONE_DECIMAL = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const ONE_DECIMAL = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const SIGNED = new Intl.NumberFormat(undefined, {
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});

/**
 * A metric's value in its unit, in the person's locale: "23", "72 %", "12 days", "4.2 / 5",
 * "+35", "1.4", "68 / 100".
 */
export function formatMetric(value: number, unit: MetricUnit): string {
  switch (unit) {
    case 'count':
      return WHOLE.format(value);
    case 'percent':
      return `${WHOLE.format(value)} %`;
    case 'days':
      return value === 1 ? '1 day' : `${UP_TO_ONE_DECIMAL.format(value)} days`;
    case 'score5':
      return `${ONE_DECIMAL.format(value)} / 5`;
    case 'nps':
      return SIGNED.format(value);
    case 'per_month':
      return ONE_DECIMAL.format(value);
    case 'score100':
      return `${WHOLE.format(value)} / 100`;
  }
}

/** The definition the server sent with the figures, else the one in the contract. */
export function definitionFor(
  key: MetricKey,
  definitions: readonly MetricDefinition[] = [],
): MetricDefinition {
  const found =
    definitions.find((definition) => definition.key === key) ??
    METRIC_DEFINITIONS.find((definition) => definition.key === key);
  return (
    found ?? {
      key,
      label: key,
      unit: 'count',
      definition: '',
      target: null,
      higherIsBetter: true,
    }
  );
}

/** "Target ≥ 70 %" (or "≤" where lower is better), null without a target. */
export function targetText(definition: MetricDefinition): string | null {
  if (definition.target === null) {
    return null;
  }
  const sign = definition.higherIsBetter ? '≥' : '≤';
  return `Target ${sign} ${formatMetric(definition.target, definition.unit)}`;
}

/** Whether a shown value meets the metric's target (null without a target or a value). */
export function targetMet(definition: MetricDefinition, cell: Cell): boolean | null {
  if (definition.target === null || cell.value === null) {
    return null;
  }
  return definition.higherIsBetter
    ? cell.value >= definition.target
    : cell.value <= definition.target;
}

export interface MetricGroup {
  id: 'funnel' | 'engagement' | 'quality' | 'standards' | 'risk';
  label: string;
  keys: readonly MetricKey[];
}

/**
 * How the dashboard groups its tiles. Health and conformance lead the page on their own, so they
 * are not repeated here.
 */
export const METRIC_GROUPS: readonly MetricGroup[] = [
  {
    id: 'funnel',
    label: 'Funnel',
    keys: ['invited', 'applied', 'approved', 'matched', 'matchRate', 'medianDaysToMatch'],
  },
  {
    id: 'engagement',
    label: 'Engagement',
    keys: [
      'activeMatches',
      'everActiveMatches',
      'sessionsPerMatchMonth',
      'cadenceMet',
      'attendanceRate',
      'noShowRateMentor',
      'noShowRateMentee',
      'medianDaysSinceContact',
    ],
  },
  {
    id: 'quality',
    label: 'Quality',
    keys: ['satisfaction', 'nps', 'goalProgress', 'goalsAchieved'],
  },
  {
    id: 'standards',
    label: 'Standards',
    keys: ['checkInsOnTime', 'reachedPlannedDuration', 'closuresDocumented'],
  },
  { id: 'risk', label: 'Risk', keys: ['atRiskShare', 'earlyClosureRate'] },
];

/** A metric's base counts distinct people (both sides of a pair): "over 23 people". */
export function baseText(count: number): string {
  return `over ${WHOLE.format(count)} ${count === 1 ? 'person' : 'people'}`;
}

/** A cell with no data yet (not hidden: there is nothing to count), shown as "—". */
export function isNoData(cell: Cell): boolean {
  return !cell.suppressed && cell.value === null;
}

/** Whether a figure has no data yet: none sent, or a rate over a base of nobody. */
export function hasNoData(unit: MetricUnit, cell: Cell, base: Cell): boolean {
  return isNoData(cell) || (unit !== 'count' && !base.suppressed && base.value === 0);
}

/** A cell as plain text in its unit: "72 %", "—" without data, "" when hidden (show "<k"). */
export function cellText(cell: Cell, unit: MetricUnit): string {
  if (cell.suppressed) {
    return '';
  }
  return cell.value === null ? NO_DATA : formatMetric(cell.value, unit);
}

/** A `YYYY-MM-DD` calendar day at local midnight (no time-zone shift). */
function calendarDay(value: string): Date {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

const MONTH_LONG = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const MONTH_SHORT = new Intl.DateTimeFormat(undefined, { month: 'short' });

/** "March 2027" for `2027-03-01`. */
export function monthName(month: string): string {
  return MONTH_LONG.format(calendarDay(month));
}

/** "Mar" for `2027-03-01`. */
export function monthShort(month: string): string {
  return MONTH_SHORT.format(calendarDay(month));
}

/**
 * Axis labels for months: the short name, with the year on a second line for the first month and
 * every January ("Mar\n2027", "Apr", …, "Jan\n2028").
 */
export function monthAxisLabels(months: readonly string[]): string[] {
  return months.map((month, index) => {
    const day = calendarDay(month);
    const short = MONTH_SHORT.format(day);
    return index === 0 || day.getMonth() === 0 ? `${short}\n${day.getFullYear()}` : short;
  });
}

const TIME = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "every 5 minutes", "every minute", "every 2 hours". */
function every(seconds: number): string {
  const unit = (count: number, name: string) =>
    count === 1 ? `every ${name}` : `every ${WHOLE.format(count)} ${name}s`;
  if (seconds % 3600 === 0) {
    return unit(seconds / 3600, 'hour');
  }
  if (seconds % 60 === 0) {
    return unit(seconds / 60, 'minute');
  }
  return unit(seconds, 'second');
}

/**
 * How fresh the figures are: "Figures as of 10:42, refreshed every 5 minutes" (the date is added
 * when they are not from today), in the person's time zone.
 */
export function freshnessText(
  freshness: { asOf: string; refreshEverySeconds?: number },
  now: Date = new Date(),
): string {
  const asOf = new Date(freshness.asOf);
  if (Number.isNaN(asOf.getTime())) {
    return 'Figures refreshed regularly';
  }
  const sameDay = asOf.toDateString() === now.toDateString();
  const when = sameDay ? TIME.format(asOf) : DATE_TIME.format(asOf);
  const refresh =
    freshness.refreshEverySeconds && freshness.refreshEverySeconds > 0
      ? `, refreshed ${every(freshness.refreshEverySeconds)}`
      : '';
  return `Figures as of ${when}${refresh}`;
}

export type Movement = 'up' | 'down' | 'flat' | 'unknown';

/** Which way a figure went between two cells (unknown when either is hidden or empty). */
export function movement(from: Cell, to: Cell): Movement {
  if (from.value === null || to.value === null) {
    return 'unknown';
  }
  if (to.value === from.value) {
    return 'flat';
  }
  return to.value > from.value ? 'up' : 'down';
}
