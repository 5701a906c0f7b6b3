import { METRIC_DEFINITIONS, METRIC_KEYS } from '@mentorbridge/shared-contracts';
import {
  baseText,
  cellText,
  definitionFor,
  formatMetric,
  freshnessText,
  hasNoData,
  METRIC_GROUPS,
  monthAxisLabels,
  monthName,
  movement,
  parseReportPeriod,
  targetMet,
  targetText,
} from './reporting-format';

describe('reporting format', () => {
  it('writes each unit the way people read it', () => {
    expect(formatMetric(1234, 'count')).toBe('1,234');
    expect(formatMetric(71.6, 'percent')).toBe('72 %');
    expect(formatMetric(12.5, 'days')).toBe('12.5 days');
    expect(formatMetric(1, 'days')).toBe('1 day');
    expect(formatMetric(4.2, 'score5')).toBe('4.2 / 5');
    expect(formatMetric(4, 'score5')).toBe('4.0 / 5');
    expect(formatMetric(35, 'nps')).toBe('+35');
    expect(formatMetric(-10, 'nps')).toBe('-10');
    expect(formatMetric(0, 'nps')).toBe('0');
    expect(formatMetric(1.43, 'per_month')).toBe('1.4');
    expect(formatMetric(68.2, 'score100')).toBe('68 / 100');
  });

  it('reads the period from the URL, falling back to all time', () => {
    expect(parseReportPeriod('quarter')).toBe('quarter');
    expect(parseReportPeriod('month')).toBe('month');
    expect(parseReportPeriod('year')).toBe('all');
    expect(parseReportPeriod(null)).toBe('all');
  });

  it('states targets with the direction that counts as good', () => {
    const matchRate = definitionFor('matchRate');
    expect(targetText(matchRate)).toBe('Target ≥ 70 %');
    expect(targetMet(matchRate, { value: 72, suppressed: false })).toBe(true);
    expect(targetMet(matchRate, { value: 69, suppressed: false })).toBe(false);
    expect(targetMet(matchRate, { value: null, suppressed: true })).toBeNull();
    expect(targetText(definitionFor('invited'))).toBeNull();
    expect(targetText({ ...matchRate, higherIsBetter: false, target: 10 })).toBe('Target ≤ 10 %');
  });

  it('prefers the definitions the server sent', () => {
    const served = [{ ...METRIC_DEFINITIONS[0], key: 'invited' as const, definition: 'Served.' }];
    expect(definitionFor('invited', served).definition).toBe('Served.');
    expect(definitionFor('applied', served).label).toBe('Applied');
  });

  it('shows every metric but health and conformance in exactly one group', () => {
    const grouped = METRIC_GROUPS.flatMap((group) => group.keys);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual(
      METRIC_KEYS.filter((key) => key !== 'health' && key !== 'conformance').sort(),
    );
  });

  it('counts bases in people, and treats a rate over nobody as no data', () => {
    expect(baseText(1234)).toBe('over 1,234 people');
    expect(baseText(1)).toBe('over 1 person');
    const zero = { value: 0, suppressed: false } as const;
    const none = { value: null, suppressed: false } as const;
    const hiddenCell = { value: null, suppressed: true } as const;
    expect(hasNoData('percent', zero, zero)).toBe(true);
    expect(hasNoData('count', zero, zero)).toBe(false);
    expect(hasNoData('score100', none, none)).toBe(true);
    expect(hasNoData('percent', hiddenCell, hiddenCell)).toBe(false);
    expect(cellText(none, 'percent')).toBe('—');
    expect(cellText(hiddenCell, 'percent')).toBe('');
    expect(cellText({ value: 72, suppressed: false }, 'percent')).toBe('72 %');
  });

  it('names months, with the year on the axis where it changes', () => {
    expect(monthName('2027-03-01')).toBe('March 2027');
    expect(monthAxisLabels(['2026-11-01', '2026-12-01', '2027-01-01'])).toEqual([
      'Nov\n2026',
      'Dec',
      'Jan\n2027',
    ]);
  });

  it('says how fresh the figures are in the person’s time zone', () => {
    const asOf = new Date(2027, 2, 1, 10, 42);
    const later = new Date(2027, 2, 1, 11, 0);
    const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(asOf);
    expect(freshnessText({ asOf: asOf.toISOString(), refreshEverySeconds: 300 }, later)).toBe(
      `Figures as of ${time}, refreshed every 5 minutes`,
    );
    expect(freshnessText({ asOf: asOf.toISOString(), refreshEverySeconds: 3600 }, later)).toBe(
      `Figures as of ${time}, refreshed every hour`,
    );
    expect(freshnessText({ asOf: asOf.toISOString() }, later)).toBe(`Figures as of ${time}`);
    const nextDay = new Date(2027, 2, 2, 9, 0);
    expect(freshnessText({ asOf: asOf.toISOString() }, nextDay)).toContain('2027');
  });

  it('tells which way a figure moved, unless one side is hidden', () => {
    const cell = (value: number) => ({ value, suppressed: false as const });
    expect(movement(cell(60), cell(72))).toBe('up');
    expect(movement(cell(72), cell(60))).toBe('down');
    expect(movement(cell(5), cell(5))).toBe('flat');
    expect(movement({ value: null, suppressed: true }, cell(5))).toBe('unknown');
    expect(movement({ value: null, suppressed: false }, cell(5))).toBe('unknown');
  });
});
