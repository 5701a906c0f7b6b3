import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import type { NoteView, PairGlance, SessionView } from '@mentorbridge/shared-contracts';
import { recruitingCohort } from './recruitment-fixtures';
import { createApiTestApp } from './support';

/** Said in every note; must never reach anyone outside the pair, nor the database in clear. */
const CANARY = 'CANARY-7f3a9-confidential';

describe('sessions and confidential notes', () => {
  let t: TestApp;
  let hr: ApiClient;
  let hrUser: TestUser;

  beforeAll(async () => {
    t = await createApiTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    hrUser = await createUser(t.dataSource, { roles: ['admin'] });
    hr = new ApiClient(t.server);
    await hr.signIn(hrUser.email, hrUser.password);
  });

  const signedIn = async (person: TestUser) => {
    const client = new ApiClient(t.server);
    await client.signIn(person.email, person.password);
    return client;
  };

  /** An active pair in a program HR runs (created directly: matching is tested elsewhere). */
  async function pair(cohortId: string, state = 'active') {
    const mentor = await createUser(t.dataSource, { displayName: 'Mo Mentor', roles: ['mentor'] });
    const mentee = await createUser(t.dataSource, { displayName: 'Mei Mentee', roles: ['mentee'] });
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO match (cohort_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response, activated_at)
       VALUES ($1, $2, $3, $4, 'accepted', 'accepted', now()) RETURNING id`,
      [cohortId, mentor.id, mentee.id, state],
    );
    return {
      matchId: id as string,
      mentor: await signedIn(mentor),
      mentee: await signedIn(mentee),
    };
  }

  const past = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

  it('schedules, reschedules and cancels a session, recording who cancelled and how early', async () => {
    const { cohort } = await recruitingCohort(hr);
    const { matchId, mentor, mentee } = await pair(cohort.id);
    const scheduled = await mentor.post(`/api/matches/${matchId}/sessions`, {
      scheduledAt: future(3),
      durationMinutes: 45,
      mode: 'video',
      location: 'https://meet.example/abc',
      agenda: `Career options — ${CANARY}`,
    });
    expect(scheduled.status).toBe(201);
    const session = scheduled.body as SessionView;
    expect(session).toMatchObject({
      status: 'scheduled',
      createdBy: 'mentor',
      agenda: `Career options — ${CANARY}`,
    });

    const invalid = await mentor.post(`/api/matches/${matchId}/sessions`, {
      scheduledAt: 'tomorrow',
      durationMinutes: 2,
      mode: 'fax',
    });
    expect(invalid.status).toBe(400);
    const problems = JSON.stringify(invalid.body);
    expect(problems).toContain('scheduledAt must be a date and time');
    expect(problems).toContain('durationMinutes must be a whole number of minutes from 5 to 480');
    expect(problems).toContain('mode must be one of video, in_person, phone, walking');

    const moved = await mentee.patch(`/api/sessions/${session.id}`, {
      scheduledAt: future(5),
      durationMinutes: 60,
    });
    expect(moved.body).toMatchObject({ durationMinutes: 60, agenda: `Career options — ${CANARY}` });

    const ics = await mentee.get(`/api/sessions/${session.id}/invite.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.text).toContain('SUMMARY:Mentoring: Mo Mentor & Mei Mentee');
    expect(ics.text).toContain('LOCATION:https://meet.example/abc');

    const cancelled = await mentee.post(`/api/sessions/${session.id}/cancel`, {
      reason: 'Sick kid at home CANARY-cancel-77',
    });
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'mentee',
      cancelReason: 'Sick kid at home CANARY-cancel-77',
    });
    expect(cancelled.body.cancelNoticeHours).toBeGreaterThan(119);
    expect((await mentor.post(`/api/sessions/${session.id}/cancel`, {})).status).toBe(409);
    // The partner reads the reason; it is sealed at rest.
    const forMentor = (await mentor.get(`/api/matches/${matchId}/sessions`)).body as SessionView[];
    expect(forMentor.find((x) => x.id === session.id)?.cancelReason).toContain('Sick kid');
    const [{ raw }] = await t.dataSource.query(
      `SELECT row_to_json(s)::text AS raw FROM mentoring_session s WHERE id = $1`,
      [session.id],
    );
    expect(raw).not.toContain('CANARY');
  });

  it('logs a past session in one request, once, even when the request is retried concurrently', async () => {
    const { cohort } = await recruitingCohort(hr);
    const { matchId, mentor } = await pair(cohort.id);
    const body = {
      idempotencyKey: 'log-2027-03-02-abcdef',
      date: past(1),
      durationMinutes: 50,
      mode: 'in_person',
      outcome: 'held',
      note: `We planned the pricing talk. ${CANARY}`,
      noteVisibility: 'shared',
    };
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => mentor.post(`/api/matches/${matchId}/sessions/log`, body)),
    );
    expect(results.map((r) => [r.status, r.status === 201 ? null : r.body])).toEqual([
      [201, null],
      [201, null],
      [201, null],
      [201, null],
    ]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(results[0].body).toMatchObject({ status: 'held', notes: 1, durationMinutes: 50 });
    const [{ sessions, notes }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM mentoring_session) AS sessions, (SELECT count(*)::int FROM pair_note) AS notes`,
    );
    expect({ sessions, notes }).toEqual({ sessions: 1, notes: 1 });

    const noShow = await mentor.post(`/api/matches/${matchId}/sessions/log`, {
      ...body,
      idempotencyKey: 'log-2027-03-16-abcdef',
      outcome: 'no_show_mentee',
      note: undefined,
    });
    expect(noShow.body).toMatchObject({ status: 'no_show', noShowBy: 'mentee' });
    const tomorrow = await mentor.post(`/api/matches/${matchId}/sessions/log`, {
      ...body,
      idempotencyKey: 'log-future-abcdef',
      date: future(1),
    });
    expect(tomorrow.status).toBe(400);
  });

  it('keeps notes to the pair: private ones to the author, shared ones to both, never to HR', async () => {
    const { cohort } = await recruitingCohort(hr);
    const { matchId, mentor, mentee } = await pair(cohort.id);
    const priv = (
      await mentor.post(`/api/matches/${matchId}/notes`, {
        text: `Private ${CANARY}`,
        visibility: 'private',
      })
    ).body as NoteView;
    const shared = (
      await mentor.post(`/api/matches/${matchId}/notes`, {
        text: `Shared ${CANARY}`,
        visibility: 'shared',
      })
    ).body as NoteView;
    expect(priv).toMatchObject({ author: 'mentor', mine: true, visibility: 'private' });

    const menteeSees = await mentee.get(`/api/matches/${matchId}/notes`);
    expect(menteeSees.headers['cache-control']).toBe('no-store');
    expect((menteeSees.body as NoteView[]).map((n) => n.text)).toEqual([`Shared ${CANARY}`]);
    expect((await mentor.get(`/api/matches/${matchId}/notes`)).body.length).toBe(2);

    // The partner cannot change or even find the author's notes; only the author can.
    expect((await mentee.patch(`/api/notes/${shared.id}`, { text: 'changed' })).status).toBe(404);
    expect((await mentee.delete(`/api/notes/${priv.id}`)).status).toBe(404);
    const hidden = await mentor.patch(`/api/notes/${shared.id}`, { visibility: 'private' });
    expect(hidden.body.visibility).toBe('private');
    expect((await mentee.get(`/api/matches/${matchId}/notes`)).body).toEqual([]);

    // HR of the program sees that sessions happened, never notes, agenda or location.
    await mentor.post(`/api/matches/${matchId}/sessions/log`, {
      idempotencyKey: 'hr-view-abcdefgh',
      date: past(2),
      durationMinutes: 30,
      mode: 'video',
      outcome: 'held',
      note: `Note ${CANARY}`,
    });
    await mentor.post(`/api/matches/${matchId}/sessions`, {
      scheduledAt: future(7),
      durationMinutes: 30,
      mode: 'video',
      agenda: `Agenda ${CANARY}`,
      location: `Room ${CANARY}`,
    });
    const forHr = await hr.get(`/api/matches/${matchId}/sessions`);
    expect(forHr.status).toBe(200);
    expect(forHr.body).toHaveLength(2);
    expect(forHr.body.every((s: SessionView) => s.agenda === null && s.location === null)).toBe(
      true,
    );
    expect(JSON.stringify(forHr.body)).not.toContain(CANARY);
    expect((await hr.get(`/api/matches/${matchId}/notes`)).status).toBe(404);

    // Nowhere in the database in clear.
    const raw: { body: string }[] = await t.dataSource.query(
      `SELECT row_to_json(n)::text AS body FROM pair_note n
        UNION ALL SELECT row_to_json(s)::text FROM mentoring_session s
        UNION ALL SELECT row_to_json(a)::text FROM audit_event a`,
    );
    expect(raw.length).toBeGreaterThan(3);
    for (const row of raw) expect(row.body).not.toContain('CANARY');
    // Binary columns do not hold it either (checked on the bytes).
    const bytes: { b: Buffer }[] = await t.dataSource.query(
      `SELECT body_sealed AS b FROM pair_note`,
    );
    for (const { b } of bytes) expect(b.includes(Buffer.from('CANARY'))).toBe(false);
  });

  it('records every read of a note by someone other than its author, without the text', async () => {
    const { cohort } = await recruitingCohort(hr);
    const { matchId, mentor, mentee } = await pair(cohort.id);
    const note = (
      await mentor.post(`/api/matches/${matchId}/notes`, {
        text: `Shared ${CANARY}`,
        visibility: 'shared',
      })
    ).body as NoteView;
    await mentor.get(`/api/matches/${matchId}/notes`);
    await mentee.get(`/api/matches/${matchId}/notes`);
    await mentee.get(`/api/matches/${matchId}/notes`);
    const events = await t.dataSource.query(
      `SELECT actor_id, action, object_type, object_id FROM audit_event`,
    );
    const [{ id: menteeId }] = await t.dataSource.query(
      `SELECT mentee_user_id AS id FROM match WHERE id = $1`,
      [matchId],
    );
    expect(events).toEqual([
      { actor_id: menteeId, action: 'note.read', object_type: 'note', object_id: note.id },
      { actor_id: menteeId, action: 'note.read', object_type: 'note', object_id: note.id },
    ]);
  });

  it('hides one pair from another pair, from HR of other programs and from executives (404, nothing changed)', async () => {
    const { cohort } = await recruitingCohort(hr);
    const a = await pair(cohort.id);
    const b = await pair(cohort.id);
    const session = (
      await a.mentor.post(`/api/matches/${a.matchId}/sessions`, {
        scheduledAt: future(2),
        durationMinutes: 30,
        mode: 'phone',
      })
    ).body as SessionView;
    const note = (
      await a.mentor.post(`/api/matches/${a.matchId}/notes`, {
        text: `Shared ${CANARY}`,
        visibility: 'shared',
      })
    ).body as NoteView;
    const { program: other } = await recruitingCohort(hr, 'Other program');
    const otherHr = await signedIn(
      await createUser(t.dataSource, { programRoles: [{ role: 'admin', programId: other.id }] }),
    );
    const exec = await signedIn(await createUser(t.dataSource, { roles: ['executive'] }));
    for (const [who, client] of [
      ['mentor B', b.mentor],
      ['other HR', otherHr],
      ['executive', exec],
    ] as const) {
      const calls = [
        await client.get(`/api/matches/${a.matchId}/sessions`),
        await client.get(`/api/matches/${a.matchId}/notes`),
        await client.post(`/api/matches/${a.matchId}/sessions`, {
          scheduledAt: future(2),
          durationMinutes: 30,
          mode: 'phone',
        }),
        await client.post(`/api/matches/${a.matchId}/notes`, { text: 'x', visibility: 'shared' }),
        await client.patch(`/api/sessions/${session.id}`, { durationMinutes: 90 }),
        await client.post(`/api/sessions/${session.id}/cancel`, {}),
        await client.get(`/api/sessions/${session.id}/invite.ics`),
        await client.patch(`/api/notes/${note.id}`, { text: 'x' }),
        await client.delete(`/api/notes/${note.id}`),
      ];
      expect({ who, statuses: calls.map((c) => c.status) }).toEqual({
        who,
        statuses: Array(9).fill(404),
      });
      for (const c of calls) expect(JSON.stringify(c.body ?? '')).not.toContain(CANARY);
    }
    const [{ sessions, notes, duration }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM mentoring_session) AS sessions, (SELECT count(*)::int FROM pair_note) AS notes,
              (SELECT duration_minutes FROM mentoring_session WHERE id = $1) AS duration`,
      [session.id],
    );
    expect({ sessions, notes, duration }).toEqual({ sessions: 1, notes: 1, duration: 30 });
  });

  it('makes a pair’s notes unreadable once its key is destroyed', async () => {
    const { cohort } = await recruitingCohort(hr);
    const { matchId, mentor } = await pair(cohort.id);
    await mentor.post(`/api/matches/${matchId}/notes`, {
      text: `Private ${CANARY}`,
      visibility: 'private',
    });
    await t.dataSource.query(
      `UPDATE pair_key SET wrapped = NULL, destroyed_at = now() WHERE match_id = $1`,
      [matchId],
    );
    const after = await mentor.get(`/api/matches/${matchId}/notes`);
    expect(after.status).toBe(410);
    expect(JSON.stringify(after.body)).not.toContain(CANARY);
  });

  it('only lets an active pair add sessions and notes', async () => {
    const { cohort } = await recruitingCohort(hr);
    const { matchId, mentor } = await pair(cohort.id, 'proposed');
    const refused = await mentor.post(`/api/matches/${matchId}/notes`, {
      text: 'hello',
      visibility: 'private',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('Sessions and notes can be added while the match is active.');
  });

  it('gives each side a glance at their pairs: next session, days since contact, goal progress', async () => {
    const { cohort } = await recruitingCohort(hr);
    const { matchId, mentor, mentee } = await pair(cohort.id);
    for (const [when, status] of [
      [past(9), 'held'],
      [past(2), 'held'],
      [future(5), 'scheduled'],
      [future(12), 'scheduled'],
    ] as const)
      await t.dataSource.query(
        `INSERT INTO mentoring_session (id, match_id, scheduled_at, duration_minutes, mode, status)
         VALUES (gen_random_uuid(), $1, $2, 45, 'video', $3)`,
        [matchId, when, status],
      );
    const goal = await mentee.post(`/api/matches/${matchId}/goals`, {
      title: 'Run the quarterly review',
      milestones: [{ title: 'Draft', dueDate: past(3).slice(0, 10) }],
    });
    await mentee.post(`/api/goals/${goal.body.id}/progress`, { progress: 40 });
    const [glance] = (await mentor.get('/api/me/pairs')).body as PairGlance[];
    expect(glance).toMatchObject({
      matchId,
      mySide: 'mentor',
      daysSinceContact: 2,
      goalProgress: 40,
      goals: 1,
      overdueMilestones: 1,
    });
    expect(glance.nextSessionAt?.slice(0, 10)).toBe(future(5).slice(0, 10));
    expect(((await mentee.get('/api/me/pairs')).body as PairGlance[])[0].mySide).toBe('mentee');
    expect((await hr.get('/api/me/pairs')).body).toEqual([]);
  });
});
