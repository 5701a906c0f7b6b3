import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import type { FlagView, PairHealthView, SupportSummary } from '@mentorbridge/shared-contracts';
import { recruitingCohort } from './recruitment-fixtures';
import { createApiTestApp } from './support';

const CANARY = 'CANARY-flag-90d1';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

describe('support: concerns, coordinator check-ins and pair health', () => {
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

  async function pair(cohortId: string, name: string, activatedDaysAgo = 1) {
    const mentor = await createUser(t.dataSource, {
      displayName: `${name} Mentor`,
      roles: ['mentor'],
    });
    const mentee = await createUser(t.dataSource, {
      displayName: `${name} Mentee`,
      roles: ['mentee'],
    });
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO match (cohort_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response, activated_at)
       VALUES ($1, $2, $3, 'active', 'accepted', 'accepted', $4) RETURNING id`,
      [cohortId, mentor.id, mentee.id, daysAgo(activatedDaysAgo)],
    );
    return {
      matchId: id as string,
      mentor: await signedIn(mentor),
      mentee: await signedIn(mentee),
    };
  }

  async function session(matchId: string, daysBack: number, status: string) {
    await t.dataSource.query(
      `INSERT INTO mentoring_session (id, match_id, scheduled_at, duration_minutes, mode, status)
       VALUES (gen_random_uuid(), $1, $2, 45, 'video', $3)`,
      [matchId, daysAgo(daysBack), status],
    );
  }

  it('sends a concern to HR only: the partner never sees it, HR resolves it with a note', async () => {
    const { cohort } = await recruitingCohort(hr);
    const { matchId, mentor, mentee } = await pair(cohort.id, 'Ana');
    const raised = await mentee.post(`/api/matches/${matchId}/flags`, {
      topic: 'wellbeing',
      urgency: 'high',
      message: `My mentor keeps cancelling and I feel stuck. ${CANARY}`,
    });
    expect(raised.status).toBe(201);
    const flag = raised.body as FlagView;
    expect(flag).toMatchObject({ raisedBy: 'mentee', status: 'open', urgency: 'high' });

    const short = await mentee.post(`/api/matches/${matchId}/flags`, {
      topic: 'time',
      urgency: 'low',
      message: 'help',
    });
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).toContain('message must be 10 to 4000 characters');

    const partner = await mentor.get(`/api/matches/${matchId}/flags`);
    expect(partner.body).toEqual([]);
    expect(JSON.stringify(partner.body)).not.toContain(CANARY);
    expect((await mentee.get(`/api/matches/${matchId}/flags`)).body).toHaveLength(1);
    const forHr = (await hr.get(`/api/matches/${matchId}/flags`)).body as FlagView[];
    expect(forHr[0].message).toContain(CANARY);

    const exec = await signedIn(await createUser(t.dataSource, { roles: ['executive'] }));
    expect((await exec.get(`/api/matches/${matchId}/flags`)).status).toBe(404);
    expect((await mentor.post(`/api/flags/${flag.id}/resolve`, { note: 'done' })).status).toBe(403);

    const resolved = await hr.post(`/api/flags/${flag.id}/resolve`, {
      note: 'Talked to both; new rhythm agreed.',
    });
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolution: 'Talked to both; new rhythm agreed.',
    });
    expect((await hr.post(`/api/flags/${flag.id}/resolve`, { note: 'again' })).status).toBe(409);
    expect((await mentee.get(`/api/matches/${matchId}/flags`)).body[0].resolution).toBe(
      'Talked to both; new rhythm agreed.',
    );

    const [{ raw }] = await t.dataSource.query(
      `SELECT row_to_json(f)::text AS raw FROM pair_flag f`,
    );
    expect(raw).not.toContain('CANARY');
  });

  it('shows HR each pair’s check-ins due and why it may be at risk, and sums it up for the home', async () => {
    const { cohort, program } = await recruitingCohort(hr);
    // Quiet: matched 60 days ago, one session 50 days ago (cadence 4 weeks → quiet after 42 days).
    const quiet = await pair(cohort.id, 'Quinn', 60);
    await session(quiet.matchId, 50, 'held');
    // Two no-shows in a row after a good start; checked in twice.
    const noShows = await pair(cohort.id, 'Nora', 20);
    await session(noShows.matchId, 15, 'held');
    await session(noShows.matchId, 10, 'no_show');
    await session(noShows.matchId, 3, 'no_show');
    // Healthy: matched 10 days ago, met last week, no check-in due yet (first one on day 14).
    const fine = await pair(cohort.id, 'Finn', 10);
    await session(fine.matchId, 7, 'held');

    for (const at of [daysAgo(12), daysAgo(5)]) {
      const logged = await hr.post(`/api/matches/${noShows.matchId}/check-ins`, {
        at: at.toISOString(),
        channel: 'call',
        outcome: 'Both keen; scheduling is hard',
      });
      expect(logged.status).toBe(201);
    }
    expect(
      (await noShows.mentor.post(`/api/matches/${noShows.matchId}/check-ins`, {})).status,
    ).toBe(403);

    const pairs = (await hr.get(`/api/cohorts/${cohort.id}/pairs`)).body as PairHealthView[];
    const byMentee = Object.fromEntries(pairs.map((p) => [p.mentee.displayName, p]));
    expect(byMentee['Quinn Mentee']).toMatchObject({
      sessionsHeld: 1,
      checkIns: 0,
      checkInOverdue: true,
      risks: [{ reason: 'no_recent_session' }],
    });
    expect(byMentee['Nora Mentee']).toMatchObject({
      sessionsHeld: 1,
      checkIns: 2,
      checkInOverdue: false,
      risks: [{ reason: 'two_no_shows', detail: 'The last two sessions were no-shows' }],
    });
    expect(byMentee['Finn Mentee']).toMatchObject({ checkInOverdue: false, risks: [] });
    expect(JSON.stringify(pairs)).not.toContain('CANARY');

    const summary = (await hr.get('/api/support/summary')).body as SupportSummary;
    expect(summary).toMatchObject({ atRiskPairs: 2, checkInsDue: 1, openFlags: 0 });
    expect(summary.cohorts).toEqual([
      expect.objectContaining({
        cohortId: cohort.id,
        programId: program.id,
        atRisk: 2,
        checkInsDue: 1,
      }),
    ]);

    // HR of another program sees none of it.
    const { program: other } = await recruitingCohort(hr, 'Other');
    const otherHr = await signedIn(
      await createUser(t.dataSource, { programRoles: [{ role: 'admin', programId: other.id }] }),
    );
    expect((await otherHr.get(`/api/cohorts/${cohort.id}/pairs`)).status).toBe(404);
    expect((await otherHr.get(`/api/matches/${quiet.matchId}/check-ins`)).status).toBe(404);
    expect(((await otherHr.get('/api/support/summary')).body as SupportSummary).atRiskPairs).toBe(
      0,
    );
  });
});
