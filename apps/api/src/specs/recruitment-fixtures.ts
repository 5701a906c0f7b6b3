import type { ApiClient, TestApp, TestUser } from '@mentorbridge/api-testing';
import { createUser } from '@mentorbridge/api-testing';
import type { Answers, CohortDetail, ProgramDetail } from '@mentorbridge/shared-contracts';
import { createCohort, createProgram } from './program-fixtures';

export const MENTEE_ANSWERS: Answers = {
  goal: 'Lead the Q3 pricing redesign with finance and sales; I want a mentor who ran cross-team projects to help me plan stakeholder meetings.',
  target_skills: ['Stakeholder management', 'Negotiation'],
  preferred_seniority: 'two_levels_up',
  languages: ['English'],
  availability: ['mon-am', 'thu-pm'],
  meeting_modes: ['video'],
};

export const MENTOR_ANSWERS: Answers = {
  expertise: ['Stakeholder management', 'Leadership'],
  years_experience: '11-20',
  capacity: 2,
  languages: ['English', 'German'],
  availability: ['mon-am', 'tue-pm'],
  meeting_modes: ['video', 'in_person'],
};

/** A program with a cohort already open for recruitment (gate overridden for the test). */
export async function recruitingCohort(
  hr: ApiClient,
  name = 'Spring 2027',
): Promise<{ program: ProgramDetail; cohort: CohortDetail }> {
  const program = await createProgram(hr);
  const cohort = await createCohort(hr, program.id, name);
  const opened = await hr.post(`/api/cohorts/${cohort.id}/transitions`, {
    to: 'recruiting',
    overrideGate: true,
    reason: 'Readiness assessed outside the tool for this test cohort',
  });
  if (opened.status !== 200)
    throw new Error(`open recruiting: ${opened.status} ${JSON.stringify(opened.body)}`);
  return { program, cohort: opened.body as CohortDetail };
}

/** An ordinary employee with a manager and a seniority, as the default eligibility rules want. */
export async function employee(
  t: TestApp,
  overrides: Parameters<typeof createUser>[1] = {},
): Promise<TestUser> {
  const manager = await createUser(t.dataSource, {
    displayName: 'Their Manager',
    seniorityLevel: 4,
  });
  return createUser(t.dataSource, {
    managerId: manager.id,
    seniorityLevel: 2,
    department: 'Sales',
    ...overrides,
  });
}
