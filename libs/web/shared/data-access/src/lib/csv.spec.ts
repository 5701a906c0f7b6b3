import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks so names survive a spreadsheet', () => {
    const csv = toCsv(['Name', 'Title'], [['Silva, Ana', 'Lead "Ops"\nEMEA']]);

    expect(csv).toBe('Name,Title\r\n"Silva, Ana","Lead ""Ops""\nEMEA"\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const csv = toCsv(['Name'], [['=HYPERLINK("http://evil")'], ['@SUM(A1)'], ['-1+2']]);

    expect(csv.split('\r\n').slice(1, 4)).toEqual([
      `"'=HYPERLINK(""http://evil"")"`,
      `'@SUM(A1)`,
      `'-1+2`,
    ]);
  });

  it('writes empty cells for missing values and keeps numbers as they are', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, -3]])).toBe('a,b,c\r\n,,-3\r\n');
  });
});
