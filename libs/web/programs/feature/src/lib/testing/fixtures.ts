/** Test data only: used by specs. */
import { TestRequest } from '@angular/common/http/testing';
import {
  ApiError,
  CohortDetail,
  CurrentUser,
  PersonRef,
  ProgramDetail,
  ProgramSummary,
  ReadinessSummary,
} from '@mentorbridge/shared-contracts';

export const HANA: PersonRef = { id: 'hr-1', displayName: 'Hana Reyes', email: 'hr@example.org' };
export const LAYLA: PersonRef = {
  id: 'hr-2',
  displayName: 'Layla Oliveira',
  email: 'layla@example.org',
};

/** An organisation-wide HR lead: may create programs. */
export const ORG_HR_LEAD: CurrentUser = {
  id: HANA.id,
  email: HANA.email,
  displayName: HANA.displayName,
  roles: ['admin'],
  grants: [{ role: 'admin', programId: null }],
  permissions: ['programs.create', 'programs.manage', 'readiness.manage', 'users.read'],
  orgPermissions: ['programs.create', 'programs.manage', 'readiness.manage', 'users.read'],
  homeRoute: 'hr',
};

/** An HR lead of one program only: manages it, cannot create programs. */
export const PROGRAM_HR_LEAD: CurrentUser = {
  ...ORG_HR_LEAD,
  grants: [{ role: 'admin', programId: 'p1' }],
  orgPermissions: [],
};

export function readiness(overrides: Partial<ReadinessSummary> = {}): ReadinessSummary {
  return {
    assessmentId: 'a1',
    title: 'First readiness check',
    band: 'ready',
    overall: 75,
    completedAt: '2026-11-05T10:00:00Z',
    status: 'completed',
    ...overrides,
  };
}

export function programSummary(overrides: Partial<ProgramSummary> = {}): ProgramSummary {
  return {
    id: 'p1',
    name: 'Emerging Leaders',
    format: 'one_on_one',
    matchingMode: 'admin_bulk',
    owners: [HANA],
    cohortCount: 1,
    currentCohort: { id: 'c1', name: 'Autumn 2026', state: 'active' },
    readiness: readiness({ band: 'strong', overall: 86 }),
    createdAt: '2026-09-01T10:00:00Z',
    ...overrides,
  };
}

export function programDetail(overrides: Partial<ProgramDetail> = {}): ProgramDetail {
  return {
    id: 'p1',
    name: 'Emerging Leaders',
    purpose: {
      strategicDriver: 'Grow internal leaders to fill manager roles from within.',
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
      contactOptions: ['stay_in_touch'],
      noteRetentionDays: 90,
    },
    suppressionThreshold: 5,
    pulseSchedule: null,
    goalTemplates: [],
    owners: [HANA],
    cohorts: [],
    readiness: null,
    createdAt: '2026-09-01T10:00:00Z',
    updatedAt: '2026-09-01T10:00:00Z',
    version: 3,
    ...overrides,
  };
}

export const READINESS_GATE =
  'The latest readiness assessment ("First readiness check") is Not ready. Financial is 30.5%, below 60%.';

export function cohortDetail(overrides: Partial<CohortDetail> = {}): CohortDetail {
  return {
    id: 'c1',
    programId: 'p1',
    programName: 'Reverse Mentoring',
    name: 'Spring 2027',
    state: 'draft',
    startDate: '2027-03-01',
    endDate: '2027-12-01',
    transitions: [],
    nextSteps: [{ to: 'recruiting', allowed: true, blockedBy: null, overridable: false }],
    version: 1,
    ...overrides,
  };
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  409: 'Conflict',
};

/** Answers the request with an error in the API's format, as the server does. */
export function flushApiError(
  request: TestRequest,
  error: Omit<ApiError, 'statusCode'> & { status: number },
): void {
  const { status, ...body } = error;
  request.flush(
    { statusCode: status, ...body },
    { status, statusText: STATUS_TEXT[status] ?? 'Error' },
  );
}
