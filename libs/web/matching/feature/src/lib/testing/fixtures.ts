/** Test data only: used by specs. */
import {
  CohortDetail,
  CriterionScore,
  CurrentUser,
  DEFAULT_MATCHING_SETTINGS,
  MatchConstraintView,
  MatchPersonView,
  MatchProposalView,
  MatchRunDetail,
  MatchRunSummary,
  PairExplanation,
  ProgramDetail,
} from '@mentorbridge/shared-contracts';

export const PROGRAM_ID = 'p1';
export const COHORT_ID = 'c1';

export const HR_LEAD = {
  id: 'hr-1',
  email: 'hana@example.org',
  displayName: 'Hana Reyes',
  roles: ['admin'],
  grants: [{ role: 'admin', programId: null }],
  permissions: ['programs.manage', 'readiness.manage', 'users.read'],
  orgPermissions: ['programs.manage', 'readiness.manage', 'users.read'],
  homeRoute: 'hr',
} as unknown as CurrentUser;

export const PROGRAM = { id: PROGRAM_ID, name: 'Growth Circles' } as ProgramDetail;

export function cohort(overrides: Partial<CohortDetail> = {}): CohortDetail {
  return {
    id: COHORT_ID,
    programId: PROGRAM_ID,
    programName: 'Growth Circles',
    name: 'Spring 2027',
    state: 'matching',
    startDate: '2027-03-01',
    endDate: '2027-12-31',
    transitions: [],
    nextSteps: [],
    version: 1,
    ...overrides,
  };
}

export function person(
  userId: string,
  displayName: string,
  overrides: Partial<MatchPersonView> = {},
): MatchPersonView {
  return {
    userId,
    displayName,
    department: 'Engineering',
    title: 'Engineer',
    seniorityLevel: 3,
    ...overrides,
  };
}

export const MENTORS = {
  mo: person('mentor-mo', 'Mo Ali', { title: 'Head of Sales', department: 'Sales' }),
  lin: person('mentor-lin', 'Lin Chen', { title: 'Engineering manager' }),
  kai: person('mentor-kai', 'Kai Berg', { title: 'Finance lead', department: 'Finance' }),
};

export const MENTEES = {
  ana: person('mentee-ana', 'Ana Silva', { title: 'Software engineer', seniorityLevel: 2 }),
  ben: person('mentee-ben', 'Ben Okafor', { title: 'Account executive', department: 'Sales' }),
  cleo: person('mentee-cleo', 'Cleo Duarte', { title: 'Analyst', department: 'Finance' }),
};

export function criteria(skills = 30, availability = 20, avoid = 0): CriterionScore[] {
  return [
    {
      criterion: 'skills',
      value: 0.67,
      weight: 5,
      points: skills,
      explanation: '2 of 3 target skills: Negotiation, Leadership',
    },
    {
      criterion: 'availability',
      value: 0.8,
      weight: 3,
      points: availability,
      explanation: 'Two common weekly slots',
    },
    {
      criterion: 'language',
      value: 1,
      weight: 2,
      points: 10,
      explanation: 'Both speak English',
    },
    {
      criterion: 'avoid_topics',
      value: avoid ? -0.5 : 0,
      weight: 4,
      points: avoid,
      explanation: avoid ? 'Mentor would rather not mentor on Negotiation' : 'No no-go topics',
    },
  ];
}

export function proposal(
  id: string,
  mentor: MatchPersonView,
  mentee: MatchPersonView,
  score: number,
  overrides: Partial<MatchProposalView> = {},
): MatchProposalView {
  return {
    id,
    mentor,
    mentee,
    score,
    criteria: criteria(),
    pinned: false,
    edited: false,
    warnings: [],
    ...overrides,
  };
}

export function runSummary(overrides: Partial<MatchRunSummary> = {}): MatchRunSummary {
  return {
    id: 'run-2',
    cohortId: COHORT_ID,
    number: 2,
    state: 'draft',
    createdAt: '2027-04-01T09:00:00Z',
    createdBy: { id: 'hr-1', displayName: 'Hana Reyes', email: 'hana@example.org' },
    finishedAt: '2027-04-01T09:00:04Z',
    durationMs: 4200,
    solverVersion: '1.0.0',
    progress: { phase: 'done', percent: 100 },
    objective: { matched: 3, totalScore: 182.5, optimal: true },
    mentees: 4,
    mentors: 3,
    unmatchedMentees: 1,
    edits: 0,
    error: null,
    ...overrides,
  };
}

export function runDetail(overrides: Partial<MatchRunDetail> = {}): MatchRunDetail {
  return {
    ...runSummary(),
    cohortName: 'Spring 2027',
    programName: 'Growth Circles',
    settings: DEFAULT_MATCHING_SETTINGS,
    proposals: [
      proposal('prop-1', MENTORS.mo, MENTEES.ben, 71.5),
      proposal('prop-2', MENTORS.lin, MENTEES.ana, 64, {
        warnings: ['No common availability'],
        criteria: criteria(34, 0),
      }),
      proposal('prop-3', MENTORS.kai, MENTEES.cleo, 47, { pinned: true }),
    ],
    unmatched: [
      {
        person: person('mentee-dev', 'Dev Patel', { department: 'Marketing' }),
        reason: 'Every allowed mentor is full',
      },
    ],
    mentorsWithFreeCapacity: [{ person: MENTORS.lin, free: 1 }],
    ...overrides,
  };
}

/** A run that is still working: no objective, no proposals yet. */
export function runningRun(percent = 40, overrides: Partial<MatchRunDetail> = {}): MatchRunDetail {
  return runDetail({
    state: 'running',
    finishedAt: null,
    durationMs: null,
    progress: { phase: percent < 75 ? 'scoring' : 'solving', percent },
    objective: null,
    unmatchedMentees: 0,
    proposals: [],
    unmatched: [],
    mentorsWithFreeCapacity: [],
    ...overrides,
  });
}

export function explanation(
  mentor: MatchPersonView,
  mentee: MatchPersonView,
  overrides: Partial<PairExplanation> = {},
): PairExplanation {
  return {
    mentorUserId: mentor.userId,
    menteeUserId: mentee.userId,
    mentor,
    mentee,
    score: 55,
    forbidden: [],
    criteria: criteria(25, 20),
    proposed: false,
    ...overrides,
  };
}

export function constraint(
  id: string,
  kind: MatchConstraintView['kind'],
  mentor: MatchPersonView,
  mentee: MatchPersonView,
  reason: string | null = null,
): MatchConstraintView {
  return {
    id,
    kind,
    mentor,
    mentee,
    reason,
    createdAt: '2027-04-01T10:00:00Z',
    createdBy: { id: 'hr-1', displayName: 'Hana Reyes', email: 'hana@example.org' },
  };
}
