import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import type {
  AssessmentDetail,
  AssessmentSummary,
  ProgramDetail,
  Questionnaire,
  QuestionnaireSummary,
  ReadinessItem,
} from '@mentorbridge/shared-contracts';
import { completeAssessment, createProgram } from './program-fixtures';
import { createApiTestApp } from './support';

describe('readiness assessment', () => {
  let t: TestApp;
  let hrUser: TestUser;
  let hr: ApiClient;
  let program: ProgramDetail;

  beforeAll(async () => {
    t = await createApiTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    hrUser = await createUser(t.dataSource, { roles: ['admin'], displayName: 'Hana HR' });
    hr = new ApiClient(t.server);
    await hr.signIn(hrUser.email, hrUser.password);
    program = await createProgram(hr, { name: 'Emerging Leaders' });
  });

  const signedIn = async (person: TestUser) => {
    const client = new ApiClient(t.server);
    await client.signIn(person.email, person.password);
    return client;
  };

  it('offers a built-in bank over the four dimensions that HR can extend per program', async () => {
    const bank = (await hr.get(`/api/programs/${program.id}/readiness/items`).expect(200))
      .body as ReadinessItem[];
    const dimensions = [...new Set(bank.map((i) => i.dimension))];
    expect(dimensions).toEqual(['structural', 'cultural', 'financial', 'purpose']);
    expect(bank.every((i) => i.builtIn && i.helpText && i.recommendation)).toBe(true);

    const added = await hr.post(`/api/programs/${program.id}/readiness/items`, {
      dimension: 'cultural',
      text: 'Regional directors have agreed to host mentoring circles.',
      helpText: 'Circles run in each region.',
      recommendation: 'Ask each regional director to host one circle before launch.',
    });
    expect(added.status).toBe(201);
    const assessment = (
      await hr.post(`/api/programs/${program.id}/readiness/assessments`, {
        title: 'Check 1',
        scopeLabel: 'Sales division',
        respondents: [{ userId: hrUser.id, role: 'hr' }],
      })
    ).body as AssessmentDetail;
    expect(assessment.result.items.map((i) => i.text)).toContain(
      'Regional directors have agreed to host mentoring circles.',
    );

    // Deactivating the item changes later assessments, never the one already running.
    await hr.patch(`/api/readiness/items/${(added.body as ReadinessItem).id}`, { active: false });
    const again = (await hr.get(`/api/readiness/assessments/${assessment.id}`))
      .body as AssessmentDetail;
    expect(again.result.items).toHaveLength(bank.length + 1);
  });

  it('aggregates several respondents and shows where they disagree', async () => {
    const sponsor = await createUser(t.dataSource, { displayName: 'Sam Sponsor' });
    const manager = await createUser(t.dataSource, { displayName: 'Mia Manager' });
    const created = await hr.post(`/api/programs/${program.id}/readiness/assessments`, {
      title: '2027 cycle',
      scopeLabel: 'Whole organisation',
      respondents: [
        { userId: hrUser.id, role: 'hr' },
        { userId: sponsor.id, role: 'sponsor' },
        { userId: manager.id, role: 'manager' },
      ],
    });
    expect(created.status).toBe(201);
    const assessmentId = (created.body as AssessmentDetail).id;

    // The sponsor finds the questionnaire among theirs, without any role in the program.
    const sponsorClient = await signedIn(sponsor);
    const mine = (await sponsorClient.get('/api/readiness/questionnaires').expect(200))
      .body as QuestionnaireSummary[];
    expect(mine).toEqual([
      expect.objectContaining({
        assessmentId,
        programName: 'Emerging Leaders',
        answered: 0,
        submittedAt: null,
      }),
    ]);

    const answerAll = async (client: ApiClient, score: (dimension: string) => number | null) => {
      const q = (await client.get(`/api/readiness/questionnaires/${assessmentId}`))
        .body as Questionnaire;
      const response = await client.put(`/api/readiness/questionnaires/${assessmentId}`, {
        answers: q.items.map((i) => ({ itemId: i.id, score: score(i.dimension) })),
        submit: true,
      });
      expect(response.status).toBe(200);
    };
    // HR: 4 everywhere (75 %). Sponsor: 5 except financial 1. Manager: 4, and "don't know" on purpose.
    await answerAll(hr, () => 4);
    await answerAll(sponsorClient, (d) => (d === 'financial' ? 1 : 5));
    const managerClient = await signedIn(manager);
    await answerAll(managerClient, (d) => (d === 'purpose' ? null : 4));

    // "Don't know" is remembered as an answer without a score, not as a gap.
    const own = (await managerClient.get(`/api/readiness/questionnaires/${assessmentId}`))
      .body as Questionnaire;
    const purpose = own.items.filter((i) => i.dimension === 'purpose');
    expect(purpose.every((i) => i.answered && i.score === null)).toBe(true);

    const detail = (await hr.get(`/api/readiness/assessments/${assessmentId}`).expect(200))
      .body as AssessmentDetail;
    expect(
      detail.respondentStatus.map((r) => [r.person.displayName, r.role, r.submittedAt !== null]),
    ).toEqual([
      ['Hana HR', 'hr', true],
      ['Sam Sponsor', 'sponsor', true],
      ['Mia Manager', 'manager', true],
    ]);
    const financial = detail.result.items.filter((i) => i.dimension === 'financial');
    // financial items: 4, 1, 4 → mean 3 → 50 %, spread 3 → disagreement
    expect(
      financial.every((i) => i.score === 50 && i.disagreement && i.min === 1 && i.max === 4),
    ).toBe(true);
    // purpose items: 4, 5 (manager said "don't know") → mean 4.5 → 87.5 %
    expect(detail.result.dimensions.find((d) => d.dimension === 'purpose')?.score).toBe(87.5);
    expect(detail.result.band).toBe('not_ready');
    expect(detail.result.recommendations.every((r) => r.dimension === 'financial')).toBe(true);
    expect(detail.result.recommendations.length).toBe(financial.length);
  });

  it('shows a questionnaire only to its respondents', async () => {
    const outsider = await createUser(t.dataSource, { roles: ['mentor'] });
    const assessment = (
      await hr.post(`/api/programs/${program.id}/readiness/assessments`, {
        title: 'Check',
        scopeLabel: 'Org',
        respondents: [{ userId: hrUser.id, role: 'hr' }],
      })
    ).body as AssessmentDetail;
    const client = await signedIn(outsider);
    await client.get(`/api/readiness/questionnaires/${assessment.id}`).expect(404);
    const write = await client.put(`/api/readiness/questionnaires/${assessment.id}`, {
      answers: [],
    });
    expect(write.status).toBe(404);
    expect((await client.get('/api/readiness/questionnaires')).body).toEqual([]);
    await client.get(`/api/readiness/assessments/${assessment.id}`).expect(403);
  });

  it('freezes answers when completed and compares the next cycle side by side', async () => {
    const first = await completeAssessment(
      hr,
      hrUser.id,
      program.id,
      (d) => (d === 'financial' ? 2 : 4),
      'Cycle 1',
    );
    expect(first.status).toBe('completed');
    expect(first.previous).toBeNull();

    const late = await hr.put(`/api/readiness/questionnaires/${first.id}`, { answers: [] });
    expect(late.status).toBe(409);
    expect((await hr.post(`/api/readiness/assessments/${first.id}/complete`)).status).toBe(409);

    const second = await completeAssessment(hr, hrUser.id, program.id, () => 4, 'Cycle 2');
    expect(second.previous).toMatchObject({ id: first.id, title: 'Cycle 1', band: 'not_ready' });
    const before = second.previous?.dimensions.find((d) => d.dimension === 'financial')?.score;
    const after = second.result.dimensions.find((d) => d.dimension === 'financial')?.score;
    expect([before, after]).toEqual([25, 75]);
    expect(second.result.band).toBe('ready');

    const list = (await hr.get(`/api/programs/${program.id}/readiness/assessments`))
      .body as AssessmentSummary[];
    expect(list.map((a) => [a.title, a.band])).toEqual([
      ['Cycle 2', 'ready'],
      ['Cycle 1', 'not_ready'],
    ]);
    const programNow = (await hr.get(`/api/programs/${program.id}`)).body as ProgramDetail;
    expect(programNow.readiness).toMatchObject({ title: 'Cycle 2', band: 'ready', overall: 75 });
  });

  it('refuses to complete an assessment nobody answered, and answers outside 1–5', async () => {
    const assessment = (
      await hr.post(`/api/programs/${program.id}/readiness/assessments`, {
        title: 'Empty',
        scopeLabel: 'Org',
        respondents: [{ userId: hrUser.id, role: 'hr' }],
      })
    ).body as AssessmentDetail;
    expect((await hr.post(`/api/readiness/assessments/${assessment.id}/complete`)).status).toBe(
      409,
    );
    const itemId = assessment.result.items[0].itemId;
    const bad = await hr.put(`/api/readiness/questionnaires/${assessment.id}`, {
      answers: [{ itemId, score: 7 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0]).toEqual({
      field: 'answers.0.score',
      message: 'score must be from 1 to 5',
    });
  });

  it('refuses thresholds that do not rise from ready to exemplary', async () => {
    const response = await hr.post(`/api/programs/${program.id}/readiness/assessments`, {
      title: 'Odd bands',
      scopeLabel: 'Org',
      respondents: [],
      thresholds: {
        ready: { overall: 80, minimum: 60 },
        strong: { overall: 70, minimum: 70 },
        exemplary: { overall: 90, minimum: 80 },
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      { field: 'thresholds', message: 'must rise from ready to strong to exemplary' },
    ]);
  });
});
