/** Test data only: used by specs. */
import {
  AssessmentDetail,
  CurrentUser,
  DEFAULT_READINESS_THRESHOLDS,
  ItemScore,
  ProgramDetail,
  Questionnaire,
} from '@mentorbridge/shared-contracts';

export const PROGRAM_ID = 'p1';
export const ASSESSMENT_ID = 'a2';

/** A signed-in HR lead who manages readiness. */
export const HR_LEAD: CurrentUser = {
  id: 'hr-1',
  email: 'hana@example.org',
  displayName: 'Hana Reyes',
  roles: ['admin'],
  grants: [{ role: 'admin', programId: null }],
  permissions: ['programs.manage', 'readiness.manage', 'users.read'],
  orgPermissions: ['programs.manage', 'readiness.manage', 'users.read'],
  homeRoute: 'hr',
} as CurrentUser;

export function program(overrides: Partial<ProgramDetail> = {}): ProgramDetail {
  return {
    id: PROGRAM_ID,
    name: 'Emerging Leaders',
    readiness: null,
    ...overrides,
  } as ProgramDetail;
}

function item(
  itemId: string,
  dimension: ItemScore['dimension'],
  text: string,
  score: number | null,
  overrides: Partial<ItemScore> = {},
): ItemScore {
  return {
    itemId,
    dimension,
    text,
    score,
    mean: score === null ? null : (score / 100) * 4 + 1,
    answers: score === null ? 0 : 2,
    min: score === null ? null : 3,
    max: score === null ? null : 4,
    disagreement: false,
    byRole: [],
    ...overrides,
  };
}

/**
 * A completed second cycle: Strong overall (81.3%) but Financial (56.3%) below the Ready minimum,
 * so the band is Not ready; the previous cycle scored 50% overall.
 */
export function assessmentDetail(overrides: Partial<AssessmentDetail> = {}): AssessmentDetail {
  return {
    id: ASSESSMENT_ID,
    programId: PROGRAM_ID,
    programName: 'Emerging Leaders',
    title: 'Readiness check 2026',
    scopeLabel: 'Whole organisation',
    status: 'completed',
    band: 'not_ready',
    overall: 75,
    respondents: 2,
    respondentsSubmitted: 2,
    createdAt: '2026-03-01T09:00:00Z',
    completedAt: '2026-03-20T09:00:00Z',
    thresholds: DEFAULT_READINESS_THRESHOLDS,
    respondentStatus: [
      {
        person: { id: 'hr-1', displayName: 'Hana Reyes', email: 'hana@example.org' },
        role: 'hr',
        answered: 4,
        submittedAt: '2026-03-05T09:00:00Z',
      },
      {
        person: { id: 'u2', displayName: 'Mo Ali', email: 'mo@example.org' },
        role: 'manager',
        answered: 4,
        submittedAt: null,
      },
    ],
    result: {
      overall: 75,
      band: 'not_ready',
      bandExplanation:
        'Ready needs 70% overall and every dimension at 60% or more: Financial is 50.0%, below 60%.',
      dimensions: [
        {
          dimension: 'structural',
          score: 87.5,
          answeredItems: 1,
          totalItems: 1,
          meetsMinimumFor: { ready: true, strong: true, exemplary: true },
        },
        {
          dimension: 'cultural',
          score: 75,
          answeredItems: 1,
          totalItems: 1,
          meetsMinimumFor: { ready: true, strong: true, exemplary: false },
        },
        {
          dimension: 'financial',
          score: 50,
          answeredItems: 2,
          totalItems: 2,
          meetsMinimumFor: { ready: false, strong: false, exemplary: false },
        },
        {
          dimension: 'purpose',
          score: 87.5,
          answeredItems: 1,
          totalItems: 1,
          meetsMinimumFor: { ready: true, strong: true, exemplary: true },
        },
      ],
      items: [
        item('i1', 'structural', 'A named person owns the program.', 87.5),
        item('i2', 'cultural', 'Leaders talk about mentoring.', 75, {
          disagreement: true,
          min: 2,
          max: 5,
          byRole: [
            { role: 'hr', mean: 5, answers: 1 },
            { role: 'manager', mean: 2, answers: 1 },
          ],
        }),
        item('i3', 'financial', 'There is a budget for the program.', 62.5),
        item('i4', 'financial', 'Mentors get time for mentoring.', 37.5),
        item('i5', 'purpose', 'The strategic driver is written down.', 87.5),
      ],
      recommendations: [
        {
          itemId: 'i4',
          dimension: 'financial',
          itemText: 'Mentors get time for mentoring.',
          score: 37.5,
          recommendation: 'Agree a time allowance with line managers.',
        },
        {
          itemId: 'i9',
          dimension: 'cultural',
          itemText: 'Managers release mentees for sessions.',
          score: 25,
          recommendation: 'Brief managers on what mentoring asks of them.',
        },
      ],
      respondentsAnswered: 2,
    },
    previous: {
      id: 'a1',
      title: 'Readiness check 2025',
      completedAt: '2025-03-20T09:00:00Z',
      overall: 50,
      band: 'not_ready',
      dimensions: [
        { dimension: 'structural', score: 75 },
        { dimension: 'cultural', score: 80 },
        { dimension: 'financial', score: 50 },
        { dimension: 'purpose', score: null },
      ],
    },
    ...overrides,
  };
}

export function questionnaire(overrides: Partial<Questionnaire> = {}): Questionnaire {
  return {
    assessmentId: ASSESSMENT_ID,
    programName: 'Emerging Leaders',
    title: 'Readiness check 2026',
    scopeLabel: 'Whole organisation',
    role: 'manager',
    status: 'open',
    submittedAt: null,
    items: [
      {
        id: 'i1',
        dimension: 'structural',
        text: 'A named person owns the program.',
        helpText: 'Someone with time and a mandate.',
        answered: true,
        score: 4,
      },
      {
        id: 'i2',
        dimension: 'cultural',
        text: 'Leaders talk about mentoring.',
        helpText: '',
        answered: false,
        score: null,
      },
      {
        id: 'i3',
        dimension: 'financial',
        text: 'There is a budget for the program.',
        helpText: '',
        answered: false,
        score: null,
      },
    ],
    ...overrides,
  };
}
