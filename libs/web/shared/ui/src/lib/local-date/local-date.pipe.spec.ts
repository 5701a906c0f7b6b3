import { formatLocalDate, LocalDatePipe } from './local-date.pipe';

describe('formatLocalDate', () => {
  const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  const moment = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

  it('shows a calendar day as that day, whatever the time zone', () => {
    expect(formatLocalDate('2027-03-01')).toBe(day.format(new Date(2027, 2, 1)));
  });

  it('shows a moment in the person’s time zone, with the time when asked', () => {
    const at = '2027-04-09T09:00:00Z';
    expect(formatLocalDate(at)).toBe(day.format(new Date(at)));
    expect(formatLocalDate(at, 'dateTime')).toBe(moment.format(new Date(at)));
  });

  it('shows nothing for no date and leaves text that is not a date as it is', () => {
    expect(formatLocalDate(null)).toBe('');
    expect(formatLocalDate(undefined)).toBe('');
    expect(formatLocalDate('soon')).toBe('soon');
  });

  it('is the localDate pipe', () => {
    expect(new LocalDatePipe().transform('2027-03-01')).toBe(day.format(new Date(2027, 2, 1)));
  });
});
