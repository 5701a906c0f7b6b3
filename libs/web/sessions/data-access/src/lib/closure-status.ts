import { CLOSING_WINDOW_DAYS, MatchView } from '@mentorbridge/shared-contracts';

/** Today as YYYY-MM-DD in the person's own time zone. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from one calendar day (YYYY-MM-DD) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const day = (value: string) => {
    const [y, m, d] = value.slice(0, 10).split('-').map(Number);
    return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** A calendar day (YYYY-MM-DD) moved by a number of days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  const moved = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return moved.toISOString().slice(0, 10);
}

/**
 * An active match whose planned end is at most CLOSING_WINDOW_DAYS away (or already past): its
 * closure checklist is open and the pair should finish it.
 */
export function inClosingWindow(
  match: Pick<MatchView, 'state' | 'plannedEnd'>,
  today = localToday(),
): boolean {
  return (
    match.state === 'active' &&
    !!match.plannedEnd &&
    daysBetween(today, match.plannedEnd) <= CLOSING_WINDOW_DAYS
  );
}
