import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import type {
  InvitationResult,
  Page,
  UserDetail,
  UserSummary,
} from '@mentorbridge/shared-contracts';
import { createApiTestApp } from './support';

describe('people directory (HR lead)', () => {
  let t: TestApp;
  let hr: TestUser;
  let client: ApiClient;

  beforeAll(async () => {
    t = await createApiTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    hr = await createUser(t.dataSource, {
      roles: ['admin'],
      displayName: 'Hana HR',
      email: 'hana@acme.example',
    });
    client = new ApiClient(t.server);
    await client.signIn(hr.email, hr.password);
  });

  it('invites a person who then activates with the link and lands on their home', async () => {
    const manager = await createUser(t.dataSource, {
      displayName: 'Mona Manager',
      department: 'Engineering',
    });
    const invite = await client.post('/api/users', {
      email: '  Li.Wei@Acme.example ',
      displayName: 'Li Wei',
      department: 'Engineering',
      seniorityLevel: 2,
      languages: ['English', 'Mandarin'],
      managerId: manager.id,
      roles: ['mentee'],
    });
    expect(invite.status).toBe(201);
    const result = invite.body as InvitationResult;
    expect(result.user).toMatchObject({
      email: 'li.wei@acme.example',
      status: 'invited',
      roles: ['mentee'],
      manager: { displayName: 'Mona Manager' },
    });
    expect(result.activationUrl).toMatch(/^http:\/\/mentorbridge\.test\/activate\?token=/);

    const token = new URL(result.activationUrl).searchParams.get('token') ?? '';
    const invitee = new ApiClient(t.server);
    const info = await invitee.get(`/api/auth/activation/${token}`).expect(200);
    expect(info.body).toEqual({ email: 'li.wei@acme.example', displayName: 'Li Wei' });

    const short = await invitee.post('/api/auth/activate', { token, password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.details[0].field).toBe('password');

    const activated = await invitee.post('/api/auth/activate', {
      token,
      password: 'a-long-enough-secret',
    });
    expect(activated.status).toBe(200);
    expect(activated.body.homeRoute).toBe('mentee');
    await invitee.get('/api/auth/me').expect(200);

    // The link is single-use.
    expect(
      (
        await new ApiClient(t.server).post('/api/auth/activate', {
          token,
          password: 'another-secret-1',
        })
      ).status,
    ).toBe(404);
  });

  it('refuses a second person with the same email, whatever the case', async () => {
    await createUser(t.dataSource, { email: 'sam@acme.example' });
    const response = await client.post('/api/users', {
      email: 'SAM@acme.example',
      displayName: 'Sam',
      roles: [],
    });
    expect(response.status).toBe(409);
    expect(response.body.details).toEqual([
      { field: 'email', message: 'is already in the directory' },
    ]);
  });

  it('explains every invalid field at once and rejects unknown fields', async () => {
    const response = await client.post('/api/users', {
      email: 'not-an-email',
      displayName: '',
      roles: ['boss'],
      seniorityLevel: 9,
      timeZone: 'Mars/Olympus',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    const fields = (response.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['displayName', 'email', 'roles', 'seniorityLevel', 'timeZone']);

    const mass = await client.post('/api/users', {
      email: 'x@acme.example',
      displayName: 'X',
      roles: [],
      status: 'active',
      passwordHash: 'x',
    });
    expect(mass.status).toBe(400);
    expect(mass.body.message).toMatch(/Unknown fields?: .*passwordHash/);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM app_user WHERE email = 'x@acme.example'`,
    );
    expect(count).toBe(0);
  });

  it('searches, filters and pages the directory, clamping oversized pages', async () => {
    for (let i = 0; i < 12; i++) {
      await createUser(t.dataSource, {
        displayName: `Engineer ${String(i).padStart(2, '0')}`,
        department: 'Engineering',
        roles: i % 3 === 0 ? ['mentor'] : [],
      });
    }
    await createUser(t.dataSource, { displayName: 'Sales Person', department: 'Sales' });

    const page = await client
      .get('/api/users?department=Engineering&pageSize=5&page=2&sort=displayName')
      .expect(200);
    const body = page.body as Page<UserSummary>;
    expect(body.total).toBe(12);
    expect(body.items.map((u) => u.displayName)).toEqual([
      'Engineer 05',
      'Engineer 06',
      'Engineer 07',
      'Engineer 08',
      'Engineer 09',
    ]);

    const mentors = await client.get('/api/users?role=mentor').expect(200);
    expect((mentors.body as Page<UserSummary>).items.map((u) => u.displayName)).toEqual([
      'Engineer 00',
      'Engineer 03',
      'Engineer 06',
      'Engineer 09',
    ]);

    const search = await client.get('/api/users?search=sales').expect(200);
    expect((search.body as Page<UserSummary>).items.map((u) => u.displayName)).toEqual([
      'Sales Person',
    ]);

    const wildcard = await client.get('/api/users?search=%25').expect(200);
    expect((wildcard.body as Page<UserSummary>).total).toBe(0);

    const huge = await client.get('/api/users?pageSize=100000').expect(200);
    expect((huge.body as Page<UserSummary>).pageSize).toBe(100);

    const bad = await client.get('/api/users?page=0&sort=password');
    expect(bad.status).toBe(400);
  });

  it('refuses a manager that would make the reporting line loop', async () => {
    const top = await createUser(t.dataSource, { displayName: 'Top' });
    const middle = await createUser(t.dataSource, { displayName: 'Middle', managerId: top.id });
    const bottom = await createUser(t.dataSource, { displayName: 'Bottom', managerId: middle.id });

    const loop = await client.patch(`/api/users/${top.id}`, { managerId: bottom.id });
    expect(loop.status).toBe(400);
    expect(loop.body.details).toEqual([
      { field: 'managerId', message: 'would create a loop in the reporting line' },
    ]);

    const self = await client.patch(`/api/users/${top.id}`, { managerId: top.id });
    expect(self.status).toBe(400);

    const ok = await client.patch(`/api/users/${bottom.id}`, {
      managerId: top.id,
      title: 'Analyst',
    });
    expect(ok.status).toBe(200);
    expect((ok.body as UserDetail).manager?.displayName).toBe('Top');
    expect((ok.body as UserDetail).title).toBe('Analyst');
  });

  it('grants and revokes roles, but never lets an HR lead lock the organisation out', async () => {
    const person = await createUser(t.dataSource, { roles: ['mentee'] });
    const granted = await client.put(`/api/users/${person.id}/roles`, {
      roles: ['mentee', 'mentor'],
    });
    expect(granted.status).toBe(200);
    expect((granted.body as UserDetail).roles).toEqual(['mentee', 'mentor']);

    const selfDemote = await client.put(`/api/users/${hr.id}/roles`, { roles: ['mentor'] });
    expect(selfDemote.status).toBe(409);
    const selfDeactivate = await client.patch(`/api/users/${hr.id}`, { status: 'deactivated' });
    expect(selfDeactivate.status).toBe(409);

    const other = await createUser(t.dataSource, { roles: ['admin'] });
    expect((await client.put(`/api/users/${other.id}/roles`, { roles: [] })).status).toBe(200);
    const [{ roles }] = await t.dataSource.query(
      `SELECT array_agg(role) FILTER (WHERE role IS NOT NULL) AS roles FROM app_user u LEFT JOIN role_grant g ON g.user_id = u.id WHERE u.id = $1`,
      [other.id],
    );
    expect(roles).toBeNull();
  });

  it('answers 404 for an unknown or malformed person id', async () => {
    await client.get('/api/users/00000000-0000-4000-8000-000000000000').expect(404);
    const malformed = await client.get('/api/users/not-a-uuid');
    expect(malformed.status).toBe(404);
    expect(malformed.body.code).toBe('not_found');
  });

  it('issues a fresh link for an invited person and stops the old one working', async () => {
    const invite = await client.post('/api/users', {
      email: 'new@acme.example',
      displayName: 'New',
      roles: ['mentee'],
    });
    const first = new URL((invite.body as InvitationResult).activationUrl).searchParams.get(
      'token',
    );
    const again = await client.post(
      `/api/users/${(invite.body as InvitationResult).user.id}/invitation`,
    );
    expect(again.status).toBe(200);
    await new ApiClient(t.server).get(`/api/auth/activation/${first}`).expect(404);
    const second = new URL((again.body as InvitationResult).activationUrl).searchParams.get(
      'token',
    );
    await new ApiClient(t.server).get(`/api/auth/activation/${second}`).expect(200);

    const active = await createUser(t.dataSource, {});
    expect((await client.post(`/api/users/${active.id}/invitation`)).status).toBe(409);
  });

  it('lets anyone edit their own profile but not their directory fields', async () => {
    const mentee = await createUser(t.dataSource, { roles: ['mentee'], department: 'Sales' });
    const own = new ApiClient(t.server);
    await own.signIn(mentee.email, mentee.password);

    const updated = await own.patch('/api/me/profile', {
      location: 'Lisbon',
      languages: ['English', 'Portuguese'],
      timeZone: 'Europe/Lisbon',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      location: 'Lisbon',
      languages: ['English', 'Portuguese'],
      timeZone: 'Europe/Lisbon',
      department: 'Sales',
    });

    const sneaky = await own.patch('/api/me/profile', { department: 'Executive Office' });
    expect(sneaky.status).toBe(400);
    const profile = await own.get('/api/me/profile').expect(200);
    expect(profile.body.department).toBe('Sales');
  });

  it('counts the organisation for HR and executive homes', async () => {
    await createUser(t.dataSource, { roles: ['mentor'], department: 'Data' });
    await createUser(t.dataSource, {
      roles: ['mentee'],
      department: 'Data',
      status: 'invited',
      password: null,
    });
    const stats = await client.get('/api/organisation/stats').expect(200);
    expect(stats.body).toEqual({
      people: 3,
      active: 2,
      invited: 1,
      deactivated: 0,
      departments: 1,
      byRole: { admin: 1, mentor: 1, mentee: 1, executive: 0 },
      withoutManager: 2,
    });
  });
});
