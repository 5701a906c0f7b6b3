import { ReportingRefreshService } from '@mentorbridge/api-reporting';
import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import type {
  Cell,
  CohortDashboard,
  MetricKey,
  NeedsAction,
  ReportingOverview,
} from '@mentorbridge/shared-contracts';
import fc from 'fast-check';
import { recruitingCohort } from './recruitment-fixtures';
import { createApiTestApp } from './support';

const DAY_MS = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY_MS);

/**
 * Program health reporting: the metric definitions on a cohort built by hand (the arithmetic is
 * in the comments), executives' suppression, and HR's "needs action".
 */
describe('reporting', () => {
  let t: TestApp;
  let hr: ApiClient;
  let exec: ApiClient;

  beforeAll(async () => {
    t = await createApiTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    const hrUser = await createUser(t.dataSource, { roles: ['admin'] });
    hr = new ApiClient(t.server);
    await hr.signIn(hrUser.email, hrUser.password);
    const execUser = await createUser(t.dataSource, { roles: ['executive'] });
    exec = new ApiClient(t.server);
    await exec.signIn(execUser.email, execUser.password);
  });

  const refresh = () => t.app.get(ReportingRefreshService).refresh();

  async function activeCohort() {
    const { cohort, program } = await recruitingCohort(hr);
    await t.dataSource.query(
      `UPDATE cohort SET state = 'active', start_date = $2, end_date = $3 WHERE id = $1`,
      [cohort.id, daysAgo(90).toISOString().slice(0, 10), daysAgo(-90).toISOString().slice(0, 10)],
    );
    return { cohortId: cohort.id, programId: program.id };
  }

  interface PairSpec {
    state?: 'active' | 'completed' | 'closed_early';
    sessions?: [number, 'held' | 'no_show', ('mentor' | 'mentee')?][];
    pulses?: { side: 'mentor' | 'mentee'; satisfaction: number }[];
    documented?: boolean;
    closedDaysAgo?: number;
  }

  async function pair(cohortId: string, spec: PairSpec, people: TestUser[]) {
    const mentor = await createUser(t.dataSource, {
      displayName: `Person ${people.length} Mentor`,
    });
    const mentee = await createUser(t.dataSource, {
      displayName: `Person ${people.length + 1} Mentee`,
    });
    people.push(mentor, mentee);
    const state = spec.state ?? 'active';
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO match (cohort_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response, activated_at, ended_at)
       VALUES ($1, $2, $3, $4, 'accepted', 'accepted', $5, $6) RETURNING id`,
      [
        cohortId,
        mentor.id,
        mentee.id,
        state,
        daysAgo(80),
        state === 'active' ? null : daysAgo(spec.closedDaysAgo ?? 5),
      ],
    );
    for (const [ago, status, by] of spec.sessions ?? [])
      await t.dataSource.query(
        `INSERT INTO mentoring_session (id, match_id, scheduled_at, duration_minutes, mode, status, no_show_by)
         VALUES (gen_random_uuid(), $1, $2, 45, 'video', $3, $4)`,
        [id, daysAgo(ago), status, by ?? null],
      );
    for (const p of spec.pulses ?? [])
      await t.dataSource.query(
        `INSERT INTO pulse_response (id, match_id, respondent_id, side, due_on, satisfaction, answered_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6)`,
        [
          id,
          p.side === 'mentor' ? mentor.id : mentee.id,
          p.side,
          daysAgo(50).toISOString().slice(0, 10),
          p.satisfaction,
          daysAgo(49),
        ],
      );
    if (state !== 'active') {
      await t.dataSource.query(
        `INSERT INTO match_closure (match_id, kind, reason, initiated_by, closed_at)
         VALUES ($1, $2, $3, 'hr', $4)`,
        [
          id,
          state === 'completed' ? 'planned' : 'early',
          state === 'completed' ? 'completed' : 'fit',
          daysAgo(spec.closedDaysAgo ?? 5),
        ],
      );
      if (spec.documented)
        for (const side of ['mentor', 'mentee'])
          await t.dataSource.query(
            `INSERT INTO closure_response (match_id, side, contact_preference, answered_at, satisfaction, recommend)
             VALUES ($1, $2, 'stay_in_touch', $3, NULL, 9)`,
            [id, side, daysAgo(4)],
          );
    }
    return id as string;
  }

  const value = (d: CohortDashboard, key: MetricKey): Cell | undefined =>
    d.metrics.find((m) => m.key === key)?.cell;
  const v = (d: CohortDashboard, key: MetricKey) => {
    const cell = value(d, key);
    return cell?.suppressed ? 'hidden' : cell?.value;
  };

  it('computes the metric definitions on a cohort built by hand, and suppresses small cells for executives', async () => {
    const { cohortId } = await activeCohort();
    const people: TestUser[] = [];
    // Six active pairs and two ended ones, all started 80 days ago (cadence: every 4 weeks).
    await pair(
      cohortId,
      {
        sessions: [[10, 'held']],
        pulses: [
          { side: 'mentor', satisfaction: 5 },
          { side: 'mentee', satisfaction: 4 },
        ],
      },
      people,
    );
    await pair(cohortId, { sessions: [[60, 'held']] }, people); // quiet: 60 > 42 days
    await pair(
      cohortId,
      {
        sessions: [
          [30, 'held'],
          [20, 'no_show', 'mentee'],
          [10, 'no_show', 'mentee'],
        ],
      },
      people,
    );
    await pair(
      cohortId,
      {
        sessions: [[5, 'held']],
        pulses: [
          { side: 'mentor', satisfaction: 4 },
          { side: 'mentee', satisfaction: 3 },
        ],
      },
      people,
    );
    await pair(
      cohortId,
      { sessions: [[5, 'held']], pulses: [{ side: 'mentee', satisfaction: 2 }] },
      people,
    );
    await pair(
      cohortId,
      { sessions: [[5, 'held']], pulses: [{ side: 'mentee', satisfaction: 5 }] },
      people,
    );
    await pair(
      cohortId,
      { state: 'completed', sessions: [[20, 'held']], documented: true },
      people,
    );
    await pair(
      cohortId,
      { state: 'closed_early', sessions: [[40, 'held']], closedDaysAgo: 10 },
      people,
    );
    await refresh();

    const forHr = (await hr.get(`/api/reporting/cohorts/${cohortId}`)).body as CohortDashboard;
    expect(forHr.suppression.applied).toBe(false);
    // Active now 6; ever active 8 (16 people, all matched).
    expect(v(forHr, 'activeMatches')).toBe(6);
    expect(v(forHr, 'everActiveMatches')).toBe(8);
    expect(v(forHr, 'matched')).toBe(16);
    // Cadence: 5 of 6 active pairs met a session within 42 days = 83.3 %.
    expect(v(forHr, 'cadenceMet')).toBe(83.3);
    // At risk: quiet, two no-shows, satisfaction 2 → 3 of 6 = 50 %.
    expect(v(forHr, 'atRiskShare')).toBe(50);
    expect(
      forHr.risks
        .filter((r) => r.pairs.value)
        .map((r) => r.reason)
        .sort(),
    ).toEqual(['low_satisfaction', 'no_recent_session', 'two_no_shows']);
    // Sessions: 8 held, 2 mentee no-shows → attendance 8 / 10 = 80 %, mentee no-shows 20 %.
    expect(v(forHr, 'attendanceRate')).toBe(80);
    expect(v(forHr, 'noShowRateMentee')).toBe(20);
    // Latest answer per respondent: 5, 4, 4, 3, 2, 5 → (5+4+4+3+2+5) / 6 = 3.83.
    expect(v(forHr, 'satisfaction')).toBe(3.83);
    expect(forHr.satisfaction.map((b) => b.count.value)).toEqual([0, 1, 1, 2, 2]);
    // Ended: 1 planned of 2 = 50 %; 1 documented of 2 = 50 %; early 1 of 8 = 12.5 %.
    expect(v(forHr, 'reachedPlannedDuration')).toBe(50);
    expect(v(forHr, 'closuresDocumented')).toBe(50);
    expect(v(forHr, 'earlyClosureRate')).toBe(12.5);
    // No check-in logged although 3 were due by day 80 → 0 %; conformance (0+50+50)/3 = 33.3.
    expect(v(forHr, 'checkInsOnTime')).toBe(0);
    expect(forHr.conformance).toEqual({ score: { value: 33.3, suppressed: false }, band: 'below' });
    // Health: (0.25×83.3 + 0.2×(3.83−1)/4×100 + 0.15×33.3 + 0.2×(100−50)) / 0.8 (no match rate
    // without approved mentees) = (20.825 + 14.15 + 4.995 + 10) / 0.8 = 62.46 → 62.
    expect(v(forHr, 'health')).toBe(62);
    expect(forHr.earlyClosures).toEqual([
      { reason: 'fit', pairs: { value: 1, suppressed: false } },
    ]);

    // The executive: same cohort, small groups hidden, nothing about individuals.
    const forExec = await exec.get(`/api/reporting/cohorts/${cohortId}`);
    expect(forExec.status).toBe(200);
    const d = forExec.body as CohortDashboard;
    expect(d.suppression).toEqual({ applied: true, threshold: 5, wellbeingThreshold: 10 });
    expect(v(d, 'activeMatches')).toBe(6);
    expect(v(d, 'atRiskShare')).toBe(50); // 6 of 12 people, the rest 6: both ≥ 5
    // 6 respondents < 10 (a well-being item): the average and every non-zero bin are hidden.
    expect(v(d, 'satisfaction')).toBe('hidden');
    expect(d.satisfaction.map((b) => (b.count.suppressed ? '<10' : b.count.value))).toEqual([
      0,
      '<10',
      '<10',
      '<10',
      '<10',
    ]);
    // One pair ended early (2 people): the rate and the reason are hidden; so are shares whose
    // remainder is a small group (cadence: the 2 people of the one quiet pair).
    expect(v(d, 'earlyClosureRate')).toBe('hidden');
    expect(d.earlyClosures.every((e) => e.pairs.suppressed)).toBe(true);
    expect(v(d, 'cadenceMet')).toBe('hidden');
    expect(d.risks.every((r) => r.pairs.suppressed || r.pairs.value === 0)).toBe(true);
    const raw = JSON.stringify(d);
    for (const person of people) {
      expect(raw).not.toContain(person.id);
      expect(raw).not.toContain(person.email);
      expect(raw).not.toContain(person.displayName);
    }
    const csv = await exec.get(`/api/reporting/cohorts/${cohortId}/export.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain('metric,satisfaction,<10');

    // HR of another program sees nothing of this cohort; mentors have no route.
    const otherHr = new ApiClient(t.server);
    const other = await createUser(t.dataSource, {});
    const { program: otherProgram } = await recruitingCohort(hr, 'Other');
    await t.dataSource.query(
      `INSERT INTO role_grant (user_id, role, program_id) VALUES ($1, 'admin', $2)`,
      [other.id, otherProgram.id],
    );
    await otherHr.signIn(other.email, other.password);
    expect((await otherHr.get(`/api/reporting/cohorts/${cohortId}`)).status).toBe(404);
    const mentor = new ApiClient(t.server);
    await mentor.signIn(people[0].email, people[0].password);
    expect((await mentor.get(`/api/reporting/cohorts/${cohortId}`)).status).toBe(403);
  });

  it('lets no combination of filters reveal a small group or one person’s answer (random cohorts)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            state: fc.constantFrom('active', 'active', 'completed', 'closed_early'),
            held: fc.nat({ max: 3 }),
            pulse: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
          }),
          { minLength: 1, maxLength: 9 },
        ),
        async (specs) => {
          const { cohortId } = await activeCohort();
          const people: TestUser[] = [];
          for (const s of specs)
            await pair(
              cohortId,
              {
                state: s.state as PairSpec['state'],
                sessions: Array.from(
                  { length: s.held },
                  (_, i) => [10 + 15 * i, 'held'] as [number, 'held'],
                ),
                pulses: s.pulse ? [{ side: 'mentee', satisfaction: s.pulse }] : [],
                documented: s.state === 'completed',
                closedDaysAgo: 20,
              },
              people,
            );
          await refresh();
          const views: CohortDashboard[] = [];
          for (const period of ['all', 'month', 'quarter']) {
            const d = (await exec.get(`/api/reporting/cohorts/${cohortId}?period=${period}`))
              .body as CohortDashboard;
            views.push(d);
            const k = d.suppression.threshold;
            const small = (c: Cell, limit = k) =>
              !c.suppressed && c.value !== null && c.value > 0 && c.value < limit;
            // No published count of people (or figure base) under k.
            expect(d.funnel.some((f) => small(f.people))).toBe(false);
            expect(d.metrics.some((m) => small(m.base, m.key === 'satisfaction' ? 10 : k))).toBe(
              false,
            );
            expect(d.satisfaction.some((b) => small(b.count, 10))).toBe(false);
            // Partitions never leave a lone hidden cell next to a published total.
            for (const bins of [
              d.satisfaction.map((b) => b.count),
              d.goalAttainment.map((b) => b.count),
            ]) {
              const hiddenBins = bins.filter((c) => c.suppressed).length;
              expect(hiddenBins === 0 || hiddenBins >= 2).toBe(true);
            }
          }
          // Answers are published the same way whatever the period: nothing to subtract.
          const answers = (d: CohortDashboard) =>
            JSON.stringify([
              d.satisfaction,
              d.goalAttainment,
              ...(['satisfaction', 'nps', 'goalsAchieved', 'goalProgress'] as MetricKey[]).map(
                (key) => d.metrics.find((m) => m.key === key),
              ),
            ]);
          expect(new Set(views.map(answers)).size).toBe(1);
        },
      ),
      { numRuns: 6 },
    );
  });

  it('gives HR one "needs action" summary and executives an overview of every cohort', async () => {
    const { cohortId } = await activeCohort();
    const people: TestUser[] = [];
    await pair(cohortId, { sessions: [[60, 'held']] }, people);
    await pair(cohortId, { state: 'closed_early', sessions: [[30, 'held']] }, people);
    await refresh();
    const needs = (await hr.get('/api/reporting/needs-action')).body as NeedsAction;
    // The quiet pair is at risk and (no check-in in 80 days) due one; the early closure is undocumented.
    expect(needs).toMatchObject({ atRiskPairs: 1, checkInsDue: 1, undocumentedClosures: 1 });
    expect(needs.cohorts[0]).toMatchObject({ cohortId, atRisk: 1, undocumentedClosures: 1 });
    expect((await exec.get('/api/reporting/needs-action')).status).toBe(403);

    const overview = (await exec.get('/api/reporting/overview')).body as ReportingOverview;
    expect(overview.suppression.applied).toBe(true);
    const card = overview.cohorts.find((c) => c.cohortId === cohortId);
    // Two pairs (4 people): the cohort's active count and health are hidden from executives.
    expect(card?.activeMatches.suppressed).toBe(true);
    expect(card?.health.suppressed).toBe(true);
    expect(overview.totals.activeMatches.suppressed).toBe(true);
    const forHr = (await hr.get('/api/reporting/overview')).body as ReportingOverview;
    expect(forHr.cohorts.find((c) => c.cohortId === cohortId)?.activeMatches).toEqual({
      value: 1,
      suppressed: false,
    });
  });
});
