import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '@mentorbridge/api-demo-data';
import { MasterKeyService } from '@mentorbridge/api-core';
import { ReportingRefreshService } from '@mentorbridge/api-reporting';
import { ApiClient, TestApp } from '@mentorbridge/api-testing';
import {
  AuditEventView,
  ApplicationSummary,
  ClosureView,
  CohortClosureSummary,
  CohortDashboard,
  NeedsAction,
  ReportingOverview,
  AssessmentDetail,
  CohortFunnel,
  OpenCohort,
  CohortDetail,
  CurrentUser,
  MatchConstraintView,
  MatchRunDetail,
  MatchRunSummary,
  MatchView,
  NoteView,
  PairHealthView,
  PairOverview,
  Page,
  ProgramSummary,
} from '@mentorbridge/shared-contracts';
import { createApiTestApp } from './support';

describe('demo organisation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createApiTestApp();
    await t.reset();
    await seedDemo(t.dataSource, { cipher: t.app.get(MasterKeyService).cipher });
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
    // Its newest intake is being matched while the previous one runs (see the matching test).
    expect(byName['Emerging Leaders']).toMatchObject({
      format: 'one_on_one',
      currentCohort: { name: 'Spring 2027', state: 'matching' },
      readiness: { status: 'completed', band: 'strong' },
    });
    expect(byName['Growth Circles']).toMatchObject({
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

  it('fills the recruiting cohort with about 120 mentee and 50 mentor applications in mixed states', async () => {
    const hr = new ApiClient(t.server);
    await hr.signIn('hr@acme.example', DEMO_PASSWORD);
    const programs = (await hr.get('/api/programs')).body as Page<ProgramSummary>;
    const cohortId = programs.items.find((p) => p.name === 'Growth Circles')?.currentCohort?.id;
    const funnel = (await hr.get(`/api/cohorts/${cohortId}/funnel`)).body as CohortFunnel;
    const applied = (role: 'mentor' | 'mentee') =>
      funnel.byRole[role].find((s) => s.stage === 'applied')?.people ?? 0;
    expect(applied('mentee')).toBeGreaterThanOrEqual(110);
    expect(applied('mentor')).toBeGreaterThanOrEqual(45);
    expect(funnel.toScreen).toBeGreaterThan(10);
    expect(funnel.waitlisted).toBeGreaterThan(0);
    const flagged = (await hr.get(`/api/cohorts/${cohortId}/applications?flagged=true`))
      .body as Page<ApplicationSummary>;
    expect(flagged.total).toBeGreaterThan(0);

    // The demo mentee has not applied yet, so the open call is there to try.
    const mentee = new ApiClient(t.server);
    await mentee.signIn('mentee@acme.example', DEMO_PASSWORD);
    const open = (await mentee.get('/api/recruiting')).body as OpenCohort[];
    expect(
      open.map((c) => [c.programName, c.mine.every((m) => m.applicationStatus === null)]),
    ).toEqual([['Growth Circles', true]]);
  });

  it('has a draft match run to review, and an active cohort whose pairs came from a published run', async () => {
    const hr = new ApiClient(t.server);
    await hr.signIn('hr@acme.example', DEMO_PASSWORD);
    const cohorts: { id: string; name: string; state: string }[] = await t.dataSource.query(
      `SELECT c.id, c.name, c.state FROM cohort c JOIN program p ON p.id = c.program_id
        WHERE p.name = 'Emerging Leaders' ORDER BY c.start_date`,
    );
    expect(cohorts.map((c) => [c.name, c.state])).toEqual([
      ['Spring 2026', 'closed'],
      ['Summer 2026', 'active'],
      ['Autumn 2026', 'active'],
      ['Spring 2027', 'matching'],
    ]);
    const [, , autumn, spring] = cohorts;

    const [draft] = (await hr.get(`/api/cohorts/${spring.id}/match-runs`).expect(200))
      .body as MatchRunSummary[];
    expect(draft).toMatchObject({ number: 1, state: 'draft', objective: { optimal: true } });
    const detail = (await hr.get(`/api/match-runs/${draft.id}`).expect(200)).body as MatchRunDetail;
    expect(detail.proposals.length).toBeGreaterThanOrEqual(15);
    expect(detail.proposals.every((p) => p.criteria.length === 9)).toBe(true);
    const bans = (await hr.get(`/api/cohorts/${spring.id}/match-constraints`).expect(200))
      .body as MatchConstraintView[];
    expect(bans.map((b) => b.kind)).toEqual(['ban']);

    const [published] = (await hr.get(`/api/cohorts/${autumn.id}/match-runs`).expect(200))
      .body as MatchRunSummary[];
    expect(published.state).toBe('published');
    const live = (await hr.get(`/api/cohorts/${autumn.id}/matches`).expect(200))
      .body as Page<MatchView>;
    expect(live.total).toBe(published.objective?.matched);
    // All active but one no-fault exit after a poor pairing-fit check.
    expect(live.items.filter((m) => m.state !== 'active').map((m) => m.state)).toEqual([
      'closed_early',
    ]);

    // The demo mentor and mentee are one of the pairs.
    const marcus = new ApiClient(t.server);
    await marcus.signIn('mentor@acme.example', DEMO_PASSWORD);
    const mine = (await marcus.get('/api/me/matches').expect(200)).body as MatchView[];
    expect(mine.map((m) => [m.mentee.displayName, m.state])).toContainEqual([
      'Mia Tanaka',
      'active',
    ]);
  });

  it('gives the active cohort two months of sessions, goals, check-ins, concerns and pairs at risk', async () => {
    const hr = new ApiClient(t.server);
    await hr.signIn('hr@acme.example', DEMO_PASSWORD);
    const [autumn] = await t.dataSource.query(
      `SELECT c.id FROM cohort c JOIN program p ON p.id = c.program_id
        WHERE p.name = 'Emerging Leaders' AND c.name = 'Autumn 2026'`,
    );
    const pairs = (await hr.get(`/api/cohorts/${autumn.id}/pairs`).expect(200))
      .body as PairHealthView[];
    const reasons = new Set(pairs.flatMap((p) => p.risks.map((r) => r.reason)));
    expect(reasons).toEqual(
      new Set([
        'no_recent_session',
        'two_no_shows',
        'low_satisfaction',
        'open_flags',
        'overdue_milestones',
        'poor_fit',
      ]),
    );
    expect(pairs.filter((p) => p.risks.length === 0).length).toBeGreaterThan(pairs.length / 2);

    // The demo mentor sees the pair's notes decrypted with the server's key; HR never does.
    const marcus = new ApiClient(t.server);
    await marcus.signIn('mentor@acme.example', DEMO_PASSWORD);
    const mine = (await marcus.get('/api/me/matches').expect(200)).body as MatchView[];
    const match = mine.find((m) => m.mentee.displayName === 'Mia Tanaka') as MatchView;
    const notes = (await marcus.get(`/api/matches/${match.id}/notes`).expect(200))
      .body as NoteView[];
    expect(notes.map((n) => n.visibility).sort()).toEqual(['private', 'shared', 'shared']);
    const overview = (await marcus.get(`/api/matches/${match.id}/overview`).expect(200))
      .body as PairOverview;
    expect(overview.goals[0].title).toBe('Lead the payments migration to the new platform');
    await hr.get(`/api/matches/${match.id}/notes`).expect(404);
  });

  it('has endings for the dashboards: a closed cohort with documented closures, early closures with reasons and exit surveys', async () => {
    const hr = new ApiClient(t.server);
    await hr.signIn('hr@acme.example', DEMO_PASSWORD);
    const cohorts: { id: string; name: string; state: string }[] = await t.dataSource.query(
      `SELECT c.id, c.name, c.state FROM cohort c JOIN program p ON p.id = c.program_id
        WHERE p.name = 'Emerging Leaders' ORDER BY c.start_date`,
    );
    expect(cohorts.map((c) => [c.name, c.state])).toEqual([
      ['Spring 2026', 'closed'],
      ['Summer 2026', 'active'],
      ['Autumn 2026', 'active'],
      ['Spring 2027', 'matching'],
    ]);
    const closures = async (name: string) =>
      (
        await hr
          .get(`/api/cohorts/${cohorts.find((c) => c.name === name)?.id}/closures`)
          .expect(200)
      ).body as CohortClosureSummary;

    const closed = await closures('Spring 2026');
    expect(closed).toMatchObject({ active: 0, closed: 12, documented: 12, undocumented: 0 });
    expect(closed.earlyByReason.map((e) => e.reason).sort()).toEqual([
      'fit',
      'left_organization',
      'time',
    ]);
    const [surveys] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE r.answered_at IS NOT NULL)::int AS answered,
              avg(r.satisfaction)::float AS satisfaction
         FROM closure_response r JOIN match m ON m.id = r.match_id WHERE m.cohort_id = $1`,
      [cohorts[0].id],
    );
    expect(surveys.answered).toBeGreaterThanOrEqual(18);
    expect(surveys.satisfaction).toBeGreaterThan(3);

    // The closing window: the demo mentor has a second mentee whose relationship ends soon.
    const summer = await closures('Summer 2026');
    expect(summer.active).toBe(4);
    const marcus = new ApiClient(t.server);
    await marcus.signIn('mentor@acme.example', DEMO_PASSWORD);
    const mine = (await marcus.get('/api/me/matches').expect(200)).body as MatchView[];
    const ending = mine.find((m) => m.cohortName === 'Summer 2026') as MatchView;
    const view = (await marcus.get(`/api/matches/${ending.id}/closure`).expect(200))
      .body as ClosureView;
    expect(view).toMatchObject({
      state: 'active',
      closingWindowOpen: true,
      plannedEnd: '2026-12-15',
    });

    // The active cohort: a no-fault exit to document and an extension request to decide.
    const autumn = await closures('Autumn 2026');
    expect(autumn).toMatchObject({ closed: 1, undocumented: 1, pendingExtensions: 1 });
    expect(autumn.earlyByReason).toEqual([{ reason: 'fit', count: 1 }]);
  });

  it('gives executives dashboards with history and HR a "needs action" list', async () => {
    await t.app.get(ReportingRefreshService).refresh();
    const exec = new ApiClient(t.server);
    await exec.signIn('exec@acme.example', DEMO_PASSWORD);
    const overview = (await exec.get('/api/reporting/overview').expect(200))
      .body as ReportingOverview;
    const card = (name: string) =>
      overview.cohorts.find((c) => `${c.programName} / ${c.cohortName}` === name);
    for (const name of [
      'Emerging Leaders / Autumn 2026',
      'Emerging Leaders / Summer 2026',
      'Emerging Leaders / Spring 2026',
    ]) {
      expect(card(name)?.health.value).toEqual(expect.any(Number));
      expect(card(name)?.trend.length).toBe(6);
    }
    const spring = card('Emerging Leaders / Spring 2026');
    const dashboard = (await exec.get(`/api/reporting/cohorts/${spring?.cohortId}`).expect(200))
      .body as CohortDashboard;
    expect(dashboard.metrics.find((m) => m.key === 'nps')?.cell.value).toEqual(expect.any(Number));
    expect(dashboard.engagement.length).toBeGreaterThanOrEqual(6);

    const hr = new ApiClient(t.server);
    await hr.signIn('hr@acme.example', DEMO_PASSWORD);
    const needs = (await hr.get('/api/reporting/needs-action').expect(200)).body as NeedsAction;
    expect(needs.atRiskPairs).toBeGreaterThan(0);
    expect(needs.applicationsToScreen).toBeGreaterThan(0);
    expect(needs.undocumentedClosures).toBe(1);
    expect(needs.pendingExtensions).toBe(1);
    expect(needs.runsToReview).toBe(1);
  });

  it('leaves the audit trail its history would have: publication, closures, cohort closing', async () => {
    const hr = new ApiClient(t.server);
    await hr.signIn('hr@acme.example', DEMO_PASSWORD);
    const search = async (action: string) =>
      (await hr.get(`/api/audit?action=${action}&pageSize=100`).expect(200))
        .body as Page<AuditEventView>;
    const published = await search('match_run.publish');
    expect(published.total).toBe(1);
    expect(published.items[0].actor?.displayName).toBe('Hana Reyes');
    // Spring 2026's three early closures, by whoever ended them.
    const early = await search('match.close_early');
    expect(early.total).toBeGreaterThanOrEqual(3);
    expect(early.items.every((e) => e.objectType === 'match' && e.actor !== null)).toBe(true);
    expect((await search('match.complete')).total).toBeGreaterThan(0);
    expect((await search('cohort.close')).total).toBeGreaterThanOrEqual(1);
  });

  it('never seeds over existing data unless asked to reset', async () => {
    const again = await seedDemo(t.dataSource);
    expect(again.seeded).toBe(false);
    const reset = await seedDemo(t.dataSource, { reset: true });
    expect(reset.seeded).toBe(true);
  });
});
