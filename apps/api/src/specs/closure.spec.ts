import { ClosureJobsService } from '@mentorbridge/api-closure';
import { loadRunInputs } from '@mentorbridge/api-matching';
import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import type {
  Answers,
  CloseCohortResult,
  ClosureView,
  CohortClosingPreview,
  CohortClosureSummary,
  CohortDetail,
  FitCheckView,
  PairHealthView,
} from '@mentorbridge/shared-contracts';
import { employee, MENTEE_ANSWERS, MENTOR_ANSWERS, recruitingCohort } from './recruitment-fixtures';
import { createApiTestApp } from './support';

const DAY_MS = 86_400_000;
const daysFromNow = (n: number) => new Date(Date.now() + n * DAY_MS);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const CANARY = 'CANARY-closure-5be2';

/**
 * Closure (issue 7) and the pairing-fit check (issue 6): who may end a relationship and how, what
 * an ending frees, the checklist and exit survey, extensions, cohort closing as one transaction,
 * and the notes retention job.
 */
describe('closure', () => {
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

  interface Pair {
    matchId: string;
    mentorUser: TestUser;
    menteeUser: TestUser;
    mentor: ApiClient;
    mentee: ApiClient;
  }

  async function pair(
    cohortId: string,
    name: string,
    options: { mentor?: TestUser; activatedDaysAgo?: number; state?: string } = {},
  ): Promise<Pair> {
    const mentorUser =
      options.mentor ??
      (await createUser(t.dataSource, { displayName: `${name} Mentor`, roles: ['mentor'] }));
    const menteeUser = await createUser(t.dataSource, {
      displayName: `${name} Mentee`,
      roles: ['mentee'],
    });
    const state = options.state ?? 'active';
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO match (cohort_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response, activated_at)
       VALUES ($1, $2, $3, $4, $5, $5, $6) RETURNING id`,
      [
        cohortId,
        mentorUser.id,
        menteeUser.id,
        state,
        state === 'active' ? 'accepted' : 'pending',
        state === 'active' ? daysFromNow(-(options.activatedDaysAgo ?? 60)) : null,
      ],
    );
    return {
      matchId: id as string,
      mentorUser,
      menteeUser,
      mentor: await signedIn(mentorUser),
      mentee: await signedIn(menteeUser),
    };
  }

  async function session(matchId: string, at: Date, status: string) {
    await t.dataSource.query(
      `INSERT INTO mentoring_session (id, match_id, scheduled_at, duration_minutes, mode, status)
       VALUES (gen_random_uuid(), $1, $2, 45, 'video', $3)`,
      [matchId, at, status],
    );
  }

  const endCohortOn = (cohortId: string, end: Date) =>
    t.dataSource.query(`UPDATE cohort SET start_date = $2, end_date = $3 WHERE id = $1`, [
      cohortId,
      isoDay(daysFromNow(-200)),
      isoDay(end),
    ]);

  const mails = (kind: string): Promise<{ to_address: string; subject: string; text: string }[]> =>
    t.dataSource.query(
      `SELECT to_address, subject, text FROM mail_message WHERE kind = $1 ORDER BY to_address`,
      [kind],
    );

  const matchRow = async (matchId: string) =>
    (
      await t.dataSource.query(
        `SELECT state, ended_at, mentor_rematch_from, mentee_rematch_from, planned_end_date::text AS planned_end_date
           FROM match WHERE id = $1`,
        [matchId],
      )
    )[0];

  it("lets HR read a pair's closure without creating the pair's key as a side effect", async () => {
    const { cohort } = await recruitingCohort(hr);
    const p = await pair(cohort.id, 'Kai');
    const keys = async () =>
      Number(
        (
          await t.dataSource.query(`SELECT count(*)::int AS n FROM pair_key WHERE match_id = $1`, [
            p.matchId,
          ])
        )[0].n,
      );
    const view = await hr.get(`/api/matches/${p.matchId}/closure`).expect(200);
    expect(view.body).toMatchObject({ matchId: p.matchId, mySide: null, checklist: [] });
    expect(await keys()).toBe(0);
    // The pair's own view opens (and so creates) it.
    await p.mentee.get(`/api/matches/${p.matchId}/closure`).expect(200);
    expect(await keys()).toBe(1);
  });

  describe('pairing-fit check', () => {
    it('opens after the first held session, stays between HR and the person, and offers a no-fault exit', async () => {
      const { cohort } = await recruitingCohort(hr);
      const p = await pair(cohort.id, 'Fia');
      const before = (await p.mentee.get(`/api/matches/${p.matchId}/fit`)).body as FitCheckView;
      expect(before).toMatchObject({ open: false, due: false, mine: null, poorFit: false });
      const early = await p.mentee.put(`/api/matches/${p.matchId}/fit`, {
        fit: 2,
        continue: 'no',
      });
      expect(early.status).toBe(409);
      expect(early.body.message).toContain('after your first session');

      await session(p.matchId, daysFromNow(-3), 'held');
      expect((await p.mentee.get(`/api/matches/${p.matchId}/fit`)).body).toMatchObject({
        open: true,
        due: true,
      });
      const bad = await p.mentee.put(`/api/matches/${p.matchId}/fit`, {
        fit: 7,
        continue: 'maybe',
      });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('fit must be a whole number from 1 to 5');
      expect(JSON.stringify(bad.body)).toContain('continue must be one of yes, unsure, no');

      const answered = await p.mentee.put(`/api/matches/${p.matchId}/fit`, {
        fit: 2,
        continue: 'no',
        comment: `We never find common ground. ${CANARY}`,
      });
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({ due: false, poorFit: true, mine: { fit: 2 } });

      // The partner sees only their own (unanswered) check, never the mentee's answer.
      const partner = await p.mentor.get(`/api/matches/${p.matchId}/fit`);
      expect(partner.body).toMatchObject({ due: true, mine: null, poorFit: false });
      expect(JSON.stringify(partner.body)).not.toContain(CANARY);

      // HR sees the poor fit as a risk with its reason; the comment is sealed at rest.
      const pairs = (await hr.get(`/api/cohorts/${cohort.id}/pairs`)).body as PairHealthView[];
      expect(pairs[0].risks.map((r) => r.reason)).toContain('poor_fit');
      expect(pairs[0].risks.find((r) => r.reason === 'poor_fit')?.detail).toContain('mentee');
      const [{ raw }] = await t.dataSource.query(
        `SELECT row_to_json(f)::text AS raw FROM pairing_fit_response f`,
      );
      expect(raw).not.toContain('CANARY');

      const stranger = await signedIn(await createUser(t.dataSource, { roles: ['mentor'] }));
      expect((await stranger.get(`/api/matches/${p.matchId}/fit`)).status).toBe(404);
      expect((await hr.get(`/api/matches/${p.matchId}/fit`)).status).toBe(404);

      // The no-fault exit is an early closure with reason "fit".
      const exit = await p.mentee.post(`/api/matches/${p.matchId}/close`, {
        reason: 'fit',
        rematch: true,
      });
      expect(exit.status).toBe(200);
      expect((exit.body as ClosureView).closure).toMatchObject({
        kind: 'early',
        reason: 'fit',
        initiatedBy: 'mentee',
      });
    });
  });

  describe('early closure', () => {
    it('lets either side end early with a reason and a message; frees the mentor now and the mentee after the buffer', async () => {
      const { cohort, program } = await recruitingCohort(hr);
      const p = await pair(cohort.id, 'Eli');
      await session(p.matchId, daysFromNow(5), 'scheduled');

      const missing = await p.mentor.post(`/api/matches/${p.matchId}/close`, { reason: 'other' });
      expect(missing.status).toBe(400);
      expect(JSON.stringify(missing.body)).toContain('reasonText');
      const notMine = await p.mentor.post(`/api/matches/${p.matchId}/close`, {
        reason: 'time',
        rematchMentee: false,
      });
      expect(notMine.status).toBe(400);
      const unknown = await p.mentor.post(`/api/matches/${p.matchId}/close`, {
        reason: 'completed',
      });
      expect(unknown.status).toBe(400);
      expect((await matchRow(p.matchId)).state).toBe('active');

      const exec = await signedIn(await createUser(t.dataSource, { roles: ['executive'] }));
      const stranger = await signedIn(await createUser(t.dataSource, { roles: ['mentor'] }));
      for (const outsider of [exec, stranger]) {
        const tried = await outsider.post(`/api/matches/${p.matchId}/close`, { reason: 'time' });
        expect(tried.status).toBe(404);
        expect((await outsider.get(`/api/matches/${p.matchId}/closure`)).status).toBe(404);
      }
      expect((await matchRow(p.matchId)).state).toBe('active');

      const closed = await p.mentor.post(`/api/matches/${p.matchId}/close`, {
        reason: 'role_change',
        message: `I am moving to the Lisbon office; it was a pleasure. ${CANARY}`,
        rematch: false,
      });
      expect(closed.status).toBe(200);
      const view = closed.body as ClosureView;
      expect(view.state).toBe('closed_early');
      expect(view.closure).toMatchObject({
        kind: 'early',
        reason: 'role_change',
        initiatedBy: 'mentor',
      });
      expect(view.closure?.message).toContain('Lisbon');

      const row = await matchRow(p.matchId);
      expect(row.state).toBe('closed_early');
      // The mentor chose not to come back; the mentee returns after the program's buffer.
      expect(row.mentor_rematch_from).toBeNull();
      const buffer = program.closurePolicy.rematchBufferDays;
      const menteeBack =
        new Date(row.mentee_rematch_from).getTime() - new Date(row.ended_at).getTime();
      expect(Math.round(menteeBack / DAY_MS)).toBe(buffer);
      const [{ status }] = await t.dataSource.query(
        `SELECT status FROM mentoring_session WHERE match_id = $1`,
        [p.matchId],
      );
      expect(status).toBe('cancelled');

      // The other side is told, with the message; HR is told the facts only.
      const toMentee = await mails('closure.early');
      expect(toMentee).toHaveLength(1);
      expect(toMentee[0].to_address).toBe(p.menteeUser.email);
      expect(toMentee[0].text).toContain('Lisbon');
      const toHr = await mails('closure.early.hr');
      expect(toHr.map((m) => m.to_address)).toContain(hrUser.email);
      expect(toHr[0].text).not.toContain('Lisbon');

      // HR sees the reason but never the pair's message; the message is sealed at rest.
      const forHr = (await hr.get(`/api/matches/${p.matchId}/closure`)).body as ClosureView;
      expect(forHr.closure).toMatchObject({ reason: 'role_change', message: null });
      expect(JSON.stringify(forHr)).not.toContain(CANARY);
      const [{ raw }] = await t.dataSource.query(
        `SELECT row_to_json(c)::text AS raw FROM match_closure c`,
      );
      expect(raw).not.toContain('CANARY');

      const again = await p.mentee.post(`/api/matches/${p.matchId}/close`, { reason: 'time' });
      expect(again.status).toBe(409);
      expect((await p.mentee.post(`/api/matches/${p.matchId}/complete`)).status).toBe(409);
      // Sessions and notes can no longer be added.
      const note = await p.mentee.post(`/api/matches/${p.matchId}/notes`, {
        text: 'after the end',
        visibility: 'private',
      });
      expect(note.status).toBe(409);
    });

    it('serialises two simultaneous closures: one wins, the other is told it already ended', async () => {
      const { cohort } = await recruitingCohort(hr);
      const p = await pair(cohort.id, 'Sim');
      const results = await Promise.all([
        p.mentor.post(`/api/matches/${p.matchId}/close`, { reason: 'time' }),
        p.mentee.post(`/api/matches/${p.matchId}/close`, { reason: 'fit' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM match_closure`);
      expect(n).toBe(1);
    });

    it('returns capacity to the matching pool: the mentor at once, the mentee after the buffer, never the same pair', async () => {
      const { program, cohort } = await recruitingCohort(hr);
      const ada = await employee(t, { displayName: 'Ada Mentor', seniorityLevel: 4 });
      const dan = await employee(t, { displayName: 'Dan Mentee' });
      const apply = async (person: TestUser, role: 'mentor' | 'mentee', answers: Answers) => {
        const client = await signedIn(person);
        const applied = await client.post(`/api/cohorts/${cohort.id}/applications`, {
          role,
          answers,
        });
        expect(applied.status).toBe(201);
        const decided = await hr.post(`/api/applications/${applied.body.id}/decision`, {
          decision: 'approve',
        });
        expect(decided.status).toBe(200);
      };
      await apply(ada, 'mentor', { ...MENTOR_ANSWERS, capacity: 2 });
      await apply(dan, 'mentee', MENTEE_ANSWERS);
      const [{ id: matchId }] = await t.dataSource.query(
        `INSERT INTO match (cohort_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response, activated_at)
         VALUES ($1, $2, $3, 'active', 'accepted', 'accepted', now() - interval '30 days') RETURNING id`,
        [cohort.id, ada.id, dan.id],
      );
      const inputs = () =>
        loadRunInputs(t.dataSource.manager, cohort.id, program.id, program.format);
      const capacityOf = async () => {
        const i = await inputs();
        return {
          ada: i.mentors.find((m) => m.userId === ada.id)?.capacity,
          dan: i.mentees.find((m) => m.userId === dan.id)?.capacity,
        };
      };
      expect(await capacityOf()).toEqual({ ada: 1, dan: 0 });

      const closed = await hr.post(`/api/matches/${matchId}/close`, {
        reason: 'fit',
        rematch: true,
      });
      expect(closed.status).toBe(400);
      expect(
        (await hr.post(`/api/matches/${matchId}/close`, { reason: 'fit', message: 'No fault.' }))
          .status,
      ).toBe(200);
      // The mentor's place is back at once; the mentee waits the buffer.
      expect(await capacityOf()).toEqual({ ada: 2, dan: 0 });
      const bans = (await inputs()).bans;
      expect(bans.some((b) => b.includes(ada.id) && b.includes(dan.id))).toBe(true);

      await t.dataSource.query(
        `UPDATE match SET mentee_rematch_from = now() - interval '1 minute' WHERE id = $1`,
        [matchId],
      );
      expect(await capacityOf()).toEqual({ ada: 2, dan: 1 });
      const forHr = (await hr.get(`/api/matches/${matchId}/closure`)).body as ClosureView;
      expect(forHr.closure?.initiatedBy).toBe('hr');
      expect(forHr.rematch.menteeFrom).not.toBeNull();
      expect((await mails('closure.early')).map((m) => m.to_address).sort()).toEqual(
        [ada.email, dan.email].sort(),
      );
    });
  });

  describe('planned closure', () => {
    it('opens the checklist 30 days before the end; both sides complete it; HR chases and sees documentation', async () => {
      const { cohort } = await recruitingCohort(hr);
      await endCohortOn(cohort.id, daysFromNow(60));
      const p = await pair(cohort.id, 'Pia');
      const goal = await p.mentee.post(`/api/matches/${p.matchId}/goals`, {
        title: `Lead a cross-team project ${CANARY}`,
      });
      expect(goal.status).toBe(201);

      const tooEarly = await p.mentor.post(`/api/matches/${p.matchId}/complete`);
      expect(tooEarly.status).toBe(409);
      expect(tooEarly.body.message).toContain('Planned closure opens on');
      const survey = {
        satisfaction: 5,
        recommend: 9,
        helped: `Honest feedback every month ${CANARY}`,
        change: 'More structure at the start',
        reflection: `I learnt to say no ${CANARY}`,
        contactPreference: 'stay_in_touch',
      };
      expect((await p.mentee.put(`/api/matches/${p.matchId}/closure/survey`, survey)).status).toBe(
        409,
      );

      await endCohortOn(cohort.id, daysFromNow(20));
      await session(p.matchId, daysFromNow(-2), 'held');
      const opened = (await p.mentee.get(`/api/matches/${p.matchId}/closure`)).body as ClosureView;
      expect(opened.closingWindowOpen).toBe(true);
      expect(opened.checklist.map((c) => [c.key, c.done])).toEqual([
        ['final_session', true],
        ['goals_assessed', false],
        ['exit_survey', false],
        ['contact_preference', false],
      ]);

      const wrongContact = await p.mentee.put(`/api/matches/${p.matchId}/closure/survey`, {
        ...survey,
        contactPreference: 'carrier_pigeon',
      });
      expect(wrongContact.status).toBe(400);
      const answered = await p.mentee.put(`/api/matches/${p.matchId}/closure/survey`, survey);
      expect(answered.status).toBe(200);
      const goals = await p.mentee.put(`/api/matches/${p.matchId}/closure/goals`, {
        goals: [{ goalId: goal.body.id, attainment: 'partly' }],
      });
      expect(goals.status).toBe(200);
      const mine = goals.body as ClosureView;
      expect(mine.checklist.every((c) => c.done)).toBe(true);
      expect(mine.mySurvey).toMatchObject({ satisfaction: 5, reflection: survey.reflection });
      expect(mine.goals).toEqual([
        { goalId: goal.body.id, title: expect.stringContaining('Lead'), attainment: 'partly' },
      ]);
      const otherGoal = await p.mentee.put(`/api/matches/${p.matchId}/closure/goals`, {
        goals: [{ goalId: '00000000-0000-4000-8000-000000000000', attainment: 'achieved' }],
      });
      expect(otherGoal.status).toBe(404);

      // The partner learns that the mentee finished, never what they answered.
      const partner = (await p.mentor.get(`/api/matches/${p.matchId}/closure`)).body as ClosureView;
      expect(partner.partnerSurveyDone).toBe(true);
      expect(partner.mySurvey?.answeredAt).toBeNull();
      expect(JSON.stringify(partner)).not.toContain('Honest feedback');
      expect(JSON.stringify(partner)).not.toContain('I learnt to say no');

      const completed = await p.mentor.post(`/api/matches/${p.matchId}/complete`);
      expect(completed.status).toBe(200);
      expect(completed.body).toMatchObject({
        state: 'completed',
        certificateAvailable: true,
        closure: { kind: 'planned', reason: 'completed', initiatedBy: 'mentor' },
      });
      expect((await mails('closure.survey')).map((m) => m.to_address).sort()).toEqual(
        [p.mentorUser.email, p.menteeUser.email].sort(),
      );

      const pdf = await p.mentee.raw
        .get(`/api/matches/${p.matchId}/certificate`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const text = (pdf.body as Buffer).toString('latin1');
      expect(text.startsWith('%PDF-1.4')).toBe(true);
      expect(text).toContain('Pia Mentee');
      expect(text).toContain('as a mentee');
      expect((await hr.get(`/api/matches/${p.matchId}/certificate`)).status).toBe(404);

      // HR: the survey answers (never the private reflection), documentation, and a chase.
      const forHr = (await hr.get(`/api/matches/${p.matchId}/closure`)).body as ClosureView;
      expect(forHr.exitAnswers).toEqual([
        expect.objectContaining({
          side: 'mentee',
          satisfaction: 5,
          recommend: 9,
          helped: survey.helped,
          change: survey.change,
        }),
      ]);
      expect(JSON.stringify(forHr)).not.toContain('I learnt to say no');
      expect(forHr.goals[0].title).toBeNull();
      expect(forHr.documentation).toMatchObject({
        documented: false,
        mentee: { surveyAnswered: true, contactPreference: 'stay_in_touch' },
        mentor: { surveyAnswered: false, contactPreference: null },
      });
      expect((await p.mentor.post(`/api/matches/${p.matchId}/closure/chase`)).status).toBe(403);
      const chased = (await hr.post(`/api/matches/${p.matchId}/closure/chase`)).body as ClosureView;
      expect(chased.documentation).toMatchObject({
        documented: true,
        mentor: { contactPreference: 'no_further_contact', contactDefaulted: true },
      });
      expect((await mails('closure.survey.chase')).map((m) => m.to_address)).toEqual([
        p.mentorUser.email,
      ]);
      // Once both have answered there is nothing left to chase.
      expect(
        (
          await p.mentor.put(`/api/matches/${p.matchId}/closure/survey`, {
            satisfaction: 4,
            recommend: 7,
            contactPreference: 'stay_in_touch',
          })
        ).status,
      ).toBe(200);
      const documented = (await hr.get(`/api/matches/${p.matchId}/closure`)).body as ClosureView;
      expect(documented.documentation?.mentor).toMatchObject({
        surveyAnswered: true,
        contactPreference: 'stay_in_touch',
        contactDefaulted: false,
      });
      expect((await hr.post(`/api/matches/${p.matchId}/closure/chase`)).status).toBe(409);

      const [{ raw }] = await t.dataSource.query(
        `SELECT string_agg(row_to_json(r)::text, ' ') AS raw FROM closure_response r`,
      );
      expect(raw).not.toContain('CANARY');
    });

    it('extends a relationship when HR approves; one pending request at a time', async () => {
      const { cohort } = await recruitingCohort(hr);
      await endCohortOn(cohort.id, daysFromNow(20));
      const p = await pair(cohort.id, 'Ext');
      const end = isoDay(daysFromNow(20));
      const before = await p.mentee.post(`/api/matches/${p.matchId}/extensions`, {
        endDate: end,
        reason: 'More time',
      });
      expect(before.status).toBe(400);
      const asked = await p.mentee.post(`/api/matches/${p.matchId}/extensions`, {
        endDate: isoDay(daysFromNow(80)),
        reason: 'We started late after the reorganisation.',
      });
      expect(asked.status).toBe(200);
      const ext = (asked.body as ClosureView).extensions[0];
      expect(ext).toMatchObject({ state: 'pending', requestedBy: 'mentee', currentEnd: end });
      expect(
        (
          await p.mentor.post(`/api/matches/${p.matchId}/extensions`, {
            endDate: isoDay(daysFromNow(90)),
            reason: 'Me too',
          })
        ).status,
      ).toBe(409);
      expect(
        (
          await p.mentor.post(`/api/matches/${p.matchId}/extensions/${ext.id}/decision`, {
            approve: true,
          })
        ).status,
      ).toBe(403);
      const approved = await hr.post(`/api/matches/${p.matchId}/extensions/${ext.id}/decision`, {
        approve: true,
        endDate: isoDay(daysFromNow(70)),
        note: 'Until the end of the quarter.',
      });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        plannedEnd: isoDay(daysFromNow(70)),
        closingWindowOpen: false,
      });
      expect((await matchRow(p.matchId)).planned_end_date).toBe(isoDay(daysFromNow(70)));
      expect((await mails('closure.extension_decided')).length).toBe(2);
      const twice = await hr.post(`/api/matches/${p.matchId}/extensions/${ext.id}/decision`, {
        approve: false,
      });
      expect(twice.status).toBe(409);
    });
  });

  describe('cohort closing', () => {
    async function activeCohort(): Promise<CohortDetail> {
      const { cohort } = await recruitingCohort(hr);
      await t.dataSource.query(`UPDATE cohort SET state = 'active' WHERE id = $1`, [cohort.id]);
      await endCohortOn(cohort.id, daysFromNow(3));
      return cohort;
    }

    it('closes every active pair in one transaction after a preview, then needs documentation (or an override) to close', async () => {
      const cohort = await activeCohort();
      const a = await pair(cohort.id, 'Ari');
      const b = await pair(cohort.id, 'Bo');
      await pair(cohort.id, 'Cy');
      await pair(cohort.id, 'Dee', { state: 'proposed' });
      const early = await pair(cohort.id, 'Eno');
      expect(
        (await early.mentee.post(`/api/matches/${early.matchId}/close`, { reason: 'time' })).status,
      ).toBe(200);

      const preview = (await hr.get(`/api/cohorts/${cohort.id}/closing-preview`))
        .body as CohortClosingPreview;
      expect(preview.active).toHaveLength(3);
      expect(preview.proposed).toBe(1);

      // The generic state move is refused while pairs are active.
      const generic = await hr.post(`/api/cohorts/${cohort.id}/transitions`, { to: 'closing' });
      expect(generic.status).toBe(409);
      expect(generic.body.message).toContain('3 pairs are still active');

      const stale = await hr.post(`/api/cohorts/${cohort.id}/close`, { expectedActive: 2 });
      expect(stale.status).toBe(409);
      expect(stale.body.message).toContain('changed since the preview');

      // A failure half-way leaves nothing behind: the whole closing is one transaction.
      await t.dataSource.query(`
        CREATE FUNCTION fail_third_closure() RETURNS trigger AS $$
        BEGIN
          IF NEW.reason = 'cohort_closed' THEN RAISE EXCEPTION 'simulated failure'; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql`);
      await t.dataSource.query(
        `CREATE TRIGGER fail_closure BEFORE INSERT ON match_closure FOR EACH ROW EXECUTE FUNCTION fail_third_closure()`,
      );
      const failed = await hr.post(`/api/cohorts/${cohort.id}/close`, { expectedActive: 3 });
      expect(failed.status).toBe(500);
      await t.dataSource.query(`DROP TRIGGER fail_closure ON match_closure`);
      await t.dataSource.query(`DROP FUNCTION fail_third_closure()`);
      const states = async () =>
        (
          await t.dataSource.query(
            `SELECT state, count(*)::int AS n FROM match WHERE cohort_id = $1 GROUP BY state ORDER BY state`,
            [cohort.id],
          )
        ).map((r: { state: string; n: number }) => `${r.state}:${r.n}`);
      expect(await states()).toEqual(['active:3', 'closed_early:1', 'proposed:1']);
      const [{ state: stillActive }] = await t.dataSource.query(
        `SELECT state FROM cohort WHERE id = $1`,
        [cohort.id],
      );
      expect(stillActive).toBe('active');
      expect(await mails('closure.survey')).toEqual([]);

      const exec = await signedIn(await createUser(t.dataSource, { roles: ['executive'] }));
      expect(
        (await exec.post(`/api/cohorts/${cohort.id}/close`, { expectedActive: 3 })).status,
      ).toBe(403);

      const closed = await hr.post(`/api/cohorts/${cohort.id}/close`, { expectedActive: 3 });
      expect(closed.status).toBe(200);
      expect(closed.body as CloseCohortResult).toEqual({
        completed: 3,
        cancelled: 1,
        surveysSent: 6,
      });
      expect(await states()).toEqual(['cancelled:1', 'closed_early:1', 'completed:3']);
      const cohortNow = (await hr.get(`/api/cohorts/${cohort.id}`)).body as CohortDetail;
      expect(cohortNow.state).toBe('closing');
      expect(cohortNow.transitions.at(-1)).toMatchObject({ from: 'active', to: 'closing' });

      const summary = (await hr.get(`/api/cohorts/${cohort.id}/closures`))
        .body as CohortClosureSummary;
      expect(summary).toMatchObject({ active: 0, closed: 4, documented: 0, undocumented: 4 });
      expect(summary.earlyByReason).toEqual([{ reason: 'time', count: 1 }]);

      // Closing → closed waits for documentation; HR may override with a reason.
      const blocked = await hr.post(`/api/cohorts/${cohort.id}/transitions`, { to: 'closed' });
      expect(blocked.status).toBe(409);
      expect(blocked.body.message).toContain('4 closures are not fully documented');
      for (const m of [a, b])
        for (const side of [m.mentor, m.mentee])
          expect(
            (
              await side.put(`/api/matches/${m.matchId}/closure/survey`, {
                satisfaction: 4,
                recommend: 8,
                contactPreference: 'no_further_contact',
              })
            ).status,
          ).toBe(200);
      const after = (await hr.get(`/api/cohorts/${cohort.id}/closures`))
        .body as CohortClosureSummary;
      expect(after.documented).toBe(2);
      const overridden = await hr.post(`/api/cohorts/${cohort.id}/transitions`, {
        to: 'closed',
        overrideGate: true,
        reason: 'Two participants left the company; surveys cannot be collected.',
      });
      expect(overridden.status).toBe(200);
      expect(overridden.body.state).toBe('closed');
    });
  });

  describe('jobs', () => {
    it('reminds pairs as the end approaches, once per threshold', async () => {
      const { cohort } = await recruitingCohort(hr);
      await endCohortOn(cohort.id, daysFromNow(20));
      const p = await pair(cohort.id, 'Rem');
      const soon = await pair(cohort.id, 'Soon');
      await t.dataSource.query(`UPDATE match SET planned_end_date = $2 WHERE id = $1`, [
        soon.matchId,
        isoDay(daysFromNow(5)),
      ]);
      await pair(cohort.id, 'Later').then((x) =>
        t.dataSource.query(`UPDATE match SET planned_end_date = $2 WHERE id = $1`, [
          x.matchId,
          isoDay(daysFromNow(90)),
        ]),
      );
      const jobs = t.app.get(ClosureJobsService);
      expect(await jobs.remindEndApproaching()).toBe(4);
      expect(await jobs.remindEndApproaching()).toBe(0);
      const sent = await mails('closure.end_approaching');
      expect(sent.map((m) => m.to_address).sort()).toEqual(
        [
          p.mentorUser.email,
          p.menteeUser.email,
          soon.mentorUser.email,
          soon.menteeUser.email,
        ].sort(),
      );
      expect(sent.find((m) => m.to_address === soon.menteeUser.email)?.subject).toContain('5 days');
    });

    it('warns before the retention date and then deletes exactly the expired pairs’ notes', async () => {
      const { cohort, program } = await recruitingCohort(hr);
      expect(program.closurePolicy.noteRetentionDays).toBe(90);
      const expired = await pair(cohort.id, 'Old');
      const warned = await pair(cohort.id, 'Mid');
      const fresh = await pair(cohort.id, 'New');
      const live = await pair(cohort.id, 'Live');
      for (const p of [expired, warned, fresh, live]) {
        for (const visibility of ['private', 'shared'])
          expect(
            (
              await p.mentor.post(`/api/matches/${p.matchId}/notes`, {
                text: `A note ${visibility}`,
                visibility,
              })
            ).status,
          ).toBe(201);
      }
      for (const [p, daysAgo] of [
        [expired, 91],
        [warned, 80],
        [fresh, 10],
      ] as const) {
        expect(
          (await p.mentee.post(`/api/matches/${p.matchId}/close`, { reason: 'time' })).status,
        ).toBe(200);
        await t.dataSource.query(`UPDATE match_closure SET closed_at = $2 WHERE match_id = $1`, [
          p.matchId,
          daysFromNow(-daysAgo),
        ]);
      }
      const jobs = t.app.get(ClosureJobsService);
      expect(await jobs.applyRetention()).toEqual({ warned: 1, deletedNotes: 2 });
      const notes = async () =>
        (
          await t.dataSource.query(
            `SELECT match_id, count(*)::int AS n FROM pair_note GROUP BY match_id`,
          )
        ).reduce(
          (acc: Record<string, number>, r: { match_id: string; n: number }) => ({
            ...acc,
            [r.match_id]: r.n,
          }),
          {},
        );
      expect(await notes()).toEqual({
        [warned.matchId]: 2,
        [fresh.matchId]: 2,
        [live.matchId]: 2,
      });
      const warnings = await mails('closure.retention_warning');
      expect(warnings.map((m) => m.to_address).sort()).toEqual(
        [warned.mentorUser.email, warned.menteeUser.email].sort(),
      );
      expect(await jobs.applyRetention()).toEqual({ warned: 0, deletedNotes: 0 });
      const view = (await expired.mentee.get(`/api/matches/${expired.matchId}/closure`))
        .body as ClosureView;
      expect(view.closure?.notesDeletedAt).not.toBeNull();
    });
  });
});
