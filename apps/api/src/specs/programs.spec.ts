import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import {
  COHORT_STATES,
  CohortDetail,
  CohortState,
  Page,
  ProgramDetail,
  ProgramSummary,
} from '@mentorbridge/shared-contracts';
import { completeAssessment, createCohort, createProgram, programInput } from './program-fixtures';
import { createApiTestApp } from './support';

describe('programs and cohorts', () => {
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

  it('creates a program with its purpose, rules and owners, and lists it with its counts', async () => {
    const colleague = await createUser(t.dataSource, {
      roles: ['admin'],
      displayName: 'Ines Owner',
    });
    const program = await createProgram(hr, {
      name: 'Women in Tech',
      format: 'group',
      ownerIds: [colleague.id],
    });

    expect(program).toMatchObject({
      name: 'Women in Tech',
      format: 'group',
      purpose: { outcomes: ['Mentees can lead a team meeting confidently'] },
      closurePolicy: { rematchBufferDays: 14 },
      suppressionThreshold: 5,
      cohorts: [],
      readiness: null,
      version: 1,
    });
    expect(program.owners.map((o) => o.displayName)).toEqual(['Hana HR', 'Ines Owner']);

    await createCohort(hr, program.id);
    const list = (await hr.get('/api/programs').expect(200)).body as Page<ProgramSummary>;
    expect(list.items).toEqual([
      expect.objectContaining({
        name: 'Women in Tech',
        cohortCount: 1,
        currentCohort: expect.objectContaining({ name: 'Spring 2027', state: 'draft' }),
      }),
    ]);
  });

  it('explains invalid program settings field by field', async () => {
    const response = await hr.post('/api/programs', {
      ...programInput(),
      name: 'X',
      format: 'speed-dating',
      suppressionThreshold: 3,
      meetingModes: [],
      purpose: { strategicDriver: 'short', outcomes: [] },
    });
    expect(response.status).toBe(400);
    const fields = (response.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual([
      'format',
      'meetingModes',
      'name',
      'purpose.outcomes',
      'purpose.strategicDriver',
      'suppressionThreshold',
    ]);
  });

  it('only accepts active HR leads as owners', async () => {
    const mentor = await createUser(t.dataSource, { roles: ['mentor'], displayName: 'Mo Mentor' });
    const response = await hr.post('/api/programs', programInput({ ownerIds: [mentor.id] }));
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      { field: 'ownerIds.0', message: 'Mo Mentor is not an active HR lead' },
    ]);
  });

  it('refuses a stale edit instead of silently overwriting a colleague', async () => {
    const program = await createProgram(hr);
    const first = await hr.patch(`/api/programs/${program.id}`, { version: 1, cadenceWeeks: 6 });
    expect(first.status).toBe(200);
    expect((first.body as ProgramDetail).version).toBe(2);

    const stale = await hr.patch(`/api/programs/${program.id}`, { version: 1, cadenceWeeks: 2 });
    expect(stale.status).toBe(409);
    const current = (await hr.get(`/api/programs/${program.id}`)).body as ProgramDetail;
    expect(current.cadenceWeeks).toBe(6);
  });

  it('lets exactly one of two simultaneous edits of the same version win; the other gets 409', async () => {
    const program = await createProgram(hr);
    const results = await Promise.all([
      hr.patch(`/api/programs/${program.id}`, { version: 1, cadenceWeeks: 3 }),
      hr.patch(`/api/programs/${program.id}`, { version: 1, cadenceWeeks: 8 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)?.body as ProgramDetail;
    const current = (await hr.get(`/api/programs/${program.id}`)).body as ProgramDetail;
    expect(current).toMatchObject({ version: 2, cadenceWeeks: winner.cadenceWeeks });
  });

  it('refuses a duplicate program name whatever the case', async () => {
    await createProgram(hr, { name: 'Reverse Mentoring' });
    const response = await hr.post('/api/programs', programInput({ name: 'reverse mentoring' }));
    expect(response.status).toBe(409);
    expect(response.body.details).toEqual([
      { field: 'name', message: 'is already used by another program' },
    ]);
  });

  describe('cohort state machine', () => {
    const path: CohortState[] = ['draft', 'recruiting', 'matching', 'active', 'closing', 'closed'];
    const legal = new Set([
      'draft>recruiting',
      'recruiting>matching',
      'matching>recruiting',
      'matching>active',
      'active>closing',
      'closing>closed',
    ]);

    /** Puts a fresh cohort in `state` along the legal path (readiness gate overridden). */
    async function cohortIn(
      programId: string,
      state: CohortState,
      name: string,
    ): Promise<CohortDetail> {
      let cohort = await createCohort(hr, programId, name);
      for (const next of path.slice(1, path.indexOf(state) + 1)) {
        const moved = await hr.post(`/api/cohorts/${cohort.id}/transitions`, {
          to: next,
          overrideGate: true,
          reason: 'Pilot agreed with the sponsor before the assessment',
        });
        expect(moved.status).toBe(200);
        cohort = moved.body as CohortDetail;
      }
      return cohort;
    }

    it('refuses every illegal move with a clear message and records nothing', async () => {
      const program = await createProgram(hr);
      const failures: string[] = [];
      for (const from of COHORT_STATES) {
        const cohort = await cohortIn(program.id, from, `From ${from}`);
        for (const to of COHORT_STATES) {
          if (legal.has(`${from}>${to}`)) continue;
          const response = await hr.post(`/api/cohorts/${cohort.id}/transitions`, { to });
          if (response.status !== 409 || response.body.code !== 'illegal_transition') {
            failures.push(`${from} → ${to}: ${response.status} ${response.body.code}`);
          }
        }
        const after = (await hr.get(`/api/cohorts/${cohort.id}`)).body as CohortDetail;
        expect(after.state).toBe(from);
        expect(after.transitions).toHaveLength(path.indexOf(from));
      }
      expect(failures).toEqual([]);
    });

    it('lets only one of two simultaneous moves through, so the log never shows a double step', async () => {
      const program = await createProgram(hr);
      const cohort = await cohortIn(program.id, 'matching', 'Race');
      const colleague = new ApiClient(t.server);
      await colleague.signIn(hrUser.email, hrUser.password);
      const results = await Promise.all([
        hr.post(`/api/cohorts/${cohort.id}/transitions`, { to: 'active' }),
        colleague.post(`/api/cohorts/${cohort.id}/transitions`, { to: 'active' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const after = (await hr.get(`/api/cohorts/${cohort.id}`)).body as CohortDetail;
      expect(after.transitions.filter((tr) => tr.to === 'active')).toHaveLength(1);
    });

    it('explains what is allowed next', async () => {
      const program = await createProgram(hr);
      const cohort = await createCohort(hr, program.id);
      const response = await hr.post(`/api/cohorts/${cohort.id}/transitions`, { to: 'active' });
      expect(response.body.message).toBe(
        'A cohort in Draft cannot move to Active. Allowed next: Recruiting.',
      );
    });

    it('records who moved the cohort, when, from and to', async () => {
      const program = await createProgram(hr);
      const cohort = await cohortIn(program.id, 'matching', 'Autumn');
      const back = await hr.post(`/api/cohorts/${cohort.id}/transitions`, {
        to: 'recruiting',
        reason: 'Too few mentors applied',
      });
      const detail = back.body as CohortDetail;
      expect(detail.transitions.map((tr) => [tr.from, tr.to, tr.actor?.displayName])).toEqual([
        ['draft', 'recruiting', 'Hana HR'],
        ['recruiting', 'matching', 'Hana HR'],
        ['matching', 'recruiting', 'Hana HR'],
      ]);
      expect(detail.transitions[2].reason).toBe('Too few mentors applied');
      expect(Date.parse(detail.transitions[2].at)).toBeGreaterThan(Date.now() - 60_000);
    });
  });

  describe('launch gate: readiness before recruiting', () => {
    it('blocks opening recruitment without a completed readiness assessment, and says why', async () => {
      const program = await createProgram(hr);
      const cohort = await createCohort(hr, program.id);
      expect(cohort.nextSteps).toEqual([
        {
          to: 'recruiting',
          allowed: false,
          overridable: true,
          blockedBy: expect.stringContaining('no completed readiness assessment'),
        },
      ]);
      const response = await hr.post(`/api/cohorts/${cohort.id}/transitions`, { to: 'recruiting' });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('gate_blocked');
    });

    it('blocks a "not ready" program until the weak dimension is fixed', async () => {
      const program = await createProgram(hr);
      const cohort = await createCohort(hr, program.id);
      // Everything "agree" (4 → 75 %) but financial "disagree" (2 → 25 %): not ready.
      await completeAssessment(
        hr,
        hrUser.id,
        program.id,
        (d) => (d === 'financial' ? 2 : 4),
        'First check',
      );
      const blocked = await hr.post(`/api/cohorts/${cohort.id}/transitions`, { to: 'recruiting' });
      expect(blocked.status).toBe(409);
      expect(blocked.body.message).toContain('Financial is 25.0%, below 60%');

      await completeAssessment(hr, hrUser.id, program.id, () => 4, 'Second check');
      const opened = await hr.post(`/api/cohorts/${cohort.id}/transitions`, { to: 'recruiting' });
      expect(opened.status).toBe(200);
      expect((opened.body as CohortDetail).state).toBe('recruiting');
      expect((opened.body as CohortDetail).transitions[0].gateOverridden).toBe(false);
    });

    it('lets an HR lead override the gate only with a written reason, and records it', async () => {
      const program = await createProgram(hr);
      const cohort = await createCohort(hr, program.id);

      const noReason = await hr.post(`/api/cohorts/${cohort.id}/transitions`, {
        to: 'recruiting',
        overrideGate: true,
      });
      expect(noReason.status).toBe(400);
      expect(noReason.body.details[0].field).toBe('reason');

      const overridden = await hr.post(`/api/cohorts/${cohort.id}/transitions`, {
        to: 'recruiting',
        overrideGate: true,
        reason: 'Board approved a pilot; assessment runs in parallel this quarter',
      });
      expect(overridden.status).toBe(200);
      expect((overridden.body as CohortDetail).transitions[0]).toMatchObject({
        from: 'draft',
        to: 'recruiting',
        gateOverridden: true,
        reason: 'Board approved a pilot; assessment runs in parallel this quarter',
      });
    });
  });

  describe('roles per program', () => {
    it('keeps an HR lead of program A out of program B entirely (404, nothing changes)', async () => {
      const programA = await createProgram(hr, { name: 'Program A' });
      const programB = await createProgram(hr, { name: 'Program B' });
      const cohortB = await createCohort(hr, programB.id);
      const assessmentB = await completeAssessment(hr, hrUser.id, programB.id, () => 4);

      const leadA = await createUser(t.dataSource, {
        programRoles: [{ role: 'admin', programId: programA.id }],
      });
      const a = new ApiClient(t.server);
      await a.signIn(leadA.email, leadA.password);

      await a.get(`/api/programs/${programA.id}`).expect(200);
      const list = (await a.get('/api/programs').expect(200)).body as Page<ProgramSummary>;
      expect(list.items.map((p) => p.name)).toEqual(['Program A']);

      const attempts = [
        await a.get(`/api/programs/${programB.id}`),
        await a.patch(`/api/programs/${programB.id}`, { version: 1, name: 'Hijacked' }),
        await a.post(`/api/programs/${programB.id}/cohorts`, {
          name: 'Sneaky',
          startDate: '2027-01-01',
          endDate: '2027-06-01',
        }),
        await a.get(`/api/cohorts/${cohortB.id}`),
        await a.patch(`/api/cohorts/${cohortB.id}`, { version: 1, name: 'Renamed' }),
        await a.post(`/api/cohorts/${cohortB.id}/transitions`, { to: 'recruiting' }),
        await a.get(`/api/programs/${programB.id}/readiness/items`),
        await a.post(`/api/programs/${programB.id}/readiness/items`, {
          dimension: 'cultural',
          text: 'A statement to add',
          helpText: '',
          recommendation: 'Do something useful',
        }),
        await a.get(`/api/programs/${programB.id}/readiness/assessments`),
        await a.get(`/api/readiness/assessments/${assessmentB.id}`),
      ];
      expect(attempts.map((r) => r.status)).toEqual(attempts.map(() => 404));

      const unchanged = (await hr.get(`/api/programs/${programB.id}`)).body as ProgramDetail;
      expect(unchanged.name).toBe('Program B');
      expect(unchanged.cohorts.map((c) => [c.name, c.state])).toEqual([['Spring 2027', 'draft']]);
    });

    it('lets only organisation-wide HR leads create programs', async () => {
      const programA = await createProgram(hr, { name: 'Program A' });
      const leadA = await createUser(t.dataSource, {
        programRoles: [{ role: 'admin', programId: programA.id }],
      });
      const a = new ApiClient(t.server);
      await a.signIn(leadA.email, leadA.password);
      expect((await a.post('/api/programs', programInput())).status).toBe(403);
    });

    it('lets a program HR lead read the directory but not change people or roles', async () => {
      const programA = await createProgram(hr, { name: 'Program A' });
      const leadA = await createUser(t.dataSource, {
        programRoles: [{ role: 'admin', programId: programA.id }],
      });
      const a = new ApiClient(t.server);
      await a.signIn(leadA.email, leadA.password);
      await a.get('/api/users').expect(200);
      expect((await a.put(`/api/users/${leadA.id}/roles`, { roles: ['admin'] })).status).toBe(403);
      expect(
        (await a.post('/api/users', { email: 'x@acme.example', displayName: 'X', roles: [] }))
          .status,
      ).toBe(403);
    });
  });
});
