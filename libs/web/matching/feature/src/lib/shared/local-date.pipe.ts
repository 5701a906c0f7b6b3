import { Pipe, PipeTransform } from '@angular/core';

const FORMATS = {
  /** "1 Mar 2027" / "Mar 1, 2027". */
  date: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }),
  /** A moment, in the person's time zone. */
  dateTime: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
} as const;

/** Dates in the person's own locale and time zone (the browser's). */
export function formatLocalDate(
  value: string | null | undefined,
  style: keyof typeof FORMATS = 'date',
): string {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : FORMATS[style].format(date);
}

@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | null | undefined, style: keyof typeof FORMATS = 'date'): string {
    return formatLocalDate(value, style);
  }
}
