import { ApiClient, createUser, TestApp } from '@mentorbridge/api-testing';
import { createApiTestApp } from './support';

describe('HTTP hygiene', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createApiTestApp({ BODY_LIMIT_BYTES: '4096' });
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  it('sends security headers and a request id on every response', async () => {
    const response = await new ApiClient(t.server).get('/api/health').expect(200);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body).toEqual({ status: 'ok', database: 'up', version: 'test' });
  });

  it('does not reflect arbitrary origins in CORS headers', async () => {
    const response = await new ApiClient(t.server)
      .get('/api/health')
      .set('origin', 'https://evil.example');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers an unknown API route with the JSON error shape', async () => {
    const response = await new ApiClient(t.server).get('/api/nothing-here').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'not_found' });
    expect(typeof response.body.requestId).toBe('string');
  });

  it('explains malformed JSON and oversize bodies without a stack trace', async () => {
    const client = new ApiClient(t.server);
    const token = await client.csrfToken();
    const malformed = await client.raw
      .post('/api/auth/login')
      .set('X-XSRF-TOKEN', token)
      .set('content-type', 'application/json')
      .send('{"email": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toBe('The request body is not valid JSON.');
    expect(JSON.stringify(malformed.body)).not.toMatch(/at .*\.(js|ts):\d+/);

    const huge = await client.post('/api/auth/login', {
      email: 'a@b.example',
      password: 'x'.repeat(10_000),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('payload_too_large');
  });

  it('never includes a stack trace or SQL when something breaks inside', async () => {
    const hr = await createUser(t.dataSource, { roles: ['admin'] });
    const client = new ApiClient(t.server);
    await client.signIn(hr.email, hr.password);
    await t.dataSource.query(`ALTER TABLE role_grant RENAME TO role_grant_gone`);
    try {
      const response = await client.get('/api/users');
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        statusCode: 500,
        code: 'internal_error',
        message: 'Something went wrong on our side. Please try again.',
        requestId: response.headers['x-request-id'],
      });
    } finally {
      await t.dataSource.query(`ALTER TABLE role_grant_gone RENAME TO role_grant`);
    }
  });

  it('answers a failed download (CSV, calendar) with the JSON error, not a 500', async () => {
    const hr = await createUser(t.dataSource, { roles: ['admin'] });
    const client = new ApiClient(t.server);
    await client.signIn(hr.email, hr.password);
    // The route declares text/csv before its pipes and handler run; the 404 must still be sent.
    const csv = await client.get(`/api/reporting/cohorts/${hr.id}/export.csv`);
    expect(csv.status).toBe(404);
    expect(csv.headers['content-type']).toMatch(/^application\/json/);
    expect(csv.body).toMatchObject({ statusCode: 404, code: 'not_found' });
    const ics = await client.get(`/api/sessions/${hr.id}/invite.ics`);
    expect(ics.status).toBe(404);
    expect(ics.body).toMatchObject({ statusCode: 404, code: 'not_found' });
  });

  it('serves the OpenAPI document and the interactive docs', async () => {
    const client = new ApiClient(t.server);
    const doc = await client.get('/api/docs/openapi.json').expect(200);
    expect(doc.body.info.title).toBe('MentorBridge API');
    const ui = await client.get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });
});
