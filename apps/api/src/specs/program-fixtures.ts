import type { ApiClient } from '@mentorbridge/api-testing';
import type {
  AssessmentDetail,
  CohortDetail,
  CreateProgramRequest,
  ProgramDetail,
  Questionnaire,
} from '@mentorbridge/shared-contracts';

export function programInput(overrides: Partial<CreateProgramRequest> = {}): CreateProgramRequest {
  return {
    name: `Emerging Leaders ${Math.random().toString(36).slice(2, 8)}`,
    purpose: {
      strategicDriver: 'Grow internal leaders so that most manager roles are filled from within.',
      outcomes: ['Mentees can lead a team meeting confidently'],
    },
    format: 'one_on_one',
    defaultDurationMonths: 9,
    cadenceWeeks: 4,
    defaultMentorCapacity: 2,
    meetingModes: ['video', 'in_person'],
    matchingMode: 'admin_bulk',
    closurePolicy: {
      rematchBufferDays: 14,
      contactOptions: ['stay_in_touch', 'no_further_contact'],
    },
    suppressionThreshold: 5,
    ownerIds: [],
    ...overrides,
  };
}

export async function createProgram(
  client: ApiClient,
  overrides: Partial<CreateProgramRequest> = {},
): Promise<ProgramDetail> {
  const response = await client.post('/api/programs', programInput(overrides));
  if (response.status !== 201)
    throw new Error(`create program: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as ProgramDetail;
}

export async function createCohort(
  client: ApiClient,
  programId: string,
  name = 'Spring 2027',
): Promise<CohortDetail> {
  const response = await client.post(`/api/programs/${programId}/cohorts`, {
    name,
    startDate: '2027-03-01',
    endDate: '2027-12-01',
  });
  if (response.status !== 201)
    throw new Error(`create cohort: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as CohortDetail;
}

/**
 * Runs a whole assessment: HR creates it with itself as the only respondent, answers every item
 * with `score(dimension)`, and completes it.
 */
export async function completeAssessment(
  hr: ApiClient,
  hrUserId: string,
  programId: string,
  score: (dimension: string) => number | null,
  title = 'Readiness check',
): Promise<AssessmentDetail> {
  const created = await hr.post(`/api/programs/${programId}/readiness/assessments`, {
    title,
    scopeLabel: 'Whole organisation',
    respondents: [{ userId: hrUserId, role: 'hr' }],
  });
  if (created.status !== 201)
    throw new Error(`create assessment: ${created.status} ${JSON.stringify(created.body)}`);
  const assessment = created.body as AssessmentDetail;
  const questionnaire = (await hr.get(`/api/readiness/questionnaires/${assessment.id}`))
    .body as Questionnaire;
  const saved = await hr.put(`/api/readiness/questionnaires/${assessment.id}`, {
    answers: questionnaire.items.map((i) => ({ itemId: i.id, score: score(i.dimension) })),
    submit: true,
  });
  if (saved.status !== 200)
    throw new Error(`answer: ${saved.status} ${JSON.stringify(saved.body)}`);
  const completed = await hr.post(`/api/readiness/assessments/${assessment.id}/complete`);
  if (completed.status !== 200)
    throw new Error(`complete: ${completed.status} ${JSON.stringify(completed.body)}`);
  return completed.body as AssessmentDetail;
}
