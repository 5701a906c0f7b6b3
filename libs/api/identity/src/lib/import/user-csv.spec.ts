import { parseSeniority, parseUserCsv, USER_CSV_TEMPLATE } from './user-csv';

describe('parseUserCsv', () => {
  it('reads comma-separated files with a BOM, quoted cells and Windows line endings', () => {
    const csv =
      '\uFEFFemail,name,languages,seniority\r\n"Ada@Acme.example","Lovelace, Ada","English, French",Senior\r\n';
    const { rows, fileErrors } = parseUserCsv(csv);
    expect(fileErrors).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({
        line: 2,
        email: 'ada@acme.example',
        name: 'Lovelace, Ada',
        languages: ['English', 'French'],
        seniorityLevel: 3,
        errors: [],
      }),
    ]);
  });

  it('detects semicolon-separated files (as spreadsheet software exports them in many locales)', () => {
    const { rows } = parseUserCsv(
      'E-Mail;Full Name;Manager\nbo@acme.example;Bo;ada@acme.example\n',
    );
    expect(rows[0]).toMatchObject({
      email: 'bo@acme.example',
      name: 'Bo',
      managerEmail: 'ada@acme.example',
    });
  });

  it('reports the file line of each row, counting blank lines that are skipped', () => {
    const { rows } = parseUserCsv('email,name\na@x.example,A\n\nb@x.example,B\n');
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('flags each bad field of a row with a plain message', () => {
    const { rows } = parseUserCsv(
      `email,name,manager_email,seniority,languages\nme@x.example,,me@x.example,12,${'x'.repeat(41)}\n`,
    );
    expect(rows[0].errors).toEqual([
      { field: 'name', message: 'is required' },
      { field: 'manager_email', message: 'cannot be the person themselves' },
      { field: 'languages', message: 'each language must be 2 to 40 characters' },
      {
        field: 'seniority',
        message: 'must be 1–6 or one of Entry, Professional, Senior, Lead, Director, Executive',
      },
    ]);
  });

  it('refuses files without the required columns, with duplicate columns, or without rows', () => {
    expect(parseUserCsv('').fileErrors).toEqual(['The file is empty.']);
    expect(parseUserCsv('name\nAda').fileErrors).toEqual(['The header has no "email" column.']);
    expect(parseUserCsv('email,name,email\n').fileErrors).toContain(
      'Column "email" appears twice in the header.',
    );
    expect(parseUserCsv('email,name\n').fileErrors).toEqual([
      'The file has a header but no people.',
    ]);
    expect(parseUserCsv('email,name\n"unclosed,x\n').fileErrors[0]).toMatch(
      /^The file is not valid CSV/,
    );
  });

  it('ships a template that parses without errors', () => {
    const { rows, fileErrors } = parseUserCsv(USER_CSV_TEMPLATE);
    expect(fileErrors).toEqual([]);
    expect(rows.every((r) => r.errors.length === 0)).toBe(true);
  });
});

describe('parseSeniority', () => {
  it.each([
    ['1', 1],
    ['6', 6],
    ['lead', 4],
    [' Executive ', 6],
    ['0', null],
    ['7', null],
    ['boss', null],
  ])('reads %j as %j', (input, expected) => {
    expect(parseSeniority(input)).toBe(expected);
  });
});
