import { ApiClient, createUser, TestApp } from '@mentorbridge/api-testing';
import { CurrentUser, SESSION_COOKIE } from '@mentorbridge/shared-contracts';
import { createApiTestApp } from './support';

describe('signing in and out', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createApiTestApp({
      TRUST_PROXY: 'true',
      LOGIN_RATE_PER_ACCOUNT: '3',
      LOGIN_RATE_PER_ADDRESS: '6',
    });
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  it('signs a mentor in, sets an httpOnly session cookie and lands them on the mentor home', async () => {
    const mentor = await createUser(t.dataSource, {
      roles: ['mentor'],
      email: 'Mentor.One@Test.example',
    });
    const client = new ApiClient(t.server);

    const response = await client.post('/api/auth/login', {
      email: 'mentor.one@test.example',
      password: mentor.password,
    });

    expect(response.status).toBe(200);
    const me = response.body as CurrentUser;
    expect(me).toMatchObject({
      email: 'mentor.one@test.example',
      roles: ['mentor'],
      homeRoute: 'mentor',
    });
    const cookie = [response.headers['set-cookie']]
      .flat()
      .find((c) => c?.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(JSON.stringify(response.body)).not.toContain('password');
    await client.get('/api/auth/me').expect(200);
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    await createUser(t.dataSource, { email: 'known@test.example', roles: ['mentee'] });
    const client = new ApiClient(t.server);

    const wrong = await client.post('/api/auth/login', {
      email: 'known@test.example',
      password: 'not-the-password',
    });
    const unknown = await client.post('/api/auth/login', {
      email: 'nobody@test.example',
      password: 'not-the-password',
    });

    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe('Email or password is incorrect.');
    expect(unknown.body.message).toBe(wrong.body.message);
    expect(wrong.body.code).toBe('invalid_credentials');
  });

  it('refuses deactivated and not-yet-activated people', async () => {
    const gone = await createUser(t.dataSource, { status: 'deactivated', roles: ['mentor'] });
    const invited = await createUser(t.dataSource, { status: 'invited', roles: ['mentee'] });
    const client = new ApiClient(t.server);
    for (const person of [gone, invited]) {
      const response = await client.post('/api/auth/login', {
        email: person.email,
        password: person.password,
      });
      expect(response.status).toBe(401);
    }
  });

  it('ends the session on the server at logout, so a stolen cookie stops working', async () => {
    const mentee = await createUser(t.dataSource, { roles: ['mentee'] });
    const client = new ApiClient(t.server);
    const login = await client.signIn(mentee.email, mentee.password);
    const sessionCookie =
      [login.headers['set-cookie']].flat().find((c) => c?.startsWith(`${SESSION_COOKIE}=`)) ?? '';
    const stolen = sessionCookie.split(';')[0];

    expect((await client.post('/api/auth/logout')).status).toBe(204);

    await client.get('/api/auth/me').expect(401);
    const replay = await new ApiClient(t.server).get('/api/auth/me').set('cookie', stolen);
    expect(replay.status).toBe(401);
  });

  it('answers 401 to a missing or forged session token, never 500', async () => {
    await new ApiClient(t.server).get('/api/auth/me').expect(401);
    for (const forged of ['x', 'a'.repeat(64), "' OR 1=1 --", '%00%ff'])
      expect(
        (
          await new ApiClient(t.server)
            .get('/api/auth/me')
            .set('cookie', `${SESSION_COOKIE}=${encodeURIComponent(forged)}`)
        ).status,
      ).toBe(401);
  });

  it('clamps page sizes instead of serving unbounded lists', async () => {
    const hr = await createUser(t.dataSource, { roles: ['admin'] });
    const client = new ApiClient(t.server);
    await client.signIn(hr.email, hr.password);
    const page = await client.get('/api/programs?pageSize=100000').expect(200);
    expect(page.body.pageSize).toBeLessThanOrEqual(100);
  });

  it('expires a session that has been idle too long', async () => {
    const mentee = await createUser(t.dataSource, { roles: ['mentee'] });
    const client = new ApiClient(t.server);
    await client.signIn(mentee.email, mentee.password);
    await client.get('/api/auth/me').expect(200);

    await t.dataSource.query(`UPDATE user_session SET last_seen_at = now() - interval '9 hours'`);

    await client.get('/api/auth/me').expect(401);
  });

  it('signs a person out everywhere the moment they are deactivated', async () => {
    const hr = await createUser(t.dataSource, { roles: ['admin'] });
    const mentor = await createUser(t.dataSource, { roles: ['mentor'] });
    const hrClient = new ApiClient(t.server);
    const mentorClient = new ApiClient(t.server);
    await hrClient.signIn(hr.email, hr.password);
    await mentorClient.signIn(mentor.email, mentor.password);

    const response = await hrClient.patch(`/api/users/${mentor.id}`, { status: 'deactivated' });

    expect(response.status).toBe(200);
    await mentorClient.get('/api/auth/me').expect(401);
  });

  it('rate-limits repeated failures for one account from one address without locking out other addresses', async () => {
    const mentor = await createUser(t.dataSource, { roles: ['mentor'] });
    const attacker = new ApiClient(t.server);
    const from = (client: ApiClient, address: string, password: string) =>
      client.post(
        '/api/auth/login',
        { email: mentor.email, password },
        { 'x-forwarded-for': address },
      );

    for (let i = 0; i < 3; i++) {
      expect((await from(attacker, '203.0.113.9', 'wrong-password')).status).toBe(401);
    }
    const blocked = await from(attacker, '203.0.113.9', mentor.password);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

    const fromElsewhere = await from(new ApiClient(t.server), '198.51.100.7', mentor.password);
    expect(fromElsewhere.status).toBe(200);
  });

  it('rate-limits one address trying many accounts', async () => {
    const people = await Promise.all(
      [1, 2, 3, 4].map(() => createUser(t.dataSource, { roles: ['mentee'] })),
    );
    const sprayer = new ApiClient(t.server);
    const statuses: number[] = [];
    for (const person of [...people, ...people]) {
      const response = await sprayer.post(
        '/api/auth/login',
        { email: person.email, password: 'Winter2026!' },
        { 'x-forwarded-for': '192.0.2.44' },
      );
      statuses.push(response.status);
    }
    // 6 failures allowed per address in the window, then 429 whatever the account.
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(statuses.slice(6)).toEqual([429, 429]);
  });

  it('requires the CSRF header on state-changing requests', async () => {
    const mentee = await createUser(t.dataSource, { roles: ['mentee'] });
    const client = new ApiClient(t.server);
    await client.csrfToken(); // the cookie is present, as it would be in a victim's browser

    // What a cross-site form post looks like: cookies sent, header absent.
    const response = await client.raw
      .post('/api/auth/login')
      .send({ email: mentee.email, password: mentee.password });

    expect(response.status).toBe(403);
    expect(response.body.code).toBe('csrf_failed');
  });

  it('changes the password and signs out the other browsers of that person', async () => {
    const mentor = await createUser(t.dataSource, { roles: ['mentor'] });
    const laptop = new ApiClient(t.server);
    const phone = new ApiClient(t.server);
    await laptop.signIn(mentor.email, mentor.password);
    await phone.signIn(mentor.email, mentor.password);

    const wrong = await laptop.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'a-brand-new-secret',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toEqual([{ field: 'currentPassword', message: 'is not correct' }]);

    const changed = await laptop.post('/api/auth/password', {
      currentPassword: mentor.password,
      newPassword: 'a-brand-new-secret',
    });
    expect(changed.status).toBe(204);
    await laptop.get('/api/auth/me').expect(200);
    await phone.get('/api/auth/me').expect(401);
    const again = new ApiClient(t.server);
    expect(
      (await again.post('/api/auth/login', { email: mentor.email, password: mentor.password }))
        .status,
    ).toBe(401);
    expect(
      (await again.post('/api/auth/login', { email: mentor.email, password: 'a-brand-new-secret' }))
        .status,
    ).toBe(200);
  });
});
