import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '@mentorbridge/api-demo-data';
import { ApiClient, TestApp } from '@mentorbridge/api-testing';
import {
  AssessmentDetail,
  CohortDetail,
  CurrentUser,
  Page,
  ProgramSummary,
} from '@mentorbridge/shared-contracts';
import { createApiTestApp } from './support';

describe('demo organisation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createApiTestApp();
    await t.reset();
    await seedDemo(t.dataSource);
  });
  afterAll(() => t.close());

  it('has about two hundred people across departments with one CEO at the top of the reporting line', async () => {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS people, count(DISTINCT department)::int AS departments,
              count(*) FILTER (WHERE manager_id IS NULL)::int AS without_manager FROM app_user`,
    );
    expect(row.people).toBeGreaterThanOrEqual(180);
    expect(row.people).toBeLessThanOrEqual(220);
    expect(row.departments).toBeGreaterThanOrEqual(8);
    expect(row.without_manager).toBe(1);

    // Everyone reaches the CEO by walking up the reporting line (no loops, no orphans).
    const [{ reached }] = await t.dataSource.query(
      `WITH RECURSIVE line AS (SELECT id, 0 AS depth FROM app_user WHERE manager_id IS NULL
         UNION ALL SELECT u.id, l.depth + 1 FROM app_user u JOIN line l ON u.manager_id = l.id WHERE l.depth < 20)
       SELECT count(DISTINCT id)::int AS reached FROM line`,
    );
    expect(reached).toBe(row.people);
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.role, a.email]))(
    'lets the demo %s (%s) sign in with the documented password and land on their home',
    async (role, email) => {
      const response = await new ApiClient(t.server).signIn(email, DEMO_PASSWORD);
      const me = response.body as CurrentUser;
      expect(me.roles).toContain(role);
      expect(me.homeRoute).toBe(
        { admin: 'hr', mentor: 'mentor', mentee: 'mentee', executive: 'executive' }[role],
      );
    },
  );

  it('shows three programs at different stages, each with a readiness story', async () => {
    const hr = new ApiClient(t.server);
    await hr.signIn('hr@acme.example', DEMO_PASSWORD);
    const programs = (await hr.get('/api/programs').expect(200)).body as Page<ProgramSummary>;
    const byName = Object.fromEntries(programs.items.map((p) => [p.name, p]));
    expect(byName['Emerging Leaders']).toMatchObject({
      format: 'one_on_one',
      currentCohort: { state: 'active' },
      readiness: { status: 'completed', band: 'strong' },
    });
    expect(byName['Women in Tech Circles']).toMatchObject({
      format: 'group',
      currentCohort: { state: 'recruiting' },
      readiness: { band: 'ready' },
    });
    const reverse = byName['Reverse Mentoring: Digital Fluency'];
    expect(reverse).toMatchObject({ format: 'reverse', currentCohort: { state: 'draft' } });
    expect(reverse.readiness?.band).toBe('not_ready');

    // The failing assessment carries recommendations; the draft cohort is blocked at the gate.
    const failing = (await hr.get(`/api/readiness/assessments/${reverse.readiness?.assessmentId}`))
      .body as AssessmentDetail;
    expect(failing.result.recommendations.length).toBeGreaterThan(0);
    const cohort = (await hr.get(`/api/cohorts/${reverse.currentCohort?.id}`)).body as CohortDetail;
    expect(cohort.nextSteps[0]).toMatchObject({
      to: 'recruiting',
      allowed: false,
      overridable: true,
    });

    // Emerging Leaders was re-assessed: the previous cycle is there to compare.
    const el = byName['Emerging Leaders'];
    const latest = (await hr.get(`/api/readiness/assessments/${el.readiness?.assessmentId}`))
      .body as AssessmentDetail;
    expect(latest.previous?.title).toBe('Readiness check 2025');
  });

  it('never seeds over existing data unless asked to reset', async () => {
    const again = await seedDemo(t.dataSource);
    expect(again.seeded).toBe(false);
    const reset = await seedDemo(t.dataSource, { reset: true });
    expect(reset.seeded).toBe(true);
  });
});
