import { Pipe, PipeTransform } from '@angular/core';

const FORMATS = {
  /** "1 Mar 2027" / "Mar 1, 2027". */
  date: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }),
  /** A moment, in the person's time zone. */
  dateTime: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
} as const;

export type LocalDateStyle = keyof typeof FORMATS;

/** `2027-03-01` → that calendar day at local midnight (no time-zone shift), else null. */
function calendarDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

/**
 * Dates in the person's own locale and time zone (the browser's), not the app's build locale.
 * A moment (`2027-03-01T09:00:00Z`) shows in the person's time zone; a calendar day
 * (`2027-03-01`) stays that day in every time zone. Text that is not a date is shown as it is.
 */
export function formatLocalDate(
  value: string | null | undefined,
  style: LocalDateStyle = 'date',
): string {
  if (!value) {
    return '';
  }
  const date = calendarDay(value) ?? new Date(value);
  return Number.isNaN(date.getTime()) ? value : FORMATS[style].format(date);
}

/** `{{ match.respondBy | localDate }}`, `{{ run.createdAt | localDate: 'dateTime' }}`. */
@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | null | undefined, style: LocalDateStyle = 'date'): string {
    return formatLocalDate(value, style);
  }
}
