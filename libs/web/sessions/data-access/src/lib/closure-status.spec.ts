import { addDays, daysBetween, inClosingWindow } from './closure-status';

describe('closure dates', () => {
  it('counts calendar days, across months and years', () => {
    expect(daysBetween('2027-01-30', '2027-03-01')).toBe(30);
    expect(daysBetween('2027-12-31', '2028-01-01')).toBe(1);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('opens the closing window 30 days before the planned end of an active match', () => {
    // 2027-06-30 − 2027-05-31 = 30 days: inside; one day earlier it is 31 days: outside.
    const match = { state: 'active' as const, plannedEnd: '2027-06-30' };
    expect(inClosingWindow(match, '2027-05-31')).toBe(true);
    expect(inClosingWindow(match, '2027-05-30')).toBe(false);
    expect(inClosingWindow(match, '2027-07-10')).toBe(true);
    expect(inClosingWindow({ ...match, state: 'completed' }, '2027-06-15')).toBe(false);
    expect(inClosingWindow({ ...match, plannedEnd: null }, '2027-06-15')).toBe(false);
  });
});
