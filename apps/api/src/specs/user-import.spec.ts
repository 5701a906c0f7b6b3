import { ApiClient, createUser, TestApp } from '@mentorbridge/api-testing';
import type { UserImportReport } from '@mentorbridge/shared-contracts';
import { createApiTestApp } from './support';

const CSV = [
  'email,name,department,title,manager_email,location,languages,seniority',
  'ada.boss@acme.example,Ada Boss,Engineering,Director,,Berlin,English;German,Director', // line 2: ok
  'ben.dev@acme.example,Ben Dev,Engineering,Engineer,ada.boss@acme.example,Berlin,English,2', // line 3: manager from this file
  'not-an-email,Broken Row,Sales,,,,,', // line 4: bad email
  'cara.ops@acme.example,,Operations,,,,,', // line 5: missing name
  'dan.ops@acme.example,Dan Ops,Operations,,ghost@acme.example,,,', // line 6: unknown manager
  'eve.old@acme.example,Eve Renamed,Finance,,,,,3', // line 7: update of an existing person
  'ben.dev@acme.example,Ben Again,Engineering,,,,,', // line 8: duplicate email
  'fay.lead@acme.example,Fay Lead,Data,,,,,Wizard', // line 9: bad seniority
].join('\n');

describe('importing people from CSV', () => {
  let t: TestApp;
  let client: ApiClient;

  beforeAll(async () => {
    t = await createApiTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    const hr = await createUser(t.dataSource, { roles: ['admin'] });
    await createUser(t.dataSource, {
      email: 'eve.old@acme.example',
      displayName: 'Eve Old',
      department: 'Finance',
    });
    client = new ApiClient(t.server);
    await client.signIn(hr.email, hr.password);
  });

  const peopleCount = async () =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM app_user`))[0].n);

  it('previews the import per row without saving anything', async () => {
    const before = await peopleCount();
    const response = await client.post('/api/users/import/preview', {
      csv: CSV,
      roles: ['mentee'],
    });
    expect(response.status).toBe(200);
    const report = response.body as UserImportReport;

    expect(report.dryRun).toBe(true);
    expect(report.summary).toEqual({ create: 2, update: 1, unchanged: 0, error: 5 });
    const byLine = Object.fromEntries(report.rows.map((r) => [r.line, r]));
    expect(byLine[2].action).toBe('create');
    expect(byLine[3].action).toBe('create');
    expect(byLine[4].errors).toEqual([{ field: 'email', message: 'is not a valid email address' }]);
    expect(byLine[5].errors).toEqual([{ field: 'name', message: 'is required' }]);
    expect(byLine[6].errors[0].message).toBe(
      'ghost@acme.example is neither in the directory nor in this file',
    );
    expect(byLine[7].action).toBe('update');
    expect(byLine[8].errors[0].message).toBe(
      'appears more than once in the file (first on line 3)',
    );
    expect(byLine[9].errors[0].field).toBe('seniority');
    expect(await peopleCount()).toBe(before);
  });

  it('saves every good row, reports the bad ones, and wires managers created by the same file', async () => {
    const response = await client.post('/api/users/import', { csv: CSV, roles: ['mentee'] });
    expect(response.status).toBe(200);
    const report = response.body as UserImportReport;
    expect(report.dryRun).toBe(false);
    expect(report.summary).toEqual({ create: 2, update: 1, unchanged: 0, error: 5 });

    const rows: {
      email: string;
      display_name: string;
      status: string;
      manager: string | null;
      languages: string[];
      seniority_level: number | null;
      roles: string[] | null;
    }[] = await t.dataSource.query(
      `SELECT u.email, u.display_name, u.status, m.email AS manager, u.languages, u.seniority_level,
                array_agg(g.role) FILTER (WHERE g.role IS NOT NULL) AS roles
           FROM app_user u LEFT JOIN app_user m ON m.id = u.manager_id LEFT JOIN role_grant g ON g.user_id = u.id
          WHERE u.email LIKE '%@acme.example' GROUP BY u.id, m.email ORDER BY u.email`,
    );
    expect(rows).toEqual([
      {
        email: 'ada.boss@acme.example',
        display_name: 'Ada Boss',
        status: 'invited',
        manager: null,
        languages: ['English', 'German'],
        seniority_level: 5,
        roles: ['mentee'],
      },
      {
        email: 'ben.dev@acme.example',
        display_name: 'Ben Dev',
        status: 'invited',
        manager: 'ada.boss@acme.example',
        languages: ['English'],
        seniority_level: 2,
        roles: ['mentee'],
      },
      {
        email: 'eve.old@acme.example',
        display_name: 'Eve Renamed',
        status: 'active',
        manager: null,
        languages: [],
        seniority_level: 3,
        roles: null,
      },
    ]);

    // Importing the same file again changes nothing.
    const again = (await client.post('/api/users/import', { csv: CSV, roles: ['mentee'] }))
      .body as UserImportReport;
    expect(again.summary).toEqual({ create: 0, update: 0, unchanged: 3, error: 5 });
  });

  it('refuses a file whose reporting lines loop, and the rows that depend on them', async () => {
    const csv = [
      'email;name;manager_email',
      'a@acme.example;A;b@acme.example',
      'b@acme.example;B;a@acme.example',
      'c@acme.example;C;a@acme.example',
    ].join('\n');
    const report = (await client.post('/api/users/import', { csv })).body as UserImportReport;
    expect(report.rows.map((r) => [r.line, r.action])).toEqual([
      [2, 'error'],
      [3, 'error'],
      [4, 'error'],
    ]);
    expect(report.rows[0].errors[0].message).toBe('would create a loop in the reporting line');
    expect(await peopleCount()).toBe(2);
  });

  it('reports file-level problems instead of guessing', async () => {
    const report = (
      await client.post('/api/users/import/preview', { csv: 'mail,full name\nx@y.example,X' })
    ).body as UserImportReport;
    expect(report.fileErrors).toEqual([
      'Unknown column: mail. Expected: email, name, department, title, manager_email, location, languages, seniority.',
      'The header has no "email" column.',
    ]);
    expect(report.rows).toEqual([]);
  });

  it('offers a template that imports cleanly', async () => {
    const template = await client.get('/api/users/import/template').expect(200);
    expect(template.headers['content-type']).toMatch(/text\/csv/);
    const report = (await client.post('/api/users/import/preview', { csv: template.text }))
      .body as UserImportReport;
    expect(report.summary.error).toBe(0);
    expect(report.summary.create).toBe(2);
  });
});
