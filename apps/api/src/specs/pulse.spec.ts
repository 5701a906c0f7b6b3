import { PulseService } from '@mentorbridge/api-sessions';
import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import type { PairHealthView, PulseAnswerView, PulseView } from '@mentorbridge/shared-contracts';
import { recruitingCohort } from './recruitment-fixtures';
import { createApiTestApp } from './support';

const CANARY = 'CANARY-pulse-3be0';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

describe('pulse check-ins', () => {
  let t: TestApp;
  let hr: ApiClient;

  beforeAll(async () => {
    t = await createApiTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    const hrUser = await createUser(t.dataSource, { roles: ['admin'] });
    hr = new ApiClient(t.server);
    await hr.signIn(hrUser.email, hrUser.password);
  });

  const signedIn = async (person: TestUser) => {
    const client = new ApiClient(t.server);
    await client.signIn(person.email, person.password);
    return client;
  };

  it('opens one pulse per side around day 30 and every 60 days, answered to HR only', async () => {
    const { cohort } = await recruitingCohort(hr);
    const mentorUser = await createUser(t.dataSource, { displayName: 'Pat Mentor' });
    const menteeUser = await createUser(t.dataSource, { displayName: 'Sam Mentee' });
    const [{ id: matchId }] = await t.dataSource.query(
      `INSERT INTO match (cohort_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response, activated_at)
       VALUES ($1, $2, $3, 'active', 'accepted', 'accepted', $4) RETURNING id`,
      [cohort.id, mentorUser.id, menteeUser.id, daysAgo(95)],
    );
    const pulses = t.app.get(PulseService);
    // Matched 95 days ago: due on day 30 and day 90; only the latest (day 90) is opened.
    expect(await pulses.openDue()).toBe(2);
    expect(await pulses.openDue()).toBe(0);
    const [{ count: mails }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM mail_message WHERE kind = 'pulse-check-in'`,
    );
    expect(mails).toBe(2);

    const mentee = await signedIn(menteeUser);
    const mentor = await signedIn(mentorUser);
    const [open] = (await mentee.get('/api/me/pulses')).body as PulseView[];
    expect(open).toMatchObject({ matchId, about: { partner: 'Pat Mentor' }, satisfaction: null });
    expect(open.dueOn).toBe(daysAgo(5).toISOString().slice(0, 10));

    expect((await mentee.post(`/api/pulses/${open.id}`, { satisfaction: 6 })).status).toBe(400);
    expect((await mentor.post(`/api/pulses/${open.id}`, { satisfaction: 5 })).status).toBe(404);
    const answered = await mentee.post(`/api/pulses/${open.id}`, {
      satisfaction: 2,
      comment: `We keep postponing. ${CANARY}`,
    });
    expect(answered.status).toBe(200);
    expect((await mentee.post(`/api/pulses/${open.id}`, { satisfaction: 3 })).status).toBe(409);
    expect((await mentee.get('/api/me/pulses')).body).toEqual([]);

    // HR reads it; the partner has no route to it; it is sealed in the database.
    const forHr = (await hr.get(`/api/matches/${matchId}/pulses`)).body as PulseAnswerView[];
    expect(forHr.find((p) => p.side === 'mentee')).toMatchObject({
      satisfaction: 2,
      comment: `We keep postponing. ${CANARY}`,
    });
    expect((await mentor.get(`/api/matches/${matchId}/pulses`)).status).toBe(403);
    const [{ raw }] = await t.dataSource.query(
      `SELECT string_agg(row_to_json(p)::text, ' ') AS raw FROM pulse_response p`,
    );
    expect(raw).not.toContain('CANARY');

    // A satisfaction of 2 puts the pair at risk.
    const pairs = (await hr.get(`/api/cohorts/${cohort.id}/pairs`)).body as PairHealthView[];
    expect(pairs[0].risks.map((r) => r.reason)).toContain('low_satisfaction');
  });

  it('follows the program’s own pulse schedule when it has one', async () => {
    const { cohort, program } = await recruitingCohort(hr);
    const changed = await hr.patch(`/api/programs/${program.id}`, {
      version: program.version,
      pulseSchedule: { firstDay: 10, everyDays: 20 },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.pulseSchedule).toEqual({ firstDay: 10, everyDays: 20 });
    const invalid = await hr.patch(`/api/programs/${program.id}`, {
      version: changed.body.version,
      pulseSchedule: { firstDay: 0, everyDays: 3 },
    });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body)).toContain(
      'pulseSchedule.everyDays must be a whole number',
    );

    const other = await recruitingCohort(hr, 'Autumn 2027');
    for (const cohortId of [cohort.id, other.cohort.id]) {
      const mentor = await createUser(t.dataSource, {});
      const mentee = await createUser(t.dataSource, {});
      await t.dataSource.query(
        `INSERT INTO match (cohort_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response, activated_at)
         VALUES ($1, $2, $3, 'active', 'accepted', 'accepted', $4)`,
        [cohortId, mentor.id, mentee.id, daysAgo(15)],
      );
    }
    // Day 15: the program with day 10 first has a pulse due; the default (day 30) does not yet.
    expect(await t.app.get(PulseService).openDue()).toBe(2);
    const due: { due_on: string }[] = await t.dataSource.query(
      `SELECT DISTINCT due_on::text FROM pulse_response`,
    );
    expect(due.map((d) => d.due_on)).toEqual([daysAgo(5).toISOString().slice(0, 10)]);
  });
});
