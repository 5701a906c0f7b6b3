import { MailService } from '@mentorbridge/api-core';
import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import type {
  ApplicationDetail,
  ApplicationSummary,
  BulkDecisionResult,
  CohortFunnel,
  FormDefinition,
  InvitationImportReport,
  InvitationView,
  MailMessageView,
  OpenCohort,
  Page,
} from '@mentorbridge/shared-contracts';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { employee, MENTEE_ANSWERS, MENTOR_ANSWERS, recruitingCohort } from './recruitment-fixtures';
import { createCohort, createProgram } from './program-fixtures';
import { createApiTestApp } from './support';

describe('recruitment', () => {
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

  describe('invitations', () => {
    it('invites people, mails them the invitation, and tracks opened and applied', async () => {
      const { cohort } = await recruitingCohort(hr);
      const mia = await employee(t, { displayName: 'Mia Mentee', email: 'mia@acme.example' });
      const response = await hr.post(`/api/cohorts/${cohort.id}/invitations`, {
        role: 'mentee',
        userIds: [mia.id],
      });
      expect(response.body).toEqual({ invited: 1, skipped: [] });
      const again = await hr.post(`/api/cohorts/${cohort.id}/invitations`, {
        role: 'mentee',
        userIds: [mia.id],
      });
      expect(again.body.skipped[0].reason).toBe('is already invited as mentee');

      // The message is queued with the action and delivered by the mail job to the outbox.
      const outbox = t.config.mail.transport === 'outbox' ? t.config.mail.outboxDir : '';
      rmSync(outbox, { recursive: true, force: true });
      expect(await t.app.get(MailService).deliverQueued()).toBe(1);
      const [file] = readdirSync(outbox);
      const eml = readFileSync(join(outbox, file), 'utf8');
      expect(eml).toContain('To: mia@acme.example');
      expect(eml).toContain(`http://mentorbridge.test/apply/${cohort.id}?role=mentee`);
      const messages = (await hr.get(`/api/cohorts/${cohort.id}/messages`))
        .body as Page<MailMessageView>;
      expect(messages.items[0]).toMatchObject({
        to: 'mia@acme.example',
        kind: 'invitation',
        status: 'sent',
      });
      expect(messages.items[0].text).toContain('Hana HR invites you to apply as a mentee');

      const miaClient = await signedIn(mia);
      await miaClient.get(`/api/cohorts/${cohort.id}/application-form?role=mentee`).expect(200);
      let list = (await hr.get(`/api/cohorts/${cohort.id}/invitations`))
        .body as Page<InvitationView>;
      expect(list.items[0].status).toBe('opened');
      await miaClient.post(`/api/cohorts/${cohort.id}/applications`, {
        role: 'mentee',
        answers: MENTEE_ANSWERS,
      });
      list = (await hr.get(`/api/cohorts/${cohort.id}/invitations`)).body as Page<InvitationView>;
      expect(list.items[0].status).toBe('applied');
    });

    it('imports invitations from CSV, keeping good rows and reporting bad ones', async () => {
      const { cohort } = await recruitingCohort(hr);
      await employee(t, { email: 'ana@acme.example' });
      await employee(t, { email: 'ben@acme.example' });
      await createUser(t.dataSource, { email: 'gone@acme.example', status: 'deactivated' });
      const csv = [
        'email,role',
        'ana@acme.example,mentee',
        'ben@acme.example,mentor',
        'nobody@acme.example,mentee',
        'gone@acme.example,mentee',
        'ana@acme.example,boss',
        'ana@acme.example,mentee',
      ].join('\n');

      const dry = (
        await hr.post(`/api/cohorts/${cohort.id}/invitations/import`, { csv, dryRun: true })
      ).body as InvitationImportReport;
      expect(dry.summary).toEqual({ invite: 2, skip: 1, error: 3 });
      expect((await hr.get(`/api/cohorts/${cohort.id}/invitations`)).body.total).toBe(0);

      const real = (await hr.post(`/api/cohorts/${cohort.id}/invitations/import`, { csv }))
        .body as InvitationImportReport;
      expect(real.rows.map((r) => [r.line, r.action, r.errors[0]?.message ?? null])).toEqual([
        [2, 'invite', null],
        [3, 'invite', null],
        [4, 'error', 'is not in the directory (import the person first)'],
        [5, 'error', 'belongs to a deactivated person'],
        [6, 'error', 'must be mentor or mentee'],
        [7, 'skip', 'appears twice in the file'],
      ]);
      const list = (await hr.get(`/api/cohorts/${cohort.id}/invitations`))
        .body as Page<InvitationView>;
      expect(list.items.map((i) => [i.person.email, i.role]).sort()).toEqual([
        ['ana@acme.example', 'mentee'],
        ['ben@acme.example', 'mentor'],
      ]);
    });

    it('invites a whole department, reminds the silent ones, and lets invitees decline', async () => {
      const { cohort } = await recruitingCohort(hr);
      const [a, b] = [
        await employee(t, { department: 'Data' }),
        await employee(t, { department: 'Data' }),
      ];
      await employee(t, { department: 'Sales' });
      expect(
        (
          await hr.post(`/api/cohorts/${cohort.id}/invitations/department`, {
            role: 'mentee',
            department: 'Data',
          })
        ).body.invited,
      ).toBe(2);

      const list = (await hr.get(`/api/cohorts/${cohort.id}/invitations`))
        .body as Page<InvitationView>;
      const ofB = list.items.find((i) => i.person.id === b.id);
      expect((await (await signedIn(b)).post(`/api/invitations/${ofB?.id}/decline`)).status).toBe(
        204,
      );
      // Someone else cannot decline for you.
      const ofA = list.items.find((i) => i.person.id === a.id);
      expect((await (await signedIn(b)).post(`/api/invitations/${ofA?.id}/decline`)).status).toBe(
        404,
      );

      expect((await hr.post(`/api/cohorts/${cohort.id}/invitations/remind`, {})).body).toEqual({
        reminded: 1,
      });
      const after = (await hr.get(`/api/cohorts/${cohort.id}/invitations?status=sent`))
        .body as Page<InvitationView>;
      expect(after.items.map((i) => [i.person.id, i.reminders])).toEqual([[a.id, 1]]);
    });

    it('only invites to a recruiting cohort', async () => {
      const program = await createProgram(hr);
      const draft = await createCohort(hr, program.id);
      const person = await employee(t);
      const response = await hr.post(`/api/cohorts/${draft.id}/invitations`, {
        role: 'mentee',
        userIds: [person.id],
      });
      expect(response.status).toBe(409);
      expect(response.body.message).toContain('while the cohort is Recruiting');
    });
  });

  describe('applying', () => {
    it('shows open calls with my status, and a form pre-filled from my profile', async () => {
      const { cohort } = await recruitingCohort(hr, 'Autumn');
      const mia = await employee(t);
      await t.dataSource.query(`UPDATE app_user SET languages = '{English,French}' WHERE id = $1`, [
        mia.id,
      ]);
      const client = await signedIn(mia);
      const open = (await client.get('/api/recruiting').expect(200)).body as OpenCohort[];
      expect(open.map((c) => [c.cohortName, c.mine.map((m) => m.applicationStatus)])).toEqual([
        ['Autumn', [null, null]],
      ]);

      const form = (await client.get(`/api/cohorts/${cohort.id}/application-form?role=mentee`))
        .body;
      expect(form.eligibility).toEqual({ eligible: true, reasons: [] });
      expect(form.prefill).toEqual({ languages: ['English', 'French'] });
      expect(form.form.questions.map((q: { key: string }) => q.key)).toEqual([
        'goal',
        'target_skills',
        'preferred_seniority',
        'languages',
        'availability',
        'meeting_modes',
      ]);
    });

    it('refuses an applicant who does not meet the program rules, with the reason', async () => {
      const { cohort } = await recruitingCohort(hr);
      const junior = await employee(t, { seniorityLevel: 2 });
      const response = await (
        await signedIn(junior)
      ).post(`/api/cohorts/${cohort.id}/applications`, {
        role: 'mentor',
        answers: MENTOR_ANSWERS,
      });
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({
        code: 'not_eligible',
        message:
          'This role needs seniority Senior (level 3) or above; your directory profile says Professional (level 2).',
      });
    });

    it('explains missing answers and flags a vague goal for a conversation', async () => {
      const { cohort } = await recruitingCohort(hr);
      const client = await signedIn(await employee(t));
      const missing = await client.post(`/api/cohorts/${cohort.id}/applications`, {
        role: 'mentee',
        answers: { goal: '' },
      });
      expect(missing.status).toBe(400);
      expect(missing.body.details).toContainEqual({
        field: 'answers.goal',
        message: 'What do you want to reach, and why a mentor? is required',
      });

      const vague = await client.post(`/api/cohorts/${cohort.id}/applications`, {
        role: 'mentee',
        answers: { ...MENTEE_ANSWERS, goal: 'I want to grow' },
      });
      expect(vague.status).toBe(201);
      expect(vague.body).toMatchObject({ status: 'submitted', goalFlag: 'too_short' });
      const flagged = (await hr.get(`/api/cohorts/${cohort.id}/applications?flagged=true`))
        .body as Page<ApplicationSummary>;
      expect(flagged.items.map((a) => a.id)).toEqual([vague.body.id]);
    });

    it('shows an application only to its applicant and the HR leads of its program', async () => {
      const { cohort } = await recruitingCohort(hr);
      const mia = await employee(t);
      const applied = (
        await (
          await signedIn(mia)
        ).post(`/api/cohorts/${cohort.id}/applications`, {
          role: 'mentee',
          answers: MENTEE_ANSWERS,
        })
      ).body as ApplicationDetail;

      const other = await signedIn(await employee(t));
      await other.get(`/api/applications/${applied.id}`).expect(404);
      expect(
        (await other.put(`/api/applications/${applied.id}`, { answers: MENTEE_ANSWERS })).status,
      ).toBe(404);
      expect((await other.post(`/api/applications/${applied.id}/withdraw`)).status).toBe(404);

      const otherProgram = await createProgram(hr, { name: 'Other program' });
      const otherHr = await createUser(t.dataSource, {
        programRoles: [{ role: 'admin', programId: otherProgram.id }],
      });
      const otherHrClient = await signedIn(otherHr);
      await otherHrClient.get(`/api/applications/${applied.id}`).expect(404);
      await otherHrClient.get(`/api/cohorts/${cohort.id}/applications`).expect(404);
      expect(
        (
          await otherHrClient.post(`/api/applications/${applied.id}/decision`, {
            decision: 'approve',
          })
        ).status,
      ).toBe(404);

      const seen = (await hr.get(`/api/applications/${applied.id}`).expect(200))
        .body as ApplicationDetail;
      expect(seen.profile).toMatchObject({
        department: 'Sales',
        seniorityLevel: 2,
        manager: { displayName: 'Their Manager' },
      });
    });

    it('lets the applicant edit before screening and withdraw before matching, freeing the place', async () => {
      const { cohort, program } = await recruitingCohort(hr);
      const mia = await employee(t);
      const client = await signedIn(mia);
      const applied = (
        await client.post(`/api/cohorts/${cohort.id}/applications`, {
          role: 'mentee',
          answers: MENTEE_ANSWERS,
        })
      ).body as ApplicationDetail;
      expect(
        (
          await client.post(`/api/cohorts/${cohort.id}/applications`, {
            role: 'mentee',
            answers: MENTEE_ANSWERS,
          })
        ).status,
      ).toBe(409);

      const edited = await client.put(`/api/applications/${applied.id}`, {
        answers: { ...MENTEE_ANSWERS, target_skills: ['Pricing'] },
      });
      expect(edited.body.answers.target_skills).toEqual(['Pricing']);

      await hr.post(`/api/applications/${applied.id}/decision`, { decision: 'approve' });
      expect(
        (await client.put(`/api/applications/${applied.id}`, { answers: MENTEE_ANSWERS })).status,
      ).toBe(409);
      const grants = async () =>
        (
          await t.dataSource.query(
            `SELECT role FROM role_grant WHERE user_id = $1 AND program_id = $2`,
            [mia.id, program.id],
          )
        ).map((g: { role: string }) => g.role);
      expect(await grants()).toEqual(['mentee']);

      const withdrawn = await client.post(`/api/applications/${applied.id}/withdraw`);
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', canWithdraw: false });
      expect(await grants()).toEqual([]);
      const funnel = (await hr.get(`/api/cohorts/${cohort.id}/funnel`)).body as CohortFunnel;
      expect(funnel.byRole.mentee[2]).toMatchObject({ stage: 'approved', people: 0 });
      expect(funnel.withdrawn).toBe(1);

      // Withdrawn people may apply again while recruitment is open.
      expect(
        (
          await client.post(`/api/cohorts/${cohort.id}/applications`, {
            role: 'mentee',
            answers: MENTEE_ANSWERS,
          })
        ).status,
      ).toBe(201);
    });
  });

  describe('screening', () => {
    async function apply(cohortId: string, role: 'mentor' | 'mentee', overrides = {}) {
      const person = await employee(
        t,
        role === 'mentor' ? { seniorityLevel: 4, ...overrides } : overrides,
      );
      const client = await signedIn(person);
      const response = await client.post(`/api/cohorts/${cohortId}/applications`, {
        role,
        answers: role === 'mentor' ? MENTOR_ANSWERS : MENTEE_ANSWERS,
      });
      if (response.status !== 201) throw new Error(JSON.stringify(response.body));
      return { person, client, application: response.body as ApplicationDetail };
    }

    it('approves a mentor into a participant with their capacity, and tells them', async () => {
      const { cohort } = await recruitingCohort(hr);
      const { person, application } = await apply(cohort.id, 'mentor');
      const decided = await hr.post(`/api/applications/${application.id}/decision`, {
        decision: 'approve',
        message: 'Welcome aboard!',
      });
      expect(decided.body.status).toBe('approved');
      const [participant] = await t.dataSource.query(
        `SELECT role, capacity, status FROM participant WHERE user_id = $1`,
        [person.id],
      );
      expect(participant).toEqual({ role: 'mentor', capacity: 2, status: 'active' });
      const [mail] = await t.dataSource.query(
        `SELECT subject, text FROM mail_message WHERE kind = 'application-decision'`,
      );
      expect(mail.subject).toMatch(/^You are in: /);
      expect(mail.text).toContain('Welcome aboard!');
    });

    it('needs a reason and a message to reject, and sends the message', async () => {
      const { cohort } = await recruitingCohort(hr);
      const { application, client } = await apply(cohort.id, 'mentee');
      const bare = await hr.post(`/api/applications/${application.id}/decision`, {
        decision: 'reject',
      });
      expect(bare.status).toBe(400);
      expect(bare.body.details.map((d: { field: string }) => d.field)).toEqual([
        'reason',
        'message',
      ]);

      const rejected = await hr.post(`/api/applications/${application.id}/decision`, {
        decision: 'reject',
        reason: 'Program is for Sales leaders only',
        message:
          'This cohort focuses on first-line managers; the spring cohort of Emerging Leaders fits you better.',
      });
      expect(rejected.body.status).toBe('rejected');
      const own = (await client.get(`/api/applications/${application.id}`))
        .body as ApplicationDetail;
      expect(own.decisionMessage).toContain('spring cohort');
    });

    it('moves waitlisted people in later, and refuses decisions that make no sense', async () => {
      const { cohort } = await recruitingCohort(hr);
      const { application } = await apply(cohort.id, 'mentee');
      expect(
        (await hr.post(`/api/applications/${application.id}/decision`, { decision: 'waitlist' }))
          .body.status,
      ).toBe('waitlisted');
      expect(
        (await hr.post(`/api/applications/${application.id}/decision`, { decision: 'waitlist' }))
          .status,
      ).toBe(409);
      expect(
        (await hr.post(`/api/applications/${application.id}/decision`, { decision: 'approve' }))
          .body.status,
      ).toBe('approved');
      const twice = await hr.post(`/api/applications/${application.id}/decision`, {
        decision: 'approve',
      });
      expect(twice.status).toBe(409);
      expect(twice.body.message).toBe('An application that is approved cannot be given "approve".');
    });

    it('decides in bulk, reporting the ones it could not decide', async () => {
      const { cohort } = await recruitingCohort(hr);
      const a = await apply(cohort.id, 'mentee');
      const b = await apply(cohort.id, 'mentee');
      await b.client.post(`/api/applications/${b.application.id}/withdraw`);
      const result = (
        await hr.post(`/api/cohorts/${cohort.id}/applications/decisions`, {
          decision: 'approve',
          applicationIds: [a.application.id, b.application.id],
        })
      ).body as BulkDecisionResult;
      expect(result.decided).toBe(1);
      expect(result.failed).toEqual([
        { applicationId: b.application.id, message: expect.stringContaining('withdrawn') },
      ]);
    });

    it('sums up what waits for screening per cohort, for the HR home', async () => {
      const { cohort, program } = await recruitingCohort(hr);
      await apply(cohort.id, 'mentee');
      const vague = await employee(t);
      await (
        await signedIn(vague)
      ).post(`/api/cohorts/${cohort.id}/applications`, {
        role: 'mentee',
        answers: { ...MENTEE_ANSWERS, goal: 'Career growth' },
      });
      const summary = (await hr.get('/api/recruitment/screening-summary').expect(200)).body;
      expect(summary).toEqual([
        expect.objectContaining({
          cohortId: cohort.id,
          programId: program.id,
          toScreen: 2,
          flagged: 1,
          waitlisted: 0,
        }),
      ]);
    });

    it('counts the funnel in distinct people with conversion rates', async () => {
      const { cohort } = await recruitingCohort(hr);
      const invited = await Promise.all([1, 2, 3, 4].map(() => employee(t)));
      await hr.post(`/api/cohorts/${cohort.id}/invitations`, {
        role: 'mentee',
        userIds: invited.map((p) => p.id),
      });
      const applications = [];
      for (const person of invited.slice(0, 2)) {
        const response = await (
          await signedIn(person)
        ).post(`/api/cohorts/${cohort.id}/applications`, {
          role: 'mentee',
          answers: MENTEE_ANSWERS,
        });
        applications.push(response.body as ApplicationDetail);
      }
      await hr.post(`/api/applications/${applications[0].id}/decision`, { decision: 'approve' });
      const funnel = (await hr.get(`/api/cohorts/${cohort.id}/funnel`)).body as CohortFunnel;
      // 4 invited → 2 applied (50%) → 1 approved (50%)
      expect(funnel.byRole.mentee.map((s) => [s.stage, s.people, s.conversion])).toEqual([
        ['invited', 4, null],
        ['applied', 2, 0.5],
        ['approved', 1, 0.5],
        ['matched', 0, 0],
      ]);
      expect(funnel.toScreen).toBe(1);
    });
  });

  describe('forms', () => {
    it('versions the form: applications keep the version they answered', async () => {
      const { program, cohort } = await recruitingCohort(hr);
      const v1 = (await hr.get(`/api/programs/${program.id}/forms?role=mentee`).expect(200))
        .body as FormDefinition;
      expect(v1.version).toBe(1);
      const first = (
        await (
          await signedIn(await employee(t))
        ).post(`/api/cohorts/${cohort.id}/applications`, {
          role: 'mentee',
          answers: MENTEE_ANSWERS,
        })
      ).body as ApplicationDetail;

      const v2 = await hr.put(`/api/programs/${program.id}/forms?role=mentee`, {
        questions: [
          ...v1.questions,
          {
            key: 'custom_motivation',
            type: 'short_text',
            label: 'Who referred you?',
            required: false,
          },
        ],
      });
      expect(v2.status).toBe(200);
      expect((v2.body as FormDefinition).version).toBe(2);
      expect(
        ((await hr.get(`/api/applications/${first.id}`)).body as ApplicationDetail).form.version,
      ).toBe(1);
      const versions = (await hr.get(`/api/programs/${program.id}/forms/versions?role=mentee`))
        .body as FormDefinition[];
      expect(versions.map((v) => v.version)).toEqual([2, 1]);
    });

    it('refuses a form that drops the mentee goal or breaks a standard question', async () => {
      const { program } = await recruitingCohort(hr);
      const v1 = (await hr.get(`/api/programs/${program.id}/forms?role=mentee`))
        .body as FormDefinition;
      const response = await hr.put(`/api/programs/${program.id}/forms?role=mentee`, {
        questions: v1.questions
          .filter((q) => q.key !== 'goal')
          .map((q) => (q.key === 'languages' ? { ...q, type: 'short_text' } : q)),
      });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([
        { field: 'questions.2.type', message: '"languages" must stay a tags question' },
        { field: 'questions', message: 'the mentee form must keep the required "goal" question' },
      ]);
    });
  });
});
