/** Test data only: used by specs. */
import {
  ApplicationDetail,
  ApplicationSummary,
  CohortDetail,
  CohortFunnel,
  CurrentUser,
  FormDefinition,
  InvitationView,
  MailMessageView,
  Page,
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

export function cohort(overrides: Partial<CohortDetail> = {}): CohortDetail {
  return {
    id: COHORT_ID,
    programId: PROGRAM_ID,
    programName: 'Growth Circles',
    name: 'Spring 2027',
    state: 'recruiting',
    startDate: '2027-03-01',
    endDate: '2027-12-31',
    transitions: [],
    nextSteps: [],
    version: 1,
    ...overrides,
  };
}

export function page<T>(items: T[], total = items.length, pageNo = 1, pageSize = 25): Page<T> {
  return { items, total, page: pageNo, pageSize };
}

export function application(
  index: number,
  overrides: Partial<ApplicationSummary> = {},
): ApplicationSummary {
  return {
    id: `a${index}`,
    cohortId: COHORT_ID,
    applicant: {
      id: `u${index}`,
      displayName: `Applicant ${index}`,
      email: `applicant${index}@example.org`,
    },
    role: 'mentee',
    status: 'submitted',
    goalFlag: null,
    highlight: 'Lead the migration of our billing platform',
    department: 'Engineering',
    seniorityLevel: 2,
    submittedAt: '2027-02-01T10:00:00Z',
    decidedAt: null,
    ...overrides,
  };
}

export const MENTEE_FORM: FormDefinition = {
  id: 'f-mentee-2',
  programId: PROGRAM_ID,
  role: 'mentee',
  version: 2,
  createdAt: '2027-01-10T10:00:00Z',
  createdBy: { id: 'hr-1', displayName: 'Hana Reyes', email: 'hana@example.org' },
  questions: [
    {
      key: 'goal',
      type: 'long_text',
      label: 'What do you want to reach, and why a mentor?',
      required: true,
      max: 2000,
    },
    {
      key: 'target_skills',
      type: 'tags',
      label: 'Skills you want to develop',
      required: true,
      suggestions: ['Leadership', 'Negotiation'],
    },
    {
      key: 'preferred_seniority',
      type: 'single_choice',
      label: 'How senior should your mentor be?',
      required: true,
      options: [
        { value: 'any', label: 'No preference' },
        { value: 'one_level_up', label: 'One level above me' },
      ],
    },
    {
      key: 'availability',
      type: 'availability',
      label: 'When could you usually meet?',
      required: true,
    },
  ],
};

export function applicationDetail(overrides: Partial<ApplicationDetail> = {}): ApplicationDetail {
  return {
    ...application(7, {
      applicant: { id: 'u7', displayName: 'Ana Silva', email: 'ana@example.org' },
      goalFlag: 'generic',
      highlight: 'I want to grow',
    }),
    programId: PROGRAM_ID,
    programName: 'Growth Circles',
    cohortName: 'Spring 2027',
    cohortState: 'recruiting',
    form: MENTEE_FORM,
    answers: {
      goal: 'I want to grow',
      target_skills: ['Leadership'],
      preferred_seniority: 'one_level_up',
      availability: ['mon-am', 'tue-pm'],
    },
    profile: {
      department: 'Engineering',
      title: 'Software engineer',
      location: 'Lisbon',
      seniorityLevel: 2,
      manager: { id: 'm1', displayName: 'Mo Ali', email: 'mo@example.org' },
      languages: ['English', 'Portuguese'],
      timeZone: 'Europe/Lisbon',
    },
    goalFlagReasons: [
      'The goal does not say what the mentee wants to reach or why a mentor helps: ask for a concrete outcome.',
    ],
    decisionReason: null,
    decisionMessage: null,
    decidedBy: null,
    withdrawnAt: null,
    canEdit: true,
    canWithdraw: true,
    ...overrides,
  };
}

export function invitation(index: number, overrides: Partial<InvitationView> = {}): InvitationView {
  return {
    id: `i${index}`,
    cohortId: COHORT_ID,
    person: {
      id: `u${index}`,
      displayName: `Invitee ${index}`,
      email: `invitee${index}@example.org`,
      department: 'Sales',
    },
    role: 'mentee',
    status: 'sent',
    sentAt: '2027-01-20T09:00:00Z',
    openedAt: null,
    respondedAt: null,
    reminders: 0,
    lastRemindedAt: null,
    ...overrides,
  };
}

export function funnel(overrides: Partial<CohortFunnel> = {}): CohortFunnel {
  return {
    cohortId: COHORT_ID,
    byRole: {
      mentee: [
        { stage: 'invited', people: 80, conversion: null },
        { stage: 'applied', people: 50, conversion: 0.625 },
        { stage: 'approved', people: 20, conversion: 0.4 },
        { stage: 'matched', people: 0, conversion: 0 },
      ],
      mentor: [
        { stage: 'invited', people: 40, conversion: null },
        { stage: 'applied', people: 30, conversion: 0.75 },
        { stage: 'approved', people: 0, conversion: 0 },
        { stage: 'matched', people: 0, conversion: null },
      ],
    },
    toScreen: 23,
    waitlisted: 4,
    withdrawn: 2,
    ...overrides,
  };
}

export function message(index: number, overrides: Partial<MailMessageView> = {}): MailMessageView {
  return {
    id: `m${index}`,
    to: `person${index}@example.org`,
    subject: `You are invited to Growth Circles (${index})`,
    text: 'Hello,\n\nYou are invited.\n\nHana',
    status: 'sent',
    kind: 'invitation',
    createdAt: '2027-01-20T09:00:00Z',
    sentAt: '2027-01-20T09:01:00Z',
    error: null,
    ...overrides,
  };
}
