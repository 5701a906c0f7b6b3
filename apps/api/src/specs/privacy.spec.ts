import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import type {
  AuditEventView,
  ErasePersonResult,
  Page,
  PersonExport,
} from '@mentorbridge/shared-contracts';
import { employee, MENTEE_ANSWERS, recruitingCohort } from './recruitment-fixtures';
import { createApiTestApp } from './support';

/**
 * Trust: the audit log is append-only and searchable; a person's data can be exported (their own
 * words, the other party redacted) and erased (no identifier left in any table, the pair's notes
 * unreadable, aggregates kept).
 */
describe('audit log and personal data', () => {
  let t: TestApp;
  let hrUser: TestUser;
  let hr: ApiClient;

  beforeAll(async () => {
    t = await createApiTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    hrUser = await createUser(t.dataSource, { roles: ['admin'], displayName: 'Hana HR' });
    hr = new ApiClient(t.server);
    await hr.signIn(hrUser.email, hrUser.password);
  });

  const signedIn = async (person: TestUser) => {
    const client = new ApiClient(t.server);
    await client.signIn(person.email, person.password);
    return client;
  };

  /** A mentee who applied, was paired, wrote notes, set a goal, raised a concern and ended early. */
  async function history() {
    const { cohort } = await recruitingCohort(hr);
    const zoe = await employee(t, { displayName: 'Zoë Quillfeather', roles: ['mentee'] });
    const milo = await createUser(t.dataSource, { displayName: 'Milo Partner', roles: ['mentor'] });
    const mentee = await signedIn(zoe);
    const mentor = await signedIn(milo);
    const applied = await mentee.post(`/api/cohorts/${cohort.id}/applications`, {
      role: 'mentee',
      answers: MENTEE_ANSWERS,
    });
    expect(applied.status).toBe(201);
    expect(
      (await hr.post(`/api/applications/${applied.body.id}/decision`, { decision: 'approve' }))
        .status,
    ).toBe(200);
    const [{ id: matchId }] = await t.dataSource.query(
      `INSERT INTO match (cohort_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response, activated_at)
       VALUES ($1, $2, $3, 'active', 'accepted', 'accepted', now() - interval '40 days') RETURNING id`,
      [cohort.id, milo.id, zoe.id],
    );
    // A run's input snapshot quotes the participants by name.
    await t.dataSource.query(
      `INSERT INTO match_run (cohort_id, number, state, settings, inputs, solver_version, progress, created_at)
       VALUES ($1, 1, 'published', '{}', $2::jsonb, 'test', '{}', now())`,
      [cohort.id, JSON.stringify({ mentees: [{ userId: zoe.id, displayName: zoe.displayName }] })],
    );
    for (const [client, text, visibility] of [
      [mentee, 'My own thoughts CANARY-zoe-note', 'private'],
      [mentor, 'The mentor’s shared note CANARY-milo-note', 'shared'],
    ] as const)
      expect(
        (await client.post(`/api/matches/${matchId}/notes`, { text, visibility })).status,
      ).toBe(201);
    expect(
      (await mentee.post(`/api/matches/${matchId}/goals`, { title: 'Negotiate my first deal' }))
        .status,
    ).toBe(201);
    expect(
      (
        await mentee.post(`/api/matches/${matchId}/flags`, {
          topic: 'time',
          urgency: 'low',
          message: 'We keep moving our sessions around.',
        })
      ).status,
    ).toBe(201);
    expect((await hr.get(`/api/matches/${matchId}/flags`)).status).toBe(200);
    // Ending early mails Milo a message that names Zoë.
    expect(
      (await mentee.post(`/api/matches/${matchId}/close`, { reason: 'time', message: 'Thanks!' }))
        .status,
    ).toBe(200);
    return { cohortId: cohort.id, matchId, zoe, milo, mentee, mentor };
  }

  it('keeps the audit log append-only and lets organisation-wide HR leads search it', async () => {
    const { matchId, milo, mentee } = await history();
    const mentor = await signedIn(milo);
    expect((await mentor.get(`/api/matches/${matchId}/notes`)).status).toBe(200);
    const events = (await hr.get('/api/audit?action=match.close_early'))
      .body as Page<AuditEventView>;
    expect(events.total).toBe(1);
    expect(events.items[0]).toMatchObject({
      objectType: 'match',
      objectId: matchId,
      objectLabel: 'Milo Partner & Zoë Quillfeather',
    });
    // A note is named by its pair (the mentee reads the mentor's shared note).
    expect((await mentee.get(`/api/matches/${matchId}/notes`)).status).toBe(200);
    const reads = (await hr.get('/api/audit?action=note.read')).body as Page<AuditEventView>;
    expect(reads.total).toBeGreaterThan(0);
    expect(reads.items[0]).toMatchObject({
      objectType: 'note',
      objectLabel: 'Milo Partner & Zoë Quillfeather',
    });
    expect(events.items[0].actor?.displayName).toBe('Zoë Quillfeather');

    await expect(t.dataSource.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(n).toBeGreaterThan(0);

    expect((await mentor.get('/api/audit')).status).toBe(403);
    const bad = await hr.get('/api/audit?objectId=not-an-id');
    expect(bad.status).toBe(400);
  });

  it('exports everything about a person with the other party redacted, and audits it', async () => {
    const { zoe, milo, matchId } = await history();
    const response = await hr.get(`/api/people/${zoe.id}/export`);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toContain('no-store');
    const data = response.body as PersonExport;
    expect(data.person).toMatchObject({ email: zoe.email, display_name: 'Zoë Quillfeather' });
    expect(data.applications).toHaveLength(1);
    expect(data.relationships).toEqual([
      expect.objectContaining({ id: matchId, my_side: 'mentee', partner: 'another participant' }),
    ]);
    expect(data.notes.map((n) => n['text'])).toEqual(['My own thoughts CANARY-zoe-note']);
    expect(data.goals[0]['title']).toBe('Negotiate my first deal');
    expect(data.concerns[0]['message']).toBe('We keep moving our sessions around.');
    const raw = JSON.stringify(data);
    expect(raw).not.toContain('CANARY-milo-note');
    expect(raw).not.toContain(milo.email);
    expect(raw).not.toContain('Milo Partner');
    const audit = (await hr.get(`/api/audit?action=person.export&objectId=${zoe.id}`))
      .body as Page<AuditEventView>;
    expect(audit.total).toBe(1);
  });

  it('erases a person: no identifier left in any table, the pair’s notes unreadable, aggregates kept', async () => {
    const { zoe, cohortId, matchId, mentor } = await history();
    const wrong = await hr.post(`/api/people/${zoe.id}/erase`, { confirmEmail: 'nope@x.example' });
    expect(wrong.status).toBe(400);
    const [{ still }] = await t.dataSource.query(
      `SELECT count(*)::int AS still FROM app_user WHERE email = $1`,
      [zoe.email],
    );
    expect(still).toBe(1);

    const erased = await hr.post(`/api/people/${zoe.id}/erase`, { confirmEmail: zoe.email });
    expect(erased.status).toBe(200);
    expect(erased.body as ErasePersonResult).toMatchObject({
      erasedUserId: zoe.id,
      pairKeysDestroyed: 1,
    });

    // Every text, JSON and array column of every table (and the raw bytes of sealed ones).
    const columns: { table_name: string; column_name: string }[] = await t.dataSource.query(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
          AND c.data_type IN ('text', 'character varying', 'jsonb', 'ARRAY', 'bytea')`,
    );
    const found: string[] = [];
    for (const c of columns)
      for (const needle of [zoe.email, 'Quillfeather', 'Zoë']) {
        const [{ n }] = await t.dataSource.query(
          `SELECT count(*)::int AS n FROM "${c.table_name}" WHERE strpos("${c.column_name}"::text, $1) > 0`,
          [needle],
        );
        if (n) found.push(`${c.table_name}.${c.column_name} (${needle})`);
      }
    expect(found).toEqual([]);

    // The pair's sealed texts can no longer be read; the relationship still counts.
    expect((await mentor.get(`/api/matches/${matchId}/notes`)).status).toBe(410);
    const [{ participants }] = await t.dataSource.query(
      `SELECT count(*)::int AS participants FROM participant WHERE cohort_id = $1`,
      [cohortId],
    );
    expect(participants).toBe(1);
    const signIn = await new ApiClient(t.server).post('/api/auth/login', {
      email: zoe.email,
      password: zoe.password,
    });
    expect(signIn.status).toBe(401);
    const audit = (await hr.get(`/api/audit?action=person.erase`)).body as Page<AuditEventView>;
    expect(audit.items[0]).toMatchObject({ objectId: zoe.id, actor: { displayName: 'Hana HR' } });
    expect((await hr.post(`/api/people/${zoe.id}/erase`, { confirmEmail: zoe.email })).status).toBe(
      409,
    );
  });
});
