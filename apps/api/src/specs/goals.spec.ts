import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import type { GoalView, PairOverview } from '@mentorbridge/shared-contracts';
import { recruitingCohort } from './recruitment-fixtures';
import { createApiTestApp } from './support';

const CANARY = 'CANARY-goal-51c2';

describe('goals, milestones and the relationship phase', () => {
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

  async function pair() {
    const { cohort, program } = await recruitingCohort(hr);
    const mentor = await createUser(t.dataSource, { roles: ['mentor'] });
    const mentee = await createUser(t.dataSource, { roles: ['mentee'] });
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO match (cohort_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response, activated_at)
       VALUES ($1, $2, $3, 'active', 'accepted', 'accepted', now()) RETURNING id`,
      [cohort.id, mentor.id, mentee.id],
    );
    return {
      matchId: id as string,
      programId: program.id,
      mentor: await signedIn(mentor),
      mentee: await signedIn(mentee),
    };
  }

  it('lets the mentee set goals with milestones, both sides report progress, and only the pair see them', async () => {
    const { matchId, mentor, mentee } = await pair();
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const created = await mentee.post(`/api/matches/${matchId}/goals`, {
      title: `Lead the pricing redesign ${CANARY}`,
      why: 'So that I can move into a lead role',
      measure: 'The new pricing ships by Q3',
      targetDate: '2027-09-30',
      milestones: [
        { title: 'Map the stakeholders', dueDate: yesterday },
        { title: 'First proposal to finance' },
      ],
    });
    expect(created.status).toBe(201);
    const goal = created.body as GoalView;
    expect(goal).toMatchObject({ status: 'open', progress: 0, targetDate: '2027-09-30' });
    expect(goal.milestones.map((m) => [m.title, m.overdue])).toEqual([
      ['Map the stakeholders', true],
      ['First proposal to finance', false],
    ]);

    // Goals belong to the mentee; the mentor reports progress and ticks milestones.
    const byMentor = await mentor.post(`/api/matches/${matchId}/goals`, { title: 'Mentor goal' });
    expect(byMentor.status).toBe(403);
    expect(byMentor.body.message).toBe(
      'Goals belong to the mentee: only they can set or change them.',
    );
    expect((await mentor.patch(`/api/goals/${goal.id}`, { title: 'changed' })).status).toBe(403);
    const updated = await mentor.post(`/api/goals/${goal.id}/progress`, {
      progress: 40,
      note: 'Good first map',
    });
    expect(updated.body).toMatchObject({
      progress: 40,
      updates: [{ author: 'mentor', progress: 40, note: 'Good first map' }],
    });
    const ticked = await mentor.put(`/api/milestones/${goal.milestones[0].id}/done`, {
      done: true,
    });
    expect(ticked.body.milestones[0]).toMatchObject({ overdue: false });
    expect(ticked.body.milestones[0].doneAt).not.toBeNull();

    const bad = await mentee.post(`/api/goals/${goal.id}/progress`, { progress: 140 });
    expect(bad.status).toBe(400);
    const done = await mentee.post(`/api/goals/${goal.id}/progress`, { progress: 100 });
    expect(done.body.status).toBe('achieved');

    // The phase moves as the pair says.
    const phased = await mentor.put(`/api/matches/${matchId}/phase`, { phase: 'direction' });
    expect((phased.body as PairOverview).phase).toBe('direction');
    const overview = (await mentee.get(`/api/matches/${matchId}/overview`)).body as PairOverview;
    expect(overview).toMatchObject({
      phase: 'direction',
      goals: [{ title: `Lead the pricing redesign ${CANARY}` }],
    });

    // HR and other people do not reach the pair's goals; nothing is stored in clear.
    const stranger = await signedIn(await createUser(t.dataSource, { roles: ['mentor'] }));
    for (const client of [hr, stranger]) {
      expect((await client.get(`/api/matches/${matchId}/overview`)).status).toBe(404);
      expect((await client.post(`/api/goals/${goal.id}/progress`, { progress: 10 })).status).toBe(
        404,
      );
      expect(
        (await client.put(`/api/milestones/${goal.milestones[1].id}/done`, { done: true })).status,
      ).toBe(404);
    }
    const raw: { body: string }[] = await t.dataSource.query(
      `SELECT row_to_json(g)::text AS body FROM pair_goal g
        UNION ALL SELECT row_to_json(m)::text FROM goal_milestone m
        UNION ALL SELECT row_to_json(u)::text FROM goal_update u`,
    );
    expect(raw.length).toBe(5); // 1 goal, 2 milestones, 2 updates
    for (const row of raw) {
      expect(row.body).not.toContain('CANARY');
      expect(row.body).not.toContain('stakeholders');
    }
  });

  it('offers the program’s goal templates dated from the pair’s start; HR sets them and never sees the pair’s goals', async () => {
    const { matchId, mentee, programId } = await pair();
    const bad = await hr.patch(`/api/programs/${programId}`, {
      version: 1,
      goalTemplates: [{ title: 'x', milestones: [{ title: 'ok', dueDays: 0 }] }],
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain(
      'each goal template title must be 3 to 200 characters',
    );
    const saved = await hr.patch(`/api/programs/${programId}`, {
      version: 1,
      goalTemplates: [
        {
          title: 'Set your development goals in the first month',
          measure: 'Two goals agreed with your mentor',
          targetDays: 30,
          milestones: [{ title: 'Draft goals before the second session', dueDays: 14 }],
        },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.goalTemplates).toHaveLength(1);

    const overview = await mentee.get(`/api/matches/${matchId}/overview`);
    const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    expect(overview.body.goalTemplates).toEqual([
      {
        title: 'Set your development goals in the first month',
        measure: 'Two goals agreed with your mentor',
        targetDate: inDays(30),
        milestones: [{ title: 'Draft goals before the second session', dueDate: inDays(14) }],
      },
    ]);
    // Starting from a template is an ordinary goal the mentee can adapt.
    const created = await mentee.post(
      `/api/matches/${matchId}/goals`,
      overview.body.goalTemplates[0],
    );
    expect(created.status).toBe(201);
    expect(created.body.milestones).toHaveLength(1);
    expect((await hr.get(`/api/matches/${matchId}/overview`)).status).toBe(404);
  });
});
