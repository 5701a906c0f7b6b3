import { hostname } from 'node:os';
import { MatchesService, MatchRunExecutor, MatchRunsService } from '@mentorbridge/api-matching';
import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import type {
  Answers,
  CohortDetail,
  CohortFunnel,
  MatchConstraintView,
  MatchingSettings,
  MatchRunComparison,
  MatchRunDetail,
  MatchRunSummary,
  MatchView,
  PairExplanation,
  PublishResult,
} from '@mentorbridge/shared-contracts';
import { DEFAULT_MATCHING_SETTINGS } from '@mentorbridge/shared-contracts';
import { employee, MENTEE_ANSWERS, MENTOR_ANSWERS, recruitingCohort } from './recruitment-fixtures';
import { createApiTestApp } from './support';

/**
 * The matching workflow through the API: settings, a run in the background, review (why / why
 * not, swap, pin, ban, re-run), publish, each side's answer, expiry, and who may see what.
 */
describe('matching', () => {
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

  interface Cohort {
    programId: string;
    cohort: CohortDetail;
    mentors: Record<string, TestUser>;
    mentees: Record<string, TestUser>;
  }

  async function approved(
    cohortId: string,
    person: TestUser,
    role: 'mentor' | 'mentee',
    answers: Answers,
  ): Promise<void> {
    const client = await signedIn(person);
    const applied = await client.post(`/api/cohorts/${cohortId}/applications`, { role, answers });
    if (applied.status !== 201) throw new Error(`apply: ${JSON.stringify(applied.body)}`);
    const decided = await hr.post(`/api/applications/${applied.body.id}/decision`, {
      decision: 'approve',
    });
    if (decided.status !== 200) throw new Error(`approve: ${JSON.stringify(decided.body)}`);
  }

  /**
   * Two mentors (Ada: capacity 2, Negotiation + Stakeholder management; Ben: capacity 1,
   * Leadership) and three mentees. Ada is Cleo's manager, so Ada may never mentor Cleo.
   */
  async function matchingCohort(): Promise<Cohort> {
    const { program, cohort } = await recruitingCohort(hr);
    const ada = await employee(t, { displayName: 'Ada Mentor', seniorityLevel: 4 });
    const ben = await employee(t, { displayName: 'Ben Mentor', seniorityLevel: 4 });
    const cleo = await createUser(t.dataSource, {
      displayName: 'Cleo Mentee',
      managerId: ada.id,
      seniorityLevel: 2,
      department: 'Sales',
    });
    const dan = await employee(t, { displayName: 'Dan Mentee' });
    const eve = await employee(t, { displayName: 'Eve Mentee' });
    await approved(cohort.id, ada, 'mentor', {
      ...MENTOR_ANSWERS,
      expertise: ['Negotiation', 'Stakeholder management'],
      capacity: 2,
    });
    await approved(cohort.id, ben, 'mentor', {
      ...MENTOR_ANSWERS,
      expertise: ['Leadership'],
      capacity: 1,
    });
    await approved(cohort.id, cleo, 'mentee', MENTEE_ANSWERS);
    await approved(cohort.id, dan, 'mentee', MENTEE_ANSWERS);
    await approved(cohort.id, eve, 'mentee', {
      ...MENTEE_ANSWERS,
      target_skills: ['Leadership'],
    });
    const moved = await hr.post(`/api/cohorts/${cohort.id}/transitions`, { to: 'matching' });
    if (moved.status !== 200) throw new Error(`to matching: ${JSON.stringify(moved.body)}`);
    return {
      programId: program.id,
      cohort: moved.body as CohortDetail,
      mentors: { ada, ben },
      mentees: { cleo, dan, eve },
    };
  }

  async function runToDraft(cohortId: string): Promise<MatchRunDetail> {
    const started = await hr.post(`/api/cohorts/${cohortId}/match-runs`, {});
    expect(started.status).toBe(202);
    expect((started.body as MatchRunSummary).state).toBe('running');
    await t.app.get(MatchRunsService).settled();
    const run = await hr.get(`/api/match-runs/${started.body.id}`);
    expect(run.status).toBe(200);
    return run.body as MatchRunDetail;
  }

  const pairsOf = (run: MatchRunDetail) =>
    run.proposals.map((p) => `${p.mentor.displayName} → ${p.mentee.displayName}`).sort();

  describe('settings', () => {
    it('starts from the defaults, validates and saves per program', async () => {
      const { program } = await recruitingCohort(hr);
      const initial = await hr.get(`/api/programs/${program.id}/matching-settings`);
      expect(initial.body).toEqual(DEFAULT_MATCHING_SETTINGS);

      const bad = await hr.put(`/api/programs/${program.id}/matching-settings`, {
        ...DEFAULT_MATCHING_SETTINGS,
        weights: { ...DEFAULT_MATCHING_SETTINGS.weights, skills: 11 },
        shortlistSize: 0,
      });
      expect(bad.status).toBe(400);
      const messages = JSON.stringify(bad.body);
      expect(messages).toContain('weights.skills must be a whole number from 0 to 10');
      expect(messages).toContain('shortlistSize must be a whole number from 1 to 20');

      const wanted: MatchingSettings = {
        ...DEFAULT_MATCHING_SETTINGS,
        weights: { ...DEFAULT_MATCHING_SETTINGS.weights, location: 0 },
        departmentPreference: 'same',
        activateOnPublish: true,
      };
      const saved = await hr.put(`/api/programs/${program.id}/matching-settings`, wanted);
      expect(saved.status).toBe(200);
      expect((await hr.get(`/api/programs/${program.id}/matching-settings`)).body).toEqual(wanted);
    });
  });

  describe('runs', () => {
    it('proposes the most pairs with the best total, never a manager, and explains every pair', async () => {
      const { cohort, mentors, mentees } = await matchingCohort();
      const run = await runToDraft(cohort.id);

      expect(run.state).toBe('draft');
      // The detail names its cohort and program (for the page title and breadcrumb).
      expect(run.cohortName).toBe('Spring 2027');
      expect(run.programName).toBe(cohort.programName);
      expect(run.programName).not.toBe('');
      expect(run.mentors).toBe(2);
      expect(run.mentees).toBe(3);
      // Three places (Ada 2 + Ben 1) for three mentees, but Ada may not mentor Cleo: Ben must
      // take Cleo, Ada takes Dan and Eve — the only way to match all three.
      expect(pairsOf(run)).toEqual([
        'Ada Mentor → Dan Mentee',
        'Ada Mentor → Eve Mentee',
        'Ben Mentor → Cleo Mentee',
      ]);
      expect(run.objective).toEqual({
        matched: 3,
        totalScore: Math.round(run.proposals.reduce((s, p) => s + p.score, 0) * 100) / 100,
        optimal: true,
      });
      expect(run.unmatched).toEqual([]);
      expect(run.solverVersion).toMatch(/exact/);
      for (const proposal of run.proposals) {
        expect(proposal.criteria).toHaveLength(9);
        expect(proposal.criteria.reduce((s, c) => s + c.points, 0)).toBeCloseTo(proposal.score, 1);
      }
      // Ada covers both of Dan's target skills; the breakdown says so.
      const adaDan = run.proposals.find(
        (p) => p.mentor.userId === mentors['ada'].id && p.mentee.userId === mentees['dan'].id,
      );
      expect(adaDan?.criteria.find((c) => c.criterion === 'skills')?.explanation).toBe(
        '2 of 2 target skills: Stakeholder management, Negotiation',
      );

      // Why not Ada → Cleo? The reporting line.
      const whyNot = await hr.get(
        `/api/match-runs/${run.id}/explain?mentor=${mentors['ada'].id}&mentee=${mentees['cleo'].id}`,
      );
      const explanation = whyNot.body as PairExplanation;
      expect(explanation.score).toBeNull();
      expect(explanation.forbidden).toEqual(['reporting_line']);
      expect(explanation.proposed).toBe(false);
      expect(explanation.mentee.displayName).toBe('Cleo Mentee');
    });

    it('explains who stays unmatched and why when places run out', async () => {
      const { cohort, mentees } = await matchingCohort();
      const fourth = await employee(t, { displayName: 'Finn Mentee' });
      await hr.post(`/api/cohorts/${cohort.id}/transitions`, { to: 'recruiting' });
      await approved(cohort.id, fourth, 'mentee', MENTEE_ANSWERS);
      await hr.post(`/api/cohorts/${cohort.id}/transitions`, { to: 'matching' });
      const run = await runToDraft(cohort.id);
      expect(run.objective?.matched).toBe(3);
      expect(run.unmatched).toHaveLength(1);
      expect(run.unmatched[0].reason).toMatch(/needed for other mentees|at capacity/);
      // Three places for four mentees: whoever is left out could only have had a taken place.
      expect(Object.values(mentees).map((m) => m.id)).toEqual(
        expect.arrayContaining(
          run.proposals.map((p) => p.mentee.userId).filter((id) => id !== fourth.id),
        ),
      );
      expect(run.mentorsWithFreeCapacity).toEqual([]);
    });

    it('refuses a second run while one is running, and runs only in the matching stage', async () => {
      const { cohort } = await matchingCohort();
      await t.dataSource.query(
        `INSERT INTO match_run (cohort_id, number, state, settings, inputs, solver_version)
         VALUES ($1, 1, 'running', '{}', '{}', 'test')`,
        [cohort.id],
      );
      const second = await hr.post(`/api/cohorts/${cohort.id}/match-runs`, {});
      expect(second.status).toBe(409);
      expect(second.body.message).toBe(
        'A matching run is already in progress for this cohort. Wait for it to finish.',
      );

      const { cohort: recruiting } = await recruitingCohort(hr, 'Still recruiting');
      const early = await hr.post(`/api/cohorts/${recruiting.id}/match-runs`, {});
      expect(early.status).toBe(409);
      expect(early.body.message).toContain('while the cohort is Matching or Active');
    });

    it('keeps nothing from a run that crashes', async () => {
      const { cohort } = await matchingCohort();
      const executor = t.app.get(MatchRunExecutor);
      const spy = jest
        .spyOn(executor, 'run')
        .mockRejectedValueOnce(new Error('worker ran out of memory'));
      try {
        const run = await runToDraft(cohort.id);
        expect(run.state).toBe('failed');
        expect(run.error).toContain('worker ran out of memory');
        expect(run.proposals).toEqual([]);
        const [{ count }] = await t.dataSource.query(
          `SELECT count(*)::int AS count FROM match_proposal`,
        );
        expect(count).toBe(0);
      } finally {
        spy.mockRestore();
      }
      // The next run works.
      expect((await runToDraft(cohort.id)).state).toBe('draft');
    });

    it('fails a run only once the process computing it is gone', async () => {
      const { cohort } = await matchingCohort();
      const runs = t.app.get(MatchRunsService);
      const executor = t.app.get(MatchRunExecutor);
      const pending: ((e: Error) => void)[] = [];
      const spy = jest
        .spyOn(executor, 'run')
        .mockImplementation(() => new Promise((_, reject) => pending.push(reject)));
      const row = async (id: string) =>
        (
          await t.dataSource.query(
            `SELECT state, error, runner_host, runner_pid FROM match_run WHERE id = $1`,
            [id],
          )
        )[0];
      const set = (id: string, sql: string, params: unknown[] = []) =>
        t.dataSource.query(`UPDATE match_run SET ${sql} WHERE id = $1`, [id, ...params]);
      try {
        const first = (await hr.post(`/api/cohorts/${cohort.id}/match-runs`, {})).body;
        // Computed by this process: left alone, however often the check runs.
        expect(await row(first.id)).toMatchObject({
          state: 'running',
          runner_host: hostname(),
          runner_pid: process.pid,
        });
        expect(await runs.failInterrupted()).toBe(0);
        // Another replica that still says it is alive: left alone too.
        await set(first.id, `runner_host = 'replica-2', runner_pid = 1, heartbeat_at = now()`);
        expect(await runs.failInterrupted()).toBe(0);
        expect((await row(first.id)).state).toBe('running');
        // Another replica silent for a minute: lost.
        await set(first.id, `heartbeat_at = now() - interval '1 minute'`);
        expect(await runs.failInterrupted()).toBe(1);
        expect(await row(first.id)).toMatchObject({
          state: 'failed',
          error: 'The server stopped during this run. Nothing was saved; run matching again.',
        });

        // On this host, by a process that no longer exists: lost at once (a restart).
        const second = (await hr.post(`/api/cohorts/${cohort.id}/match-runs`, {})).body;
        await set(second.id, `runner_pid = $2`, [2147483646]);
        expect(await runs.failInterrupted()).toBe(1);
        expect((await row(second.id)).state).toBe('failed');
      } finally {
        spy.mockRestore();
        for (const reject of pending) reject(new Error('released'));
        await runs.settled();
      }
      // The lost runs stay failed when their computation ends after all; the next run works.
      expect(
        (await t.dataSource.query(`SELECT DISTINCT state FROM match_run WHERE cohort_id = $1`, [
          cohort.id,
        ])) as { state: string }[],
      ).toEqual([{ state: 'failed' }]);
      expect((await runToDraft(cohort.id)).state).toBe('draft');
    });

    it('swaps two pairs by hand, refuses a forbidden swap, and compares runs', async () => {
      const { cohort, mentors, mentees } = await matchingCohort();
      const run = await runToDraft(cohort.id);
      const benCleo = run.proposals.find((p) => p.mentee.userId === mentees['cleo'].id);
      const adaEve = run.proposals.find((p) => p.mentee.userId === mentees['eve'].id);
      const adaDan = run.proposals.find((p) => p.mentee.userId === mentees['dan'].id);
      if (!benCleo || !adaEve || !adaDan) throw new Error('unexpected proposals');

      // Ben ↔ Ada between Cleo and Eve would pair Ada with her own report.
      const refused = await hr.post(`/api/match-runs/${run.id}/swap`, {
        proposalIds: [benCleo.id, adaEve.id],
      });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toContain('Ada Mentor cannot mentor Cleo Mentee');
      expect(pairsOf((await hr.get(`/api/match-runs/${run.id}`)).body)).toEqual(pairsOf(run));

      // Two mentees of one mentor cannot be swapped either (nothing would change).
      const same = await hr.post(`/api/match-runs/${run.id}/swap`, {
        proposalIds: [adaEve.id, adaDan.id],
      });
      expect(same.status).toBe(409);

      // Add a third mentor so a real swap exists: re-run, then swap Ben's and Cy's mentees.
      await hr.post(`/api/cohorts/${cohort.id}/transitions`, { to: 'recruiting' });
      const cy = await employee(t, { displayName: 'Cy Mentor', seniorityLevel: 4 });
      await approved(cohort.id, cy, 'mentor', {
        ...MENTOR_ANSWERS,
        expertise: ['Leadership'],
        capacity: 1,
      });
      await hr.post(`/api/cohorts/${cohort.id}/transitions`, { to: 'matching' });
      const second = await runToDraft(cohort.id);
      expect(second.number).toBe(2);
      const [p, q] = second.proposals.filter((x) => x.mentor.userId !== mentors['ada'].id);
      const before = second.objective?.totalScore ?? 0;
      const swapped = await hr.post(`/api/match-runs/${second.id}/swap`, {
        proposalIds: [p.id, q.id],
      });
      expect(swapped.status).toBe(200);
      const after = swapped.body as MatchRunDetail;
      const moved = after.proposals.find((x) => x.id === p.id);
      expect(moved?.mentor.userId).toBe(q.mentor.userId);
      expect(moved?.edited).toBe(true);
      expect(after.edits).toBe(1);
      expect(after.objective?.optimal).toBe(false);
      expect(after.objective?.totalScore).toBeCloseTo(
        after.proposals.reduce((s, x) => s + x.score, 0),
        2,
      );
      expect(after.objective?.totalScore).toBeLessThanOrEqual(before);

      const comparison = (await hr.get(`/api/match-runs/${second.id}/compare/${run.id}`))
        .body as MatchRunComparison;
      expect(comparison.a.number).toBe(2);
      expect(comparison.b.number).toBe(1);
      expect(comparison.same + comparison.onlyInA.length).toBe(3);
      expect(comparison.same + comparison.onlyInB.length).toBe(3);
    });

    it('keeps pins and bans in every re-run and refuses a pin the rules forbid', async () => {
      const { cohort, mentors, mentees } = await matchingCohort();
      const forbidden = await hr.post(`/api/cohorts/${cohort.id}/match-constraints`, {
        kind: 'pin',
        mentorUserId: mentors['ada'].id,
        menteeUserId: mentees['cleo'].id,
      });
      expect(forbidden.status).toBe(409);
      expect(forbidden.body.message).toContain('manager');

      const notInCohort = await hr.post(`/api/cohorts/${cohort.id}/match-constraints`, {
        kind: 'ban',
        mentorUserId: mentees['dan'].id,
        menteeUserId: mentees['eve'].id,
      });
      expect(notInCohort.status).toBe(400);

      // Ban Ada → Dan: Ada can then only take Eve, so one mentee stays unmatched.
      const ban = await hr.post(`/api/cohorts/${cohort.id}/match-constraints`, {
        kind: 'ban',
        mentorUserId: mentors['ada'].id,
        menteeUserId: mentees['dan'].id,
        reason: 'They work on the same deal',
      });
      expect(ban.status).toBe(201);
      const duplicate = await hr.post(`/api/cohorts/${cohort.id}/match-constraints`, {
        kind: 'pin',
        mentorUserId: mentors['ada'].id,
        menteeUserId: mentees['dan'].id,
      });
      expect(duplicate.status).toBe(409);
      // Pin Ben → Eve even though the solver would give Ben to Cleo.
      const pin = await hr.post(`/api/cohorts/${cohort.id}/match-constraints`, {
        kind: 'pin',
        mentorUserId: mentors['ben'].id,
        menteeUserId: mentees['eve'].id,
      });
      expect(pin.status).toBe(201);

      const run = await runToDraft(cohort.id);
      expect(pairsOf(run)).toEqual(['Ben Mentor → Eve Mentee']);
      expect(run.proposals.find((p) => p.mentor.userId === mentors['ben'].id)?.pinned).toBe(true);
      // Dan: banned from Ada, Ben is pinned to Eve; Cleo: Ada is her manager.
      expect(run.unmatched.map((u) => u.person.displayName).sort()).toEqual([
        'Cleo Mentee',
        'Dan Mentee',
      ]);
      expect(run.unmatched.find((u) => u.person.displayName === 'Dan Mentee')?.reason).toContain(
        'An HR lead excluded this pair'.toLowerCase(),
      );
      expect(run.mentorsWithFreeCapacity).toEqual([
        { person: expect.objectContaining({ displayName: 'Ada Mentor' }), free: 2 },
      ]);

      const constraints = (await hr.get(`/api/cohorts/${cohort.id}/match-constraints`))
        .body as MatchConstraintView[];
      expect(constraints.map((c) => [c.kind, c.reason])).toEqual([
        ['ban', 'They work on the same deal'],
        ['pin', null],
      ]);
      expect((await hr.delete(`/api/match-constraints/${ban.body.id}`)).status).toBe(204);
      expect((await hr.delete(`/api/match-constraints/${ban.body.id}`)).status).toBe(404);
      const rerun = await runToDraft(cohort.id);
      expect(pairsOf(rerun)).toEqual(['Ada Mentor → Dan Mentee', 'Ben Mentor → Eve Mentee']);
    });
  });

  describe('publishing and answers', () => {
    it('publishes a draft, notifies both sides, and activates a match when both accept', async () => {
      const { cohort, mentors, mentees } = await matchingCohort();
      const older = await runToDraft(cohort.id);
      const run = await runToDraft(cohort.id);
      const published = await hr.post(`/api/match-runs/${run.id}/publish`, {});
      expect(published.status).toBe(200);
      const result = published.body as PublishResult;
      expect(result.published).toBe(3);
      expect(result.notified).toBe(6);
      expect(result.run.state).toBe('published');
      expect((await hr.get(`/api/match-runs/${older.id}`)).body.state).toBe('discarded');
      const again = await hr.post(`/api/match-runs/${run.id}/publish`, {});
      expect(again.status).toBe(409);

      const mails: { to_address: string; subject: string; text: string }[] =
        await t.dataSource.query(
          `SELECT to_address, subject, text FROM mail_message WHERE kind = 'match-proposed' ORDER BY to_address`,
        );
      expect(mails).toHaveLength(6);
      const toCleo = mails.find((m) => m.to_address === mentees['cleo'].email);
      expect(toCleo?.subject).toContain('Ben Mentor');
      expect(toCleo?.text).toContain('Please accept or decline by');

      const cleo = await signedIn(mentees['cleo']);
      const ben = await signedIn(mentors['ben']);
      const [mine] = (await cleo.get('/api/me/matches')).body as MatchView[];
      expect(mine).toMatchObject({
        state: 'proposed',
        mySide: 'mentee',
        mentor: { displayName: 'Ben Mentor' },
        menteeResponse: 'pending',
      });
      expect(mine.criteria.length).toBe(9);

      // Someone else's match is "not found", for a stranger and for the other pair.
      const dan = await signedIn(mentees['dan']);
      expect((await dan.post(`/api/matches/${mine.id}/respond`, { accept: true })).status).toBe(
        404,
      );

      const accepted = await cleo.post(`/api/matches/${mine.id}/respond`, { accept: true });
      expect(accepted.body).toMatchObject({ state: 'proposed', menteeResponse: 'accepted' });
      const twice = await cleo.post(`/api/matches/${mine.id}/respond`, { accept: true });
      expect(twice.status).toBe(409);
      const active = await ben.post(`/api/matches/${mine.id}/respond`, { accept: true });
      expect(active.body).toMatchObject({ state: 'active', mentorResponse: 'accepted' });
      expect(active.body.activatedAt).not.toBeNull();

      // The recruitment funnel's last stage counts people with a published pair.
      const funnel = (await hr.get(`/api/cohorts/${cohort.id}/funnel`)).body as CohortFunnel;
      expect(funnel.byRole.mentee.at(-1)).toEqual({ stage: 'matched', people: 3, conversion: 1 });
      expect(funnel.byRole.mentor.at(-1)).toEqual({ stage: 'matched', people: 2, conversion: 1 });

      const forHr = await hr.get(`/api/cohorts/${cohort.id}/matches`);
      expect(forHr.body.total).toBe(3);
      expect(forHr.body.items[0].state).toBe('active');
    });

    it('a decline needs a reason, tells the other side without it, and frees both for the next run', async () => {
      const { cohort, mentors, mentees } = await matchingCohort();
      const run = await runToDraft(cohort.id);
      await hr.post(`/api/match-runs/${run.id}/publish`, {});
      const ada = await signedIn(mentors['ada']);
      const adaMatches = (await ada.get('/api/me/matches')).body as MatchView[];
      const withDan = adaMatches.find((m) => m.mentee.userId === mentees['dan'].id);
      if (!withDan) throw new Error('no match with Dan');

      const noReason = await ada.post(`/api/matches/${withDan.id}/respond`, { accept: false });
      expect(noReason.status).toBe(400);
      expect(JSON.stringify(noReason.body)).toContain('reason is required when declining');

      const declined = await ada.post(`/api/matches/${withDan.id}/respond`, {
        accept: false,
        reason: 'I already mentor someone on the same account',
      });
      expect(declined.body).toMatchObject({
        state: 'declined',
        declineReason: 'I already mentor someone on the same account',
      });
      const dan = await signedIn(mentees['dan']);
      const dansView = ((await dan.get('/api/me/matches')).body as MatchView[])[0];
      expect(dansView.state).toBe('declined');
      expect(dansView.declineReason).toBeNull();
      const [notice] = await t.dataSource.query(
        `SELECT subject, text FROM mail_message WHERE kind = 'match-declined' AND to_address = $1`,
        [mentees['dan'].email],
      );
      expect(notice.text).not.toContain('same account');

      // Dan and one of Ada's places are back: a new run proposes exactly that pair again unless
      // HR bans it.
      const next = await runToDraft(cohort.id);
      expect(next.mentees).toBe(1);
      expect(pairsOf(next)).toEqual(['Ada Mentor → Dan Mentee']);
    });

    it('expires unanswered matches after the program’s answer window', async () => {
      const { cohort } = await matchingCohort();
      const run = await runToDraft(cohort.id);
      await hr.post(`/api/match-runs/${run.id}/publish`, {});
      const matches = t.app.get(MatchesService);
      expect(await matches.expireUnanswered(new Date())).toBe(0);
      const inEightDays = new Date(Date.now() + 8 * 86_400_000);
      expect(await matches.expireUnanswered(inEightDays)).toBe(3);
      const [{ states }] = await t.dataSource.query(
        `SELECT array_agg(DISTINCT state) AS states FROM match WHERE cohort_id = $1`,
        [cohort.id],
      );
      expect(states).toEqual(['expired']);
    });

    it('activates at once when the program says so', async () => {
      const { cohort, programId } = await matchingCohort();
      await hr.put(`/api/programs/${programId}/matching-settings`, {
        ...DEFAULT_MATCHING_SETTINGS,
        activateOnPublish: true,
      });
      const run = await runToDraft(cohort.id);
      await hr.post(`/api/match-runs/${run.id}/publish`, {});
      const list = (await hr.get(`/api/cohorts/${cohort.id}/matches`)).body.items as MatchView[];
      expect(list.map((m) => m.state)).toEqual(['active', 'active', 'active']);
    });
  });

  describe('access', () => {
    it('hides runs, settings and pins from HR leads of other programs and from participants', async () => {
      const { cohort, programId, mentees } = await matchingCohort();
      const run = await runToDraft(cohort.id);
      const { program: otherProgram } = await recruitingCohort(hr, 'Other');
      const otherHr = await createUser(t.dataSource, {
        programRoles: [{ role: 'admin', programId: otherProgram.id }],
      });
      const other = await signedIn(otherHr);
      for (const path of [
        `/api/match-runs/${run.id}`,
        `/api/cohorts/${cohort.id}/match-runs`,
        `/api/cohorts/${cohort.id}/match-constraints`,
        `/api/cohorts/${cohort.id}/matches`,
        `/api/programs/${programId}/matching-settings`,
      ]) {
        expect({ path, status: (await other.get(path)).status }).toEqual({ path, status: 404 });
      }
      expect((await other.post(`/api/match-runs/${run.id}/publish`, {})).status).toBe(404);
      const mentee = await signedIn(mentees['dan']);
      expect((await mentee.get(`/api/match-runs/${run.id}`)).status).toBe(403);
      const [{ state }] = await t.dataSource.query(`SELECT state FROM match_run WHERE id = $1`, [
        run.id,
      ]);
      expect(state).toBe('draft');
    });
  });
});
