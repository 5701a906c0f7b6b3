import { ExistingPerson, planUserImport } from './plan-user-import';
import { parseUserCsv } from './user-csv';

const person = (
  email: string,
  managerEmail: string | null = null,
  extra: Partial<ExistingPerson> = {},
): ExistingPerson => ({
  id: email,
  email,
  displayName: email.split('@')[0],
  department: null,
  title: null,
  location: null,
  languages: [],
  seniorityLevel: null,
  managerEmail,
  ...extra,
});

const plan = (csv: string, existing: ExistingPerson[] = []) =>
  planUserImport(parseUserCsv(csv).rows, new Map(existing.map((p) => [p.email, p])));

describe('planUserImport', () => {
  it('creates new people and accepts managers who are new in the same file, in any order', () => {
    const rows = plan('email,name,manager_email\nb@x.example,B,a@x.example\na@x.example,A,\n');
    expect(rows.map((r) => [r.email, r.action])).toEqual([
      ['b@x.example', 'create'],
      ['a@x.example', 'create'],
    ]);
  });

  it('updates only when a filled cell differs; empty cells leave existing values alone', () => {
    const existing = [
      person('a@x.example', null, { displayName: 'A', department: 'Sales', title: 'Rep' }),
    ];
    expect(plan('email,name,department,title\na@x.example,A,Sales,\n', existing)[0].action).toBe(
      'unchanged',
    );
    expect(plan('email,name,department\na@x.example,A,Finance\n', existing)[0].action).toBe(
      'update',
    );
  });

  it('refuses a change that would make the existing reporting line loop', () => {
    // Existing: c reports to b, b reports to a. The file makes a report to c.
    const existing = [
      person('a@x.example'),
      person('b@x.example', 'a@x.example'),
      person('c@x.example', 'b@x.example'),
    ];
    const rows = plan('email,name,manager_email\na@x.example,a,c@x.example\n', existing);
    expect(rows[0].action).toBe('error');
    expect(rows[0].errors).toEqual([
      { field: 'manager_email', message: 'would create a loop in the reporting line' },
    ]);
  });

  it('refuses rows whose manager row is itself refused, so no half-built reporting line is saved', () => {
    const rows = plan(
      'email,name,manager_email\nboss@x.example,,\nreport@x.example,R,boss@x.example\n',
    );
    expect(rows.map((r) => r.action)).toEqual(['error', 'error']);
    expect(rows[1].errors[0].message).toBe('boss@x.example has errors in this file (line 2)');
  });

  it('keeps an existing manager valid even when the file row for that manager has errors', () => {
    const rows = plan(
      'email,name,manager_email\nboss@x.example,,\nreport@x.example,R,boss@x.example\n',
      [person('boss@x.example')],
    );
    expect(rows.map((r) => r.action)).toEqual(['error', 'create']);
  });
});
