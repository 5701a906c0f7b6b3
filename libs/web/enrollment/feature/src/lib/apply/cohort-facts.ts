import {
  MEETING_MODE_LABELS,
  OpenCohort,
  PROGRAM_FORMAT_LABELS,
} from '@mentorbridge/shared-contracts';

const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** `2027-03-01` as that calendar day in the person's locale (no time-zone shift). */
export function formatDay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) {
    return value;
  }
  const [, year, month, day] = match;
  return DAY.format(new Date(Number(year), Number(month) - 1, Number(day)));
}

/** A moment (ISO timestamp) as a day in the person's locale and time zone. */
export function formatMoment(value: string | null): string {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : DAY.format(date);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Meet about every 3 weeks for 9 months". */
export function cadenceText(cohort: Pick<OpenCohort, 'cadenceWeeks' | 'durationMonths'>): string {
  const every = cohort.cadenceWeeks === 1 ? 'every week' : `every ${cohort.cadenceWeeks} weeks`;
  return `Meet about ${every} for ${plural(cohort.durationMonths, 'month')}`;
}

export interface CohortFacts {
  format: string;
  dates: string;
  cadence: string;
  modes: string;
}

export function cohortFacts(cohort: OpenCohort): CohortFacts {
  return {
    format: PROGRAM_FORMAT_LABELS[cohort.format],
    dates: `${formatDay(cohort.startDate)} – ${formatDay(cohort.endDate)}`,
    cadence: cadenceText(cohort),
    modes: cohort.meetingModes.map((mode) => MEETING_MODE_LABELS[mode]).join(', ') || '—',
  };
}
